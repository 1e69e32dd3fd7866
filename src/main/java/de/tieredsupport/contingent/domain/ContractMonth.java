package de.tieredsupport.contingent.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One contract month as a booking change sees it: the terms in force, whether the month is closed, what each level
 * has available, the suspensions and the running totals. It decides what a booking change does to the month
 * ({@link #rebook}): new level totals, the ticket totals' changes, the alert thresholds it crosses, and whether a
 * closed month changed after its close. Loading and saving are the ledger's.
 */
public final class ContractMonth {

    /**
     * How far apart the clocks of two cluster nodes may be at most, with room to spare: they agree to far less. A
     * month closes only after it ended by the closing node's clock, so a booking more than this before the month's
     * end cannot meet a close and need not read it; and two writes this far into a month agree that it is the
     * current one.
     */
    public static final Duration CLOCK_MARGIN = Duration.ofHours(1);

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
            long minutes = available.get(level);
            if (minutes < 0) {
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

    public long availableMinutes(SupportLevel level) {
        return available.get(level);
    }

    public MonthTotals totals() {
        return totals;
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
            long usedAfter = next.level(level).usedMinutes();
            for (int threshold : Alert.crossedThresholds(terms.thresholds(), available.get(level),
                    totals.level(level).usedMinutes(), usedAfter)) {
                Alert.Crossing by = crossing != null && crossing.level() == level ? Alert.Crossing.of(crossing) : null;
                crossed.add(new Alert(contract.projectId(), month, level, threshold, available.get(level), usedAfter,
                        now, by));
            }
        }
        return new Change(next, tickets, crossed, false);
    }
}
