package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.Terms;
import de.tieredsupport.contingent.service.port.AlertSender;
import de.tieredsupport.contingent.service.port.ChangeRequestNotifier;
import de.tieredsupport.contingent.service.port.IssueLevelLookup;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Use case: a worklog was created, updated or deleted in the host. Rounds it, books it at the ticket's level,
 * maintains the month totals and fires alerts, all for the affected months under their cluster locks in one
 * transaction. Called by the host's event listener (no user permission involved).
 * <p>
 * Idempotent and order-tolerant: replaying an event changes nothing; an event older than the booking (by the
 * worklog's {@code updated} time) is ignored; a deleted worklog stays deleted (the host never reuses worklog ids);
 * deleting an unknown worklog is a no-op. The level of an existing booking is kept on updates, so escalating a
 * ticket never re-prices earlier work.
 */
public final class RecordWorklogChange {

    private static final System.Logger LOG = System.getLogger(RecordWorklogChange.class.getName());

    private static final int MAX_ATTEMPTS = 5;

    private final ContingentLedger ledger;
    private final IssueLevelLookup levels;
    private final AlertSender sender;
    private final ChangeRequestNotifier changeRequestNotifier;

    public RecordWorklogChange(ContingentLedger ledger, IssueLevelLookup levels, AlertSender sender,
            ChangeRequestNotifier changeRequestNotifier) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.levels = Objects.requireNonNull(levels, "levels");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.changeRequestNotifier = Objects.requireNonNull(changeRequestNotifier, "changeRequestNotifier");
    }

    /** @param changeRequestWork a booking of change-request work that changed (before or after), or null */
    private record Outcome(RoundingDecision decision, List<ContingentLedger.PendingAlert> alerts,
            Booking changeRequestWork) {

        Outcome(RoundingDecision decision, List<ContingentLedger.PendingAlert> alerts) {
            this(decision, alerts, null);
        }
    }

    public RoundingDecision record(WorklogChange change) {
        Objects.requireNonNull(change, "change");
        Outcome outcome = change.kind() == WorklogChange.Kind.DELETED
                ? delete(change.worklogId(), new RoundingDecision(0, 0, false, true), RoundingDecision.notRecorded(0))
                : upsert(change);
        ledger.dispatch(outcome.alerts(), sender);
        Booking work = outcome.changeRequestWork();
        if (work != null) {
            announceEstimateReached(work.projectId(), work.issueId());
        }
        return outcome.decision();
    }

    /** After commit: the 100 % alert of the change request, once per round; a failing notifier changes nothing. */
    private void announceEstimateReached(long projectId, long issueId) {
        ledger.checkEstimateReached(projectId, issueId).ifPresent(reached -> {
            try {
                changeRequestNotifier.estimateReached(reached.contract(), reached.terms(), reached.changeRequest(),
                        reached.minutesToDate());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not announce the reached estimate of issue " + issueId, e);
            }
        });
    }

    private Outcome upsert(WorklogChange change) {
        RoundingDecision untouched = RoundingDecision.notRecorded(change.timeSpentSeconds());
        Optional<Contract> contract = ledger.contracts().find(change.projectId());
        if (contract.isEmpty()) {
            // a booking can only exist if the issue moved here from a contracted project: it is no longer billed
            return delete(change.worklogId(), untouched, untouched);
        }
        YearMonth month = contract.get().monthOf(change.start());
        if (contract.get().termsFor(month).isEmpty()) {
            // moved before the contract's start: the worklog no longer belongs to any billed month
            return delete(change.worklogId(), untouched, untouched);
        }
        // Most changes stay in one month: lock it and read the stored booking under that lock. A booking stored in
        // another month (the worklog moved) adds that month's lock on the next attempt.
        Set<String> held = new TreeSet<>();
        held.add(ContingentLedger.monthLock(change.projectId(), month));
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Set<String> locks = Set.copyOf(held);
            Optional<Outcome> outcome = ledger.locked(locks,
                    () -> upsertLocked(contract.get(), change, month, locks, held));
            if (outcome.isPresent()) {
                return outcome.get();
            }
        }
        throw new IllegalStateException("Worklog " + change.worklogId() + " kept moving between months");
    }

    /**
     * Empty if the stored booking lies in a month whose lock is not held: its lock is added to {@code retryWith} and
     * the caller tries again. The contract is the one read before the locks: terms changes do not take the month
     * locks, so reading it again under them would not order a booking after a terms change either.
     */
    private Optional<Outcome> upsertLocked(Contract contract, WorklogChange change, YearMonth month, Set<String> held,
            Set<String> retryWith) {
        Booking existing = ledger.bookings().find(change.worklogId()).orElse(null);
        long raw = change.timeSpentSeconds();
        if (existing != null && !existing.isActive()) {
            return Optional.of(new Outcome(RoundingDecision.notRecorded(raw), List.of()));
        }
        String existingLock = existing == null ? null
                : ContingentLedger.monthLock(existing.projectId(), existing.month());
        if (existing != null && !held.contains(existingLock)) {
            retryWith.add(existingLock);
            return Optional.empty();
        }
        if (existing != null && change.updated().isBefore(existing.updated())) {
            return Optional.of(new Outcome(RoundingDecision.notRecorded(raw), List.of()));
        }
        if (existing != null && existing.start().equals(change.start()) && raw == existing.billedSeconds()
                && existing.rawSeconds() != raw) {
            // the echo of our own rewrite to the billed value: keep the original raw time
            raw = existing.rawSeconds();
        }
        ContractMonths.LoadedMonth loaded = ledger.months().loadForBooking(contract, month, true);
        Terms terms = loaded.month().terms();
        SupportLevel level = existing != null && existing.projectId() == change.projectId()
                ? existing.level()
                : levels.currentLevel(change.issueId()).orElse(terms.defaultLevel());
        boolean suspended = loaded.month().suspends(level, change.start());
        boolean changeRequestWork = !loaded.noChangeRequests()
                && ledger.isChangeRequestWork(change.projectId(), change.issueId(), change.start());
        Booking next = new Booking(change.worklogId(), change.issueId(), change.projectId(), change.authorKey(),
                change.start(), raw, terms.rounding().billedSeconds(raw), level, month, Booking.State.ACTIVE,
                suspended, change.updated(), changeRequestWork);
        List<ContingentLedger.PendingAlert> alerts = List.of();
        if (!next.equals(existing)) {
            alerts = ledger.rebook(contract, loaded, existing, next);
        }
        RoundingDecision decision = new RoundingDecision(raw, next.billedSeconds(),
                change.timeSpentSeconds() != next.billedSeconds(), true);
        Booking touchedChangeRequest = next.isChangeRequestWork() ? next
                : existing != null && existing.isChangeRequestWork() ? existing : null;
        return Optional.of(new Outcome(decision, alerts, touchedChangeRequest));
    }

    private Outcome delete(long worklogId, RoundingDecision ifDeleted, RoundingDecision ifUnknown) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<Booking> peek = ledger.bookings().find(worklogId).filter(Booking::isActive);
            if (peek.isEmpty()) {
                return new Outcome(ifUnknown, List.of());
            }
            String held = ContingentLedger.monthLock(peek.get().projectId(), peek.get().month());
            Optional<Outcome> outcome = ledger.locked(List.of(held), () -> {
                Booking existing = ledger.bookings().find(worklogId).filter(Booking::isActive).orElse(null);
                if (existing == null) {
                    return Optional.of(new Outcome(ifUnknown, List.of()));
                }
                if (!held.equals(ContingentLedger.monthLock(existing.projectId(), existing.month()))) {
                    return Optional.empty();
                }
                List<ContingentLedger.PendingAlert> alerts = ledger.rebook(null, existing, existing.asDeleted());
                return Optional.of(new Outcome(ifDeleted, alerts, null));
            });
            if (outcome.isPresent()) {
                return outcome.get();
            }
        }
        throw new IllegalStateException("Worklog " + worklogId + " kept moving between months");
    }
}
