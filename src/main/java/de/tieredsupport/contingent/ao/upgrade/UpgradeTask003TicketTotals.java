package de.tieredsupport.contingent.ao.upgrade;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import de.tieredsupport.contingent.ao.entity.BookingEntity;
import de.tieredsupport.contingent.ao.entity.Entities;
import de.tieredsupport.contingent.ao.entity.LevelTotalEntity;
import de.tieredsupport.contingent.ao.entity.TicketTotalEntity;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Model version 3: ticket totals and the reconciliation's cursor (a new table of one row). Creates the tables and the
 * index for a level's consuming bookings, then fills the ticket totals of every month that has level totals from its
 * bookings in one streamed pass, so the report of a month booked before this version reads its totals like any
 * other. Run again, it finds the totals there and adds nothing.
 */
public final class UpgradeTask003TicketTotals implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(Entities.all());
        Set<List<Long>> months = new HashSet<>();
        for (LevelTotalEntity row : ao.find(LevelTotalEntity.class)) {
            months.add(List.of(row.getProjectId(), (long) row.getBillingMonth()));
        }
        Set<List<Long>> filled = new HashSet<>();
        ao.stream(TicketTotalEntity.class, Query.select("ID, PROJECT_ID, BILLING_MONTH"),
                row -> filled.add(List.of(row.getProjectId(), (long) row.getBillingMonth())));
        months.removeAll(filled);
        if (months.isEmpty()) {
            return;
        }
        // (project, month, level, issue) -> used and suspended minutes
        Map<List<Object>, long[]> sums = new HashMap<>();
        ao.stream(BookingEntity.class, Query.select("ID, ISSUE_ID, PROJECT_ID, BILLING_MONTH, LEVEL_KEY, BILLED_SECONDS,"
                + " SUSPENDED").where("DELETED = ?", false), row -> {
                    if (months.contains(List.of(row.getProjectId(), (long) row.getBillingMonth()))) {
                        long[] sum = sums.computeIfAbsent(List.of(row.getProjectId(), row.getBillingMonth(),
                                row.getLevelKey(), row.getIssueId()), k -> new long[2]);
                        sum[row.isSuspended() ? 1 : 0] += row.getBilledSeconds() / 60;
                    }
                });
        sums.forEach((key, sum) -> ao.create(TicketTotalEntity.class,
                new DBParam("PROJECT_ID", key.get(0)),
                new DBParam("BILLING_MONTH", key.get(1)),
                new DBParam("LEVEL_KEY", key.get(2)),
                new DBParam("ISSUE_ID", key.get(3)),
                new DBParam("USED_MINUTES", sum[0]),
                new DBParam("SUSPENDED_MINUTES", sum[1])));
    }
}
