package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.MonthClose;
import de.tieredsupport.contingent.service.port.ChangedMonth;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The adjustments of a report as the ledger gives them, and as each changed month computes them on its own. */
public final class PendingAdjustmentsFixture {

    private PendingAdjustmentsFixture() {
    }

    /** What the ledger gives the report of {@code reportMonth}. */
    public static List<Adjustment> pending(ContingentLedger ledger, long projectId, YearMonth reportMonth) {
        return ledger.pendingAdjustments(ledger.contract(projectId), reportMonth);
    }

    /**
     * Month by month, each changed closed month computed from its bookings now, minus its snapshot, minus the
     * adjustments later closes settled (the month after the latest close).
     */
    public static List<Adjustment> perMonth(ContingentLedger ledger, long projectId, YearMonth reportMonth) {
        Contract contract = ledger.contract(projectId);
        List<Adjustment> due = new ArrayList<>();
        for (YearMonth month : ledger.closes().findChangedMonths(projectId)) {
            MonthClose close = ledger.closes().find(projectId, month).orElseThrow();
            Adjustment.due(ledger.compute(contract, month), close.result(),
                    ledger.closes().findSettledAdjustments(projectId, month), reportMonth).ifPresent(due::add);
        }
        return due;
    }

    /** The changed months whose kept result differs from what the month computes to now (should be none). */
    public static List<YearMonth> staleKeptResults(ContingentLedger ledger, long projectId) {
        Contract contract = ledger.contract(projectId);
        List<YearMonth> stale = new ArrayList<>();
        for (ChangedMonth changed : ledger.closes().findChanged(projectId)) {
            if (changed.current().isPresent()
                    && !changed.current().get().equals(ledger.compute(contract, changed.month()))) {
                stale.add(changed.month());
            }
        }
        return stale;
    }

    /** Marks the closed month as changed outside any transaction of the ledger: it keeps no result then. */
    public static void forgetKeptResult(ContingentLedger ledger, long projectId, YearMonth closedMonth) {
        ledger.closes().markChanged(projectId, closedMonth);
    }

    /** Adjustments of the closed month that later closes settled. */
    public static List<Adjustment> settled(ContingentLedger ledger, long projectId, YearMonth closedMonth) {
        return ledger.closes().findSettledAdjustments(projectId, closedMonth);
    }

    /** The changed months without a kept result. */
    public static List<YearMonth> withoutKeptResult(ContingentLedger ledger, long projectId) {
        return ledger.closes().findChanged(projectId).stream().filter(c -> c.current().isEmpty())
                .map(ChangedMonth::month).toList();
    }
}
