package de.tieredsupport.contingent.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A closed month: its frozen billing result, plus the adjustments of earlier closed months that were reported in
 * this month's report and are settled by this close. Never changes once stored.
 */
public record MonthClose(long projectId, YearMonth month, MonthResult result, List<Adjustment> settledAdjustments,
        String closedBy, Instant closedAt) {

    public MonthClose {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(closedAt, "closedAt");
        settledAdjustments = List.copyOf(settledAdjustments);
        if (result.projectId() != projectId || !result.month().equals(month)) {
            throw new IllegalArgumentException("Snapshot of " + result.month() + " cannot close " + month);
        }
        for (Adjustment a : settledAdjustments) {
            if (!a.reportedIn().equals(month) || !a.closedMonth().isBefore(month)) {
                throw new IllegalArgumentException("Adjustment does not belong to the close of " + month + ": " + a);
            }
        }
    }
}
