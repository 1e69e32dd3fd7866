package de.tieredsupport.contingent.ao;

import static de.tieredsupport.contingent.ao.AoValues.instant;
import static de.tieredsupport.contingent.ao.AoValues.level;
import static de.tieredsupport.contingent.ao.AoValues.millis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.ao.entity.ChangeRequestRoundEntity;
import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.service.port.ChangeRequestStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/** Change requests in {@code AO_59A0F7_CR_ROUND}, one row per estimate round. */
@Named
public final class AoChangeRequestStore implements ChangeRequestStore {

    /** Issue ids per query, well below every database's limit on bound parameters. */
    private static final int IDS_PER_QUERY = 500;

    private final ActiveObjects ao;

    @Inject
    public AoChangeRequestStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public ChangeRequest find(long projectId, long issueId) {
        ChangeRequestRoundEntity[] rows = ao.find(ChangeRequestRoundEntity.class,
                Query.select().where("ISSUE_ID = ? AND PROJECT_ID = ?", issueId, projectId).order("ROUND_NUMBER"));
        List<ChangeRequest.Round> rounds = new ArrayList<>();
        for (ChangeRequestRoundEntity row : rows) {
            rounds.add(round(row));
        }
        return new ChangeRequest(projectId, issueId, rounds);
    }

    @Override
    public List<ChangeRequest> findAll(long projectId, Collection<Long> issueIds) {
        List<Long> ids = new ArrayList<>(issueIds);
        List<ChangeRequestRoundEntity> rows = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
            Object[] params = new Object[part.size() + 1];
            params[0] = projectId;
            for (int i = 0; i < part.size(); i++) {
                params[i + 1] = part.get(i);
            }
            rows.addAll(List.of(ao.find(ChangeRequestRoundEntity.class,
                    Query.select().where("PROJECT_ID = ? AND ISSUE_ID IN (" + marks + ")", params))));
        }
        return group(projectId, rows);
    }

    @Override
    public boolean anyInProject(long projectId) {
        return ao.count(ChangeRequestRoundEntity.class, "PROJECT_ID = ?", projectId) > 0;
    }

    @Override
    public List<ChangeRequest> findByProject(long projectId) {
        return group(projectId, List.of(ao.find(ChangeRequestRoundEntity.class,
                Query.select().where("PROJECT_ID = ?", projectId))));
    }

    @Override
    public void save(ChangeRequest changeRequest) {
        Map<Integer, ChangeRequestRoundEntity> stored = new TreeMap<>();
        for (ChangeRequestRoundEntity row : ao.find(ChangeRequestRoundEntity.class, Query.select()
                .where("ISSUE_ID = ? AND PROJECT_ID = ?", changeRequest.issueId(), changeRequest.projectId()))) {
            stored.put(row.getRoundNumber(), row);
        }
        for (ChangeRequest.Round round : changeRequest.rounds()) {
            ChangeRequestRoundEntity row = stored.get(round.number());
            if (row == null) {
                row = ao.create(ChangeRequestRoundEntity.class,
                        new DBParam("PROJECT_ID", changeRequest.projectId()),
                        new DBParam("ISSUE_ID", changeRequest.issueId()),
                        new DBParam("ROUND_NUMBER", round.number()));
            } else if (round(row).equals(round)) {
                continue;
            }
            write(row, round);
            row.save();
        }
    }

    private static void write(ChangeRequestRoundEntity row, ChangeRequest.Round round) {
        row.setScope(round.estimate().scope());
        row.setEstimateMinutes(round.estimate().minutes().toLong());
        row.setLevelKey(round.estimate().level().key());
        row.setPreparedBy(round.preparedBy());
        row.setPreparedAt(millis(round.preparedAt()));
        row.setSubmittedBy(round.submittedBy());
        row.setSubmittedAt(round.submittedAt() == null ? 0L : millis(round.submittedAt()));
        ChangeRequest.Decision decision = round.decision();
        row.setOutcome(decision == null ? null : decision.outcome().name());
        row.setDecidedBy(decision == null ? null : decision.by());
        row.setDecidedViaLink(decision != null && decision.viaLink());
        row.setDecidedAt(decision == null ? 0L : millis(decision.at()));
        row.setDecisionComment(decision == null ? null : decision.comment());
        row.setEstimateReachedAt(round.estimateReachedAt() == null ? 0L : millis(round.estimateReachedAt()));
    }

    private static List<ChangeRequest> group(long projectId, List<ChangeRequestRoundEntity> rows) {
        Map<Long, Map<Integer, ChangeRequest.Round>> byIssue = new TreeMap<>();
        for (ChangeRequestRoundEntity row : rows) {
            byIssue.computeIfAbsent(row.getIssueId(), id -> new TreeMap<>()).put(row.getRoundNumber(), round(row));
        }
        List<ChangeRequest> result = new ArrayList<>();
        byIssue.forEach((issueId, rounds) -> result.add(
                new ChangeRequest(projectId, issueId, new ArrayList<>(rounds.values()))));
        return result;
    }

    private static ChangeRequest.Round round(ChangeRequestRoundEntity row) {
        ChangeRequest.Decision decision = row.getOutcome() == null ? null
                : new ChangeRequest.Decision(ChangeRequest.State.valueOf(row.getOutcome()), row.getDecidedBy(),
                        row.getDecidedViaLink(), instant(row.getDecidedAt()), row.getDecisionComment());
        return new ChangeRequest.Round(row.getRoundNumber(),
                new ChangeRequest.Estimate(row.getScope(), Minutes.of(row.getEstimateMinutes()), level(row.getLevelKey())),
                row.getPreparedBy(), instant(row.getPreparedAt()), row.getSubmittedBy(),
                row.getSubmittedAt() == 0L ? null : instant(row.getSubmittedAt()), decision,
                row.getEstimateReachedAt() == 0L ? null : instant(row.getEstimateReachedAt()));
    }
}
