package de.tieredsupport.contingent.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One contract month: the terms in force, whether the month is closed, what each level has available, the
 * suspensions and the running totals. It decides every change to the month and what the change causes: a booking
 * change ({@link #rebook}: new level totals, the ticket totals' changes, the alert thresholds it crosses, whether a
 * closed month changed after its close), a top-up ({@link #topUp}), a suspension and its end ({@link #suspend},
 * {@link #resume}, then {@link #reflag} for the bookings they move) and the close ({@link #close}). Loading and
 * saving are the service layer's.
 */
public final class ContractMonth {

    /**
     * How far apart the clocks of two cluster nodes may be at most, with room to spare: they agree to far less. A
     * month closes only after it ended by the closing node's clock, so a booking more than this before the month's
     * end cannot meet a close and need not read it; and two writes this far into a month agree that it is the
     * current one.
     */
    public static final Duration CLOCK_MARGIN = Duration.ofHours(1);

    /** A change the month's state does not allow, e.g. a top-up of a closed month; {@code code} is stable. */
    public static final class Conflict extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final List<String> arguments;

        Conflict(String code, String message, String... arguments) {
            super(message);
            this.code = code;
            this.arguments = List.of(arguments);
        }

        public String code() {
            return code;
        }

        /** Values for the translated message's placeholders, in order. */
        public List<String> arguments() {
            return arguments;
        }
    }

    private final Contract contract;
    private final YearMonth month;
    private final Terms terms;
    private final boolean closed;
    private final LevelMinutes available;
    private final List<Suspension> suspensions;
    private final MonthTotals totals;

    private ContractMonth(Contract contract, YearMonth month, boolean closed, LevelMinutes available,
            List<Suspension> suspensions, MonthTotals totals) {
        this.contract = Objects.requireNonNull(contract, "contract");
        this.month = Objects.requireNonNull(month, "month");
        this.terms = contract.termsFor(month).orElseThrow(
                () -> new IllegalArgumentException("No terms in force in " + month));
        this.closed = closed;
        for (SupportLevel level : SupportLevel.values()) {
            Minutes minutes = available.get(level);
            if (minutes.isNegative()) {
                throw new IllegalArgumentException("Negative availability " + minutes + " at " + level);
            }
        }
        this.available = available;
        this.suspensions = List.copyOf(suspensions);
        this.totals = Objects.requireNonNull(totals, "totals");
        if (totals.projectId() != contract.projectId() || !totals.month().equals(month)) {
            throw new IllegalArgumentException("Totals of " + totals.projectId() + "/" + totals.month()
                    + " are not those of " + contract.projectId() + "/" + month);
        }
    }

    /** An open month: alerts fire as its levels fill up. */
    public static ContractMonth open(Contract contract, YearMonth month, LevelMinutes available,
            List<Suspension> suspensions, MonthTotals totals) {
        return new ContractMonth(contract, month, false, available, suspensions, totals);
    }

    /** A closed month: its availability is frozen; a change to it becomes an adjustment, never an alert. */
    public static ContractMonth closed(Contract contract, YearMonth month, LevelMinutes frozenAvailable,
            List<Suspension> suspensions, MonthTotals totals) {
        return new ContractMonth(contract, month, true, frozenAvailable, suspensions, totals);
    }

    /** Whether a booking change at {@code now} could meet a close of {@code month} and so must read it. */
    public static boolean mayBeClosedAt(BillingMonth month, Instant now) {
        return !now.isBefore(month.end().minus(CLOCK_MARGIN));
    }

    /**
     * Whether every node agrees at {@code now} that {@code month} is the current month: it is by this clock, and has
     * been for longer than {@link #CLOCK_MARGIN}.
     */
    public static boolean isSurelyCurrentAt(BillingMonth month, Instant now) {
        return month.contains(now) && !now.isBefore(month.start().plus(CLOCK_MARGIN));
    }

    public Contract contract() {
        return contract;
    }

    public YearMonth month() {
        return month;
    }

    public Terms terms() {
        return terms;
    }

    public boolean isClosed() {
        return closed;
    }

    public Minutes availableMinutes(SupportLevel level) {
        return available.get(level);
    }

    public MonthTotals totals() {
        return totals;
    }

    public List<Suspension> suspensions() {
        return suspensions;
    }

    /** Whether work at {@code level} starting at {@code start} falls into a suspension of this month. */
    public boolean suspends(SupportLevel level, Instant start) {
        return suspensions.stream().anyMatch(s -> s.covers(level, start));
    }

    /** This month after a change: the same terms, close, availability and suspensions with the change's totals. */
    public ContractMonth withTotals(MonthTotals changed) {
        return new ContractMonth(contract, month, closed, available, suspensions, changed);
    }

    /** What a booking change did to this month. */
    public record Change(MonthTotals totals, List<TicketTotal.Change> tickets, List<Alert> crossed,
            boolean changedAfterClose) {

        public Change {
            Objects.requireNonNull(totals, "totals");
            tickets = List.copyOf(tickets);
            crossed = List.copyOf(crossed);
        }
    }

    /**
     * The booking {@code before} (null: none) replaced by {@code after} (null: none), as far as this month is
     * concerned: either may belong to another month or project, whose part is left to that month.
     *
     * @param now when the change is made, the time of any alert it fires
     * @return new totals (availability as of now), this month's ticket total changes, the alert thresholds crossed
     *         (open months only: usage can only grow at the changed booking's level, which is the crossing one),
     *         and whether a closed month changed (call only for a month that {@code before} or {@code after}
     *         belongs to)
     */
    public Change rebook(Booking before, Booking after, Instant now) {
        MonthTotals next = totals.apply(before, after).withAvailable(available);
        List<TicketTotal.Change> tickets = TicketTotal.changes(before, after).stream()
                .filter(c -> c.projectId() == contract.projectId() && c.month().equals(month)).toList();
        if (closed) {
            // even a change that keeps every total can move work across the contingent's end (a new start time)
            return new Change(next, tickets, List.of(), true);
        }
        Booking crossing = after != null && after.consumesContingent() && after.projectId() == contract.projectId()
                && after.month().equals(month) ? after : null;
        List<Alert> crossed = new ArrayList<>();
        for (SupportLevel level : SupportLevel.values()) {
            Minutes usedAfter = next.level(level).usedMinutes();
            for (int threshold : Alert.crossedThresholds(terms.thresholds(), available.get(level),
                    totals.level(level).usedMinutes(), usedAfter)) {
                Alert.Crossing by = crossing != null && crossing.level() == level ? Alert.Crossing.of(crossing) : null;
                crossed.add(new Alert(contract.projectId(), month, level, threshold, available.get(level), usedAfter,
                        now, by));
            }
        }
        return new Change(next, tickets, crossed, false);
    }

    //-----------------------------------------------------------------------
    // decisions: top-up, suspension, resumption, close
    //-----------------------------------------------------------------------

    /** @throws Conflict if the month is closed */
    public void requireOpen() {
        if (closed) {
            throw new Conflict("month.closed", month + " is closed");
        }
    }

    /**
     * The customer's top-up of a level: the month must be open and the minutes a positive multiple of the rounding
     * increment. Apply it with {@link #withTopUp}.
     *
     * @throws ValidationException for minutes that are not a positive multiple of the increment
     * @throws Conflict if the month is closed
     */
    public TopUp topUp(SupportLevel level, Minutes minutes, String by, String reason, Instant at) {
        TopUp.check(minutes, terms.rounding());
        requireOpen();
        return new TopUp(contract.projectId(), month, level, minutes, by, reason, at);
    }

    /**
     * This month with the top-up counted: its level has more available, so the thresholds above the current usage
     * are armed again. Bookings keep their flags; the totals carry the new availability.
     */
    public ContractMonth withTopUp(TopUp granted) {
        if (granted.projectId() != contract.projectId() || !granted.month().equals(month)) {
            throw new IllegalArgumentException("Top-up of " + granted.projectId() + "/" + granted.month()
                    + " is not one of " + contract.projectId() + "/" + month);
        }
        LevelMinutes more = available.plus(granted.level(), granted.minutes());
        return new ContractMonth(contract, month, closed, more, suspensions, totals.withAvailable(more));
    }

    /**
     * Suspends {@code levelOrNull} (null: every level) from {@code at} to the month's end. Apply it with
     * {@link #withSuspensions} and {@link #reflag}.
     *
     * @throws Conflict if the month is closed or the same scope is already suspended at {@code at}
     */
    public Suspension suspend(SupportLevel levelOrNull, Instant at, String by, String reason) {
        requireOpen();
        boolean alreadySuspended = suspensions.stream().anyMatch(s -> s.isActiveAt(at)
                && (s.allLevels() || (levelOrNull != null && s.level() == levelOrNull)));
        if (alreadySuspended) {
            throw new Conflict("suspension.active", "Support is already suspended for " + scope(levelOrNull));
        }
        return Suspension.untilMonthEnd(contract.projectId(), suspensions.size() + 1, levelOrNull, at,
                contract.billingMonth(month), by, reason);
    }

    /**
     * Ends the suspensions active at {@code at}: all of them (null) or those of one level. Resuming one level under
     * an all-levels suspension ends it and suspends each other level anew from {@code at}, so they stay suspended.
     * Apply the result with {@link #withSuspensions} and {@link #reflag}.
     *
     * @return the ended suspensions and the new ones, to store
     * @throws Conflict if the month is closed or nothing matching is suspended at {@code at}
     */
    public List<Suspension> resume(SupportLevel levelOrNull, Instant at, String by) {
        requireOpen();
        int number = suspensions.size();
        List<Suspension> changed = new ArrayList<>();
        for (Suspension s : suspensions) {
            if (!s.isActiveAt(at) || (levelOrNull != null && !s.appliesTo(levelOrNull))) {
                continue;
            }
            changed.add(s.resumedAt(at, by));
            if (levelOrNull != null && s.allLevels()) {
                for (SupportLevel other : SupportLevel.values()) {
                    if (other != levelOrNull) {
                        changed.add(Suspension.untilMonthEnd(contract.projectId(), ++number, other, at,
                                contract.billingMonth(month), s.suspendedBy(), s.reason()));
                    }
                }
            }
        }
        if (changed.isEmpty()) {
            throw new Conflict("suspension.notActive", "Support is not suspended for " + scope(levelOrNull));
        }
        return changed;
    }

    /** This month with {@code changed} suspensions: each replaces the one of its number, or is added. */
    public ContractMonth withSuspensions(Collection<Suspension> changed) {
        TreeMap<Integer, Suspension> byNumber = new TreeMap<>();
        for (Suspension s : suspensions) {
            byNumber.put(s.number(), s);
        }
        for (Suspension s : changed) {
            if (s.projectId() != contract.projectId() || !s.month().equals(month)) {
                throw new IllegalArgumentException("Suspension of " + s.projectId() + "/" + s.month()
                        + " is not one of " + contract.projectId() + "/" + month);
            }
            byNumber.put(s.number(), s);
        }
        return new ContractMonth(contract, month, closed, available, List.copyOf(byNumber.values()), totals);
    }

    /** What setting the bookings' suspended flags to this month's suspensions did. */
    public record Reflagged(ContractMonth month, List<Booking> flagged, List<TicketTotal.Change> tickets,
            List<Alert> crossed) {

        public Reflagged {
            Objects.requireNonNull(month, "month");
            flagged = List.copyOf(flagged);
            tickets = List.copyOf(tickets);
            crossed = List.copyOf(crossed);
        }
    }

    /**
     * Sets the suspended flag of each active booking of this month to what its suspensions say, each change going
     * the one way a booking changes ({@link #rebook}). Work that leaves a suspension counts against the contingent
     * again, and the thresholds it crosses fire as if it had been logged now.
     *
     * @param bookings the month's bookings (others are ignored)
     * @return the month after it, the bookings whose flag changed, their ticket total changes and crossed thresholds
     */
    public Reflagged reflag(Iterable<Booking> bookings, Instant now) {
        ContractMonth current = this;
        List<Booking> flagged = new ArrayList<>();
        List<TicketTotal.Change> tickets = new ArrayList<>();
        List<Alert> crossed = new ArrayList<>();
        for (Booking b : bookings) {
            if (!b.isActive() || b.projectId() != contract.projectId() || !b.month().equals(month)) {
                continue;
            }
            boolean suspended = suspends(b.level(), b.start());
            if (b.suspended() != suspended) {
                Booking changed = b.withSuspended(suspended);
                Change change = current.rebook(b, changed, now);
                current = current.withTotals(change.totals());
                flagged.add(changed);
                tickets.addAll(change.tickets());
                crossed.addAll(change.crossed());
            }
        }
        return new Reflagged(current, flagged, tickets, crossed);
    }

    /**
     * Whether this month may be closed at {@code at}: only once, only after it ended, and strictly in order from the
     * contract's first month (the month after the latest closed one).
     *
     * @param latestClosed the contract's latest closed month, if any
     * @throws Conflict if the month has not ended, is closed, or is not the next to close (the message names it)
     */
    public void requireClosableAt(Optional<YearMonth> latestClosed, Instant at) {
        if (!contract.billingMonth(month).hasEndedAt(at)) {
            throw new Conflict("month.notEnded", month + " has not ended yet");
        }
        if (closed) {
            throw new Conflict("month.alreadyClosed", month + " is already closed");
        }
        YearMonth next = latestClosed.map(m -> m.plusMonths(1)).orElse(contract.firstMonth());
        if (!month.equals(next)) {
            throw new Conflict("month.outOfOrder", "Months close in order: close " + next + " first",
                    next.toString());
        }
    }

    /**
     * Freezes this month's result (see {@link #requireClosableAt} for when it may).
     *
     * @param result what the month computes to now
     * @param settled the adjustments of earlier closed months that this close's report shows
     * @param latestClosed the contract's latest closed month, if any
     * @throws Conflict if the month may not be closed at {@code at}
     */
    public MonthClose close(MonthResult result, List<Adjustment> settled, Optional<YearMonth> latestClosed,
            String by, Instant at) {
        requireClosableAt(latestClosed, at);
        if (result.projectId() != contract.projectId() || !result.month().equals(month)) {
            throw new IllegalArgumentException("Result of " + result.projectId() + "/" + result.month()
                    + " is not that of " + contract.projectId() + "/" + month);
        }
        return new MonthClose(contract.projectId(), month, result, settled, by, at);
    }

    private static String scope(SupportLevel levelOrNull) {
        return levelOrNull == null ? "all levels" : levelOrNull.key();
    }
}
