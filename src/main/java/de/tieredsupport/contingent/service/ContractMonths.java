package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.BillingMonth;
import de.tieredsupport.contingent.domain.CarryOverPolicy;
import de.tieredsupport.contingent.domain.ClosedLevels;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.ContractMonth;
import de.tieredsupport.contingent.domain.LevelMinutes;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.MonthTotals;
import de.tieredsupport.contingent.domain.Suspension;
import de.tieredsupport.contingent.domain.Terms;
import de.tieredsupport.contingent.domain.TopUp;
import de.tieredsupport.contingent.service.port.BookingStore;
import de.tieredsupport.contingent.service.port.ChangeRequestStore;
import de.tieredsupport.contingent.service.port.MonthCloseStore;
import de.tieredsupport.contingent.service.port.SuspensionStore;
import de.tieredsupport.contingent.service.port.TopUpStore;
import de.tieredsupport.contingent.service.port.TotalsStore;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The contract months: reads one month under its lock into a {@link ContractMonth} with what the change at hand
 * needs (a booking, a decision), and writes back what the month decided. What a month has available (base
 * contingent, top-ups and the carry-over chain, or what a closed month froze) is worked out here for every reader.
 * Locks and transactions are the ledger's; a month is loaded and saved in one of its locked transactions.
 */
final class ContractMonths {

    private final BookingStore bookings;
    private final TotalsStore totals;
    private final TopUpStore topUps;
    private final SuspensionStore suspensions;
    private final MonthCloseStore closes;
    private final ChangeRequestStore changeRequests;
    private final Clock clock;

