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
 * shown in its report. Months close strictly in order from the contract's first month, only after they ended, and only once; a
 * close holds the contract's lock as well as the month's, so terms cannot change while a month is being frozen. Audited.
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
     * The month that may be closed next: the one after the latest closed month, or the contract's first month while
     * none is closed; empty if there is no contract or that month has not ended yet.
     */
    public Optional<YearMonth> nextToClose(long projectId) {
        return ledger.contracts().find(projectId).flatMap(ledger::nextToClose);
    }

    /**
     * @throws AccessDeniedException unless project admin or Jira admin
     * @throws NotFoundException without contract or terms in force for the month
     * @throws ConflictException if the month has not ended, is already closed, or is not the next to close (the month
     *         after the latest closed one, or the contract's first month while none is closed; the message names it)
     */
    public MonthClose close(String actor, long projectId, YearMonth month) {
        Objects.requireNonNull(month, "month");
        policy.requireManage(actor, projectId);
        // the contract's lock too: terms in force in the month cannot change between reading them and freezing them
        return ledger.locked(List.of(ContingentLedger.contractLock(projectId),
                ContingentLedger.monthLock(projectId, month)), () -> {
            Contract contract = ledger.contract(projectId);
            ledger.terms(contract, month);
            Instant now = ledger.now();
            if (!contract.billingMonth(month).hasEndedAt(now)) {
                throw new ConflictException("month.notEnded", month + " has not ended yet");
            }
            if (ledger.isClosed(projectId, month)) {
                throw new ConflictException("month.alreadyClosed", month + " is already closed");
            }
            YearMonth next = ledger.latestClosed(projectId).map(m -> m.plusMonths(1)).orElse(contract.firstMonth());
            if (!month.equals(next)) {
                throw new ConflictException("month.outOfOrder", "Months close in order: close " + next
                        + " first", List.of(next.toString()));
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
