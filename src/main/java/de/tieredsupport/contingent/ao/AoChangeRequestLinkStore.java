package de.tieredsupport.contingent.ao;

import static de.tieredsupport.contingent.ao.AoValues.instant;
import static de.tieredsupport.contingent.ao.AoValues.millis;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.ao.entity.ChangeRequestLinkEntity;
import de.tieredsupport.contingent.domain.ChangeRequestLink;
import de.tieredsupport.contingent.domain.DecisionMaker;
import de.tieredsupport.contingent.service.port.ChangeRequestLinkStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/** Change-request decision links in {@code AO_59A0F7_CR_LINK}, one row per link, found by the token's hash. */
@Named
public final class AoChangeRequestLinkStore implements ChangeRequestLinkStore {

    private final ActiveObjects ao;

    @Inject
    public AoChangeRequestLinkStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void add(ChangeRequestLink link) {
        ao.create(ChangeRequestLinkEntity.class,
                new DBParam("TOKEN_HASH", link.tokenHash()),
                new DBParam("PROJECT_ID", link.projectId()),
                new DBParam("ISSUE_ID", link.issueId()),
                new DBParam("ISSUE_KEY", link.issueKey()),
                new DBParam("ROUND_NUMBER", link.round()),
                new DBParam("MAKER_NAME", link.maker().name()),
                new DBParam("MAKER_EMAIL", link.maker().email()),
                new DBParam("MAKER_LANGUAGE", link.maker().language()),
                new DBParam("ISSUED_AT", millis(link.issuedAt())),
                new DBParam("EXPIRES_AT", millis(link.expiresAt())),
                new DBParam("USED_AT", link.usedAt() == null ? 0L : millis(link.usedAt())));
    }

    @Override
    public Optional<ChangeRequestLink> findByHash(String tokenHash) {
        return row(tokenHash).map(AoChangeRequestLinkStore::toLink);
    }

    @Override
    public List<ChangeRequestLink> findRound(long projectId, long issueId, int round) {
        return Arrays.stream(ao.find(ChangeRequestLinkEntity.class, Query.select()
                        .where("PROJECT_ID = ? AND ISSUE_ID = ? AND ROUND_NUMBER = ?", projectId, issueId, round)
                        .order("ID")))
                .map(AoChangeRequestLinkStore::toLink).toList();
    }

    @Override
    public void update(ChangeRequestLink link) {
        ChangeRequestLinkEntity row = row(link.tokenHash()).orElseThrow(
                () -> new IllegalStateException("No change-request link with this hash"));
        row.setUsedAt(link.usedAt() == null ? 0L : millis(link.usedAt()));
        row.save();
    }

    private Optional<ChangeRequestLinkEntity> row(String tokenHash) {
        ChangeRequestLinkEntity[] rows = ao.find(ChangeRequestLinkEntity.class,
                Query.select().where("TOKEN_HASH = ?", tokenHash));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static ChangeRequestLink toLink(ChangeRequestLinkEntity row) {
        return new ChangeRequestLink(row.getTokenHash(), row.getProjectId(), row.getIssueId(), row.getIssueKey(),
                row.getRoundNumber(), new DecisionMaker(row.getMakerName(), row.getMakerEmail(),
                        row.getMakerLanguage()),
                instant(row.getIssuedAt()), instant(row.getExpiresAt()),
                row.getUsedAt() == 0L ? null : instant(row.getUsedAt()));
    }
}
