package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.MonthClose;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.service.port.AuditEntry;
import de.tieredsupport.contingent.service.port.AuditLog;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Use case: close a month. Freezes its result as a snapshot and settles the adjustments of earlier closed months
 * shown in its report. Months close in order, only after they ended, and only once. Audited.
 */
public final class CloseMonth {

    private final ContingentLedger ledger;
    private final AccessPolicy policy;
    private final AuditLog audit;

    public CloseMonth(ContingentLedger ledger, AccessPolicy policy, AuditLog audit) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * @throws AccessDeniedException unless project admin or Jira admin
     * @throws NotFoundException without contract or terms in force for the month
     * @throws ConflictException if the month has not ended, is already closed, or is not the month after the
     *         latest closed one
     */
    public MonthClose close(String actor, long projectId, YearMonth month) {
        Objects.requireNonNull(month, "month");
        policy.requireManage(actor, projectId);
        Contract contract = ledger.contract(projectId);
        ledger.terms(contract, month);
        Instant now = ledger.now();
        if (!contract.billingMonth(month).hasEndedAt(now)) {
            throw new ConflictException("month.notEnded", month + " has not ended yet");
        }
        return ledger.lockedMonth(projectId, month, () -> {
            if (ledger.isClosed(projectId, month)) {
                throw new ConflictException("month.alreadyClosed", month + " is already closed");
            }
            Optional<YearMonth> latest = ledger.latestClosed(projectId);
            if (latest.isPresent() && !month.equals(latest.get().plusMonths(1))) {
                throw new ConflictException("month.outOfOrder", "Months close in order: the next month to close is "
                        + latest.get().plusMonths(1));
            }
            MonthResult result = ledger.compute(contract, month);
            List<Adjustment> adjustments = ledger.pendingAdjustments(contract, month);
            MonthClose close = new MonthClose(projectId, month, result, adjustments, actor, now);
            if (!ledger.closes().saveIfAbsent(close)) {
                throw new ConflictException("month.alreadyClosed", month + " is already closed");
            }
            audit.record(new AuditEntry(projectId, now, actor, AuditEntry.Action.CLOSE_MONTH, "Closed " + month
                    + " at " + result.totalAmount() + adjustments.stream()
                    .map(a -> "; adjustment for " + a.closedMonth() + ": " + a.totalAmount())
                    .reduce("", String::concat)));
            return close;
        });
    }
}
