package de.tieredsupport.contingent.ao;

import static de.tieredsupport.contingent.ao.AoValues.instant;
import static de.tieredsupport.contingent.ao.AoValues.level;
import static de.tieredsupport.contingent.ao.AoValues.millis;
import static de.tieredsupport.contingent.ao.AoValues.month;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.ao.entity.DecisionLinkEntity;
import de.tieredsupport.contingent.domain.DecisionLink;
import de.tieredsupport.contingent.domain.DecisionMaker;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.port.DecisionLinkStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/** Decision links in {@code AO_59A0F7_DECISION_LINK}, one row per link, found by the token's hash. */
@Named
public final class AoDecisionLinkStore implements DecisionLinkStore {

    private final ActiveObjects ao;

    @Inject
    public AoDecisionLinkStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void add(DecisionLink link) {
        ao.create(DecisionLinkEntity.class,
                new DBParam("TOKEN_HASH", link.tokenHash()),
                new DBParam("PROJECT_ID", link.projectId()),
                new DBParam("BILLING_MONTH", month(link.month())),
                new DBParam("LEVEL_KEY", link.level().key()),
                new DBParam("AVAILABLE_MINUTES", link.availableMinutes()),
                new DBParam("MAKER_NAME", link.maker().name()),
                new DBParam("MAKER_EMAIL", link.maker().email()),
                new DBParam("MAKER_LANGUAGE", link.maker().language()),
                new DBParam("ISSUED_AT", millis(link.issuedAt())),
                new DBParam("EXPIRES_AT", millis(link.expiresAt())),
                new DBParam("USED_AT", 0L),
                new DBParam("OUTCOME_MINUTES", 0L),
                new DBParam("OUTCOME_VIA_LINK", false),
                new DBParam("OUTCOME_AT", 0L));
    }

    @Override
    public Optional<DecisionLink> findByHash(String tokenHash) {
        return row(tokenHash).map(AoDecisionLinkStore::toLink);
    }

    @Override
    public List<DecisionLink> findRequest(long projectId, YearMonth month, SupportLevel level) {
        return Arrays.stream(ao.find(DecisionLinkEntity.class, Query.select()
                        .where("PROJECT_ID = ? AND BILLING_MONTH = ? AND LEVEL_KEY = ?", projectId, month(month),
                                level.key())
                        .order("ID")))
                .map(AoDecisionLinkStore::toLink).toList();
    }

    @Override
    public void update(DecisionLink link) {
        DecisionLinkEntity row = row(link.tokenHash()).orElseThrow(
                () -> new IllegalStateException("No decision link with this hash"));
        row.setUsedAt(link.usedAt() == null ? 0L : millis(link.usedAt()));
        DecisionLink.Outcome outcome = link.outcome();
        row.setOutcomeKind(outcome == null ? null : outcome.kind().name());
        row.setOutcomeMinutes(outcome == null ? 0L : outcome.minutes());
        row.setOutcomeBy(outcome == null ? null : outcome.decidedBy());
        row.setOutcomeViaLink(outcome != null && outcome.viaLink());
        row.setOutcomeAt(outcome == null ? 0L : millis(outcome.at()));
        row.save();
    }

    private Optional<DecisionLinkEntity> row(String tokenHash) {
        DecisionLinkEntity[] rows = ao.find(DecisionLinkEntity.class,
                Query.select().where("TOKEN_HASH = ?", tokenHash));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static DecisionLink toLink(DecisionLinkEntity row) {
        DecisionLink.Outcome outcome = row.getOutcomeKind() == null ? null
                : new DecisionLink.Outcome(DecisionLink.Kind.valueOf(row.getOutcomeKind()), row.getOutcomeMinutes(),
                        row.getOutcomeBy(), row.getOutcomeViaLink(), instant(row.getOutcomeAt()));
        return new DecisionLink(row.getTokenHash(), row.getProjectId(), month(row.getBillingMonth()),
                level(row.getLevelKey()), row.getAvailableMinutes(),
                new DecisionMaker(row.getMakerName(), row.getMakerEmail(), row.getMakerLanguage()),
                instant(row.getIssuedAt()), instant(row.getExpiresAt()),
                row.getUsedAt() == 0L ? null : instant(row.getUsedAt()), outcome);
    }
}