    ContractMonths(BookingStore bookings, TotalsStore totals, TopUpStore topUps, SuspensionStore suspensions,
            MonthCloseStore closes, ChangeRequestStore changeRequests, Clock clock) {
        this.bookings = Objects.requireNonNull(bookings, "bookings");
        this.totals = Objects.requireNonNull(totals, "totals");
        this.topUps = Objects.requireNonNull(topUps, "topUps");
        this.suspensions = Objects.requireNonNull(suspensions, "suspensions");
        this.closes = Objects.requireNonNull(closes, "closes");
        this.changeRequests = Objects.requireNonNull(changeRequests, "changeRequests");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private static void requireTermsInForce(Contract contract, YearMonth month) {
        if (contract.termsFor(month).isEmpty()) {
            throw NotFoundException.termsNotInForce(month);
        }
    }

    // ----------------------------------------------------------------- availability

    /**
     * Minutes carried into {@code month}: frozen in the snapshot if the month is closed; otherwise the chain from
     * the latest closed month's carry-out (or zero at the contract's start), over stored totals only.
     */
    LevelMinutes carryIn(Contract contract, YearMonth month) {
        return carryIn(contract, month, closes.findLevels(contract.projectId(), month));
    }

    /** {@link #carryIn(Contract, YearMonth)} with the month's own close already read. */
    LevelMinutes carryIn(Contract contract, YearMonth month, Optional<ClosedLevels> own) {
        long projectId = contract.projectId();
        if (own.isPresent()) {
            return LevelMinutes.byLevel(level -> own.get().level(level).carryInMinutes());
        }
        YearMonth previous = month.minusMonths(1);
        Optional<Terms> previousTerms = contract.termsFor(previous);
        if (previousTerms.isEmpty() || previousTerms.get().carryOver().kind() == CarryOverPolicy.Kind.NONE) {
            return LevelMinutes.ZERO;
        }
        YearMonth start = contract.firstMonth();
        LevelMinutes startCarry = LevelMinutes.ZERO;
        Optional<ClosedLevels> latest = closes.findLatestLevels(projectId);
        if (latest.isPresent() && latest.get().month().isBefore(month)) {
            start = latest.get().month().plusMonths(1);
            startCarry = LevelMinutes.byLevel(level -> latest.get().level(level).carryOutMinutes());
        }
        if (!start.isBefore(month)) {
            return startCarry;
        }
        Map<YearMonth, MonthTotals> used = new HashMap<>();
        totals.findRange(projectId, start, previous).forEach(t -> used.put(t.month(), t));
        List<TopUp> granted = topUps.findRange(projectId, start, previous);
        return contract.carryIn(start, startCarry, month,
                (m, level) -> used.containsKey(m) ? used.get(m).level(level).usedMinutes() : Minutes.ZERO,
                (m, level) -> granted.stream().filter(t -> t.month().equals(m) && t.level() == level)
                        .map(TopUp::minutes).reduce(Minutes.ZERO, Minutes::plus));
    }

    /** Base contingent + top-ups + carry-in per level; frozen for closed months. */
    LevelMinutes available(Contract contract, YearMonth month) {
        Optional<ClosedLevels> own = closes.findLevels(contract.projectId(), month);
        return available(contract, month, own,
                own.isPresent() ? List.of() : topUps.findByMonth(contract.projectId(), month));
    }

    /** {@link #available(Contract, YearMonth)} with the month's own close and top-ups already read. */
    LevelMinutes available(Contract contract, YearMonth month, Optional<ClosedLevels> own,
            List<TopUp> granted) {
        if (own.isPresent()) {
            return frozenAvailable(own.get());
        }
        return availableOpen(contract, month, TotalsStore.Decisions.of(granted, 0).topUpMinutes());
    }

    /** Base contingent + top-ups + carry-in per level of an open month. */
    private LevelMinutes availableOpen(Contract contract, YearMonth month, LevelMinutes topUpMinutes) {
        Terms terms = contract.termsFor(month).orElseThrow(() -> NotFoundException.termsNotInForce(month));
        LevelMinutes carry = carryIn(contract, month, Optional.empty());
        return LevelMinutes.byLevel(level -> terms.contingentMinutes(level).plus(topUpMinutes.get(level))
                .plus(carry.get(level)));
    }

    /** The availability a closed month froze. */
    private static LevelMinutes frozenAvailable(ClosedLevels closed) {
        return LevelMinutes.byLevel(level -> closed.level(level).availableMinutes());
    }

    // ----------------------------------------------------------------- reading a month under its lock

    /** A contract month read under its lock for one change, with its totals' rows to update. */
    static final class LoadedMonth {

        private final ContractMonth month;
        private final TotalsStore.Rows rows;
        /** The month's top-ups and suspensions as now known, to keep with its totals (null: not all read). */
        private final TotalsStore.Decisions decisions;
        /** Whether the project has change requests, to keep with the month's totals (null: nothing new learnt). */
        private final Boolean changeRequests;
        private final boolean noChangeRequests;

        private LoadedMonth(ContractMonth month, TotalsStore.Rows rows, TotalsStore.Decisions decisions,
                Boolean changeRequests, boolean noChangeRequests) {
            this.month = month;
            this.rows = rows;
            this.decisions = decisions;
            this.changeRequests = changeRequests;
            this.noChangeRequests = noChangeRequests;
        }

        ContractMonth month() {
            return month;
        }

        /** The month's top-ups and suspensions as read (null: not all of them were read). */
        TotalsStore.Decisions decisions() {
            return decisions;
        }

        /**
         * Whether the project has no change request, so no work in this month is change-request work and the
         * ticket's change request need not be read (see {@link TotalsStore.Rows#changeRequests}).
         */
        boolean noChangeRequests() {
            return noChangeRequests;
        }

        boolean is(long projectId, YearMonth other) {
            return month.contract().projectId() == projectId && month.month().equals(other);
        }
    }

    /**
     * Reads what a booking change in the month needs, under the month's lock: its level totals, which also hold the
     * month's top-ups, the number of its suspension windows and whether the project has change requests (each read
     * from its own table only while the totals do not know it yet), its close only when the month may have ended
     * ({@link ContractMonth#mayBeClosedAt}), and the carry-in of an open month.
     *
     * @param decidingABooking whether a new booking is being decided (its suspension and change-request work), which
     *        needs the suspension windows and what is known of change requests; false when a stored booking only
     *        leaves this month
     * @throws NotFoundException unless terms are in force in the month
     */
    LoadedMonth loadForBooking(Contract contract, YearMonth month, boolean decidingABooking) {
        requireTermsInForce(contract, month);
        long projectId = contract.projectId();
        Instant now = clock.instant();
        BillingMonth billingMonth = contract.billingMonth(month);
        TotalsStore.Rows rows = totals.findForUpdate(projectId, month);
        Optional<TotalsStore.Decisions> kept = rows.decisions();
        Optional<ClosedLevels> own = ContractMonth.mayBeClosedAt(billingMonth, now)
                ? closes.findLevels(projectId, month) : Optional.empty();
        List<TopUp> granted = own.isPresent() || kept.isPresent() ? null : topUps.findByMonth(projectId, month);
        List<Suspension> windows = !decidingABooking || kept.isPresent() && kept.get().suspensionWindows() == 0
                ? List.of() : suspensions.findByMonth(projectId, month);
        TotalsStore.Decisions decisions = kept.orElse(granted != null && decidingABooking
                ? TotalsStore.Decisions.of(granted, windows.size()) : null);
        // "none" may only be kept where every change-request change of the month holds this month's lock
        Boolean learnt = decidingABooking && rows.changeRequests().isEmpty()
                && ContractMonth.isSurelyCurrentAt(billingMonth, now) ? changeRequests.anyInProject(projectId) : null;
        boolean none = Boolean.FALSE.equals(rows.changeRequests().orElse(learnt));
        if (own.isPresent()) {
            ContractMonth closed = ContractMonth.closed(contract, month, frozenAvailable(own.get()), windows,
                    rows.totals());
            return new LoadedMonth(closed, rows, decisions, learnt, none);
        }
        LevelMinutes topUpMinutes = kept.map(TotalsStore.Decisions::topUpMinutes)
                .orElseGet(() -> TotalsStore.Decisions.of(granted, 0).topUpMinutes());
        LevelMinutes available = availableOpen(contract, month, topUpMinutes);
        return new LoadedMonth(ContractMonth.open(contract, month, available, windows, rows.totals()), rows,
                decisions, learnt, none);
    }

    /**
     * Reads a contract month under its lock for a decision (top-up, suspension, resumption): its close, every
     * top-up and suspension, its availability and its totals' rows.
     *
     * @throws NotFoundException unless terms are in force in the month
     */
    LoadedMonth loadForDecision(Contract contract, YearMonth month) {
        requireTermsInForce(contract, month);
        long projectId = contract.projectId();
        List<Suspension> windows = suspensions.findByMonth(projectId, month);
        List<TopUp> granted = topUps.findByMonth(projectId, month);
        Optional<ClosedLevels> own = closes.findLevels(projectId, month);
        LevelMinutes available = available(contract, month, own, granted);
        TotalsStore.Rows rows = totals.findForUpdate(projectId, month);
        ContractMonth loaded = own.isPresent()
                ? ContractMonth.closed(contract, month, available, windows, rows.totals())
                : ContractMonth.open(contract, month, available, windows, rows.totals());
        return new LoadedMonth(loaded, rows, TotalsStore.Decisions.of(granted, windows.size()), null, false);
    }

    // ----------------------------------------------------------------- writing what a change did

    /** Writes what a booking change did to a month read by {@link #loadForBooking} in this transaction. */
    void saveRebooking(LoadedMonth loaded, ContractMonth.Change change) {
        totals.update(loaded.rows, change.totals(), change.tickets(), loaded.decisions, loaded.changeRequests);
    }

    /**
     * Writes what a decision made of a month read by {@link #loadForDecision} in this transaction: when its
     * suspensions changed, the month's bookings get their suspended flag ({@link ContractMonth#reflag}); its totals
     * keep the new availability and decisions. The decision's own record (top-up, suspension) is the caller's.
     *
     * @param decided the loaded month after the decision ({@link ContractMonth#withTopUp},
     *        {@link ContractMonth#withSuspensions})
     * @param topUpMinutes the month's top-up minutes per level after the decision
     * @return what reflagging did, with the thresholds crossed by work that left a suspension
     */
    ContractMonth.Reflagged saveDecision(LoadedMonth loaded, ContractMonth decided, LevelMinutes topUpMinutes) {
        ContractMonth.Reflagged reflagged = decided.suspensions().equals(loaded.month().suspensions())
                ? new ContractMonth.Reflagged(decided, List.of(), List.of(), List.of())
                : decided.reflag(bookings.findByMonth(decided.contract().projectId(), decided.month()),
                        clock.instant());
        reflagged.flagged().forEach(bookings::save);
        totals.update(loaded.rows, reflagged.month().totals(), reflagged.tickets(),
                new TotalsStore.Decisions(topUpMinutes, decided.suspensions().size()), null);
        return reflagged;
    }
}
