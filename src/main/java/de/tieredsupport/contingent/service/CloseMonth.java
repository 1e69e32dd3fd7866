package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.ContractMonth;
import de.tieredsupport.contingent.domain.MonthClose;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.service.port.AuditEntry;
import de.tieredsupport.contingent.service.port.AuditLog;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.TreeSet;

/**
 * Use case: close a month. Freezes its result as a snapshot and settles the adjustments of earlier closed months
 * shown in its report. Months close strictly in order from the contract's first month, only after they ended, and only once; a
 * close holds the contract's lock as well as the month's, so terms cannot change while a month is being frozen. Audited.
 */
public final class CloseMonth {

    private static final int MAX_ATTEMPTS = 10;

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
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            // the contract's lock too: terms in force in the month cannot change between reading and freezing them;
            // and the locks of the closed months whose changes this close settles, so none changes unnoticed
            Set<String> held = new TreeSet<>();
            held.add(ContingentLedger.contractLock(projectId));
            held.add(ContingentLedger.monthLock(projectId, month));
            ledger.closes().findChangedMonths(projectId)
                    .forEach(changed -> held.add(ContingentLedger.monthLock(projectId, changed)));
            Optional<MonthClose> closed = ledger.locked(held, () -> closeLocked(actor, projectId, month, held));
            if (closed.isPresent()) {
                return closed.get();
            }
        }
        throw new IllegalStateException("Closed months of project " + projectId + " kept changing during the close");
    }

    /** Empty if a closed month changed after the locks were chosen: the caller retries with its lock too. */
    private Optional<MonthClose> closeLocked(String actor, long projectId, YearMonth month, Set<String> held) {
        List<YearMonth> changed = ledger.closes().findChangedMonths(projectId);
        if (changed.stream().anyMatch(m -> !held.contains(ContingentLedger.monthLock(projectId, m)))) {
            return Optional.empty();
        }
        Contract contract = ledger.contract(projectId);
        Instant now = ledger.now();
        ContractMonth closing = ledger.months().loadForDecision(contract, month).month();
        Optional<YearMonth> latest = ledger.latestClosed(projectId);
        ConflictException.unlessRefused(() -> {
            closing.requireClosableAt(latest, now);
            return null;
        });
        MonthResult result = ledger.compute(contract, month);
        List<Adjustment> adjustments = ledger.pendingAdjustments(contract, month, latest);
        MonthClose close = ConflictException.unlessRefused(
                () -> closing.close(result, adjustments, latest, actor, now));
        if (!ledger.closes().saveIfAbsent(close)) {
            throw new ConflictException("month.alreadyClosed", month + " is already closed");
        }
        // what changed in closed months is settled by this close: later reports need not recompute those months
        changed.stream().filter(m -> m.isBefore(month)).forEach(m -> ledger.closes().clearChanged(projectId, m));
        audit.record(new AuditEntry(projectId, now, actor, AuditEntry.Action.CLOSE_MONTH, AuditEntry.params(
                "month", month.toString(), "currency", result.currency().getCurrencyCode(), "amount",
                result.totalAmount().amount().toPlainString(), "adjustments", adjustments.stream()
                        .map(a -> a.closedMonth() + "=" + a.totalAmount().amount().toPlainString())
                        .collect(Collectors.joining(","))),
                "Closed " + month
                + " at " + result.totalAmount() + adjustments.stream()
                .map(a -> "; adjustment for " + a.closedMonth() + ": " + a.totalAmount())
                .reduce("", String::concat)));
        return Optional.of(close);
    }
}
