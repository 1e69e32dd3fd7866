package de.tieredsupport.contingent.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes a contract month from its bookings: the pure heart of billing.
 * <ul>
 * <li>available = base contingent of the terms in force + top-ups + carry-in;</li>
 * <li>active, non-suspended bookings consume it in (start, worklog id) order, a booking may be split into an
 * in-contingent and an overage part;</li>
 * <li>suspended bookings are reported apart and neither consume nor bill;</li>
 * <li>the amount is rate x billed minutes / 60, rounded HALF_UP to the minor unit once per level line, and
 * allocated to tickets by largest remainder so that ticket amounts add up exactly to the line.</li>
 * </ul>
 */
public final class MonthCalculator {

    private static final long MINUTES_PER_HOUR = 60;

    private static final Comparator<Booking> CONSUMPTION_ORDER = Comparator
            .comparing(Booking::start).thenComparingLong(Booking::worklogId);

    private MonthCalculator() {
    }

    /**
     * @param bookings the month's bookings (deleted ones are ignored); all must belong to the contract and month
     * @param topUps the month's top-ups
     * @param carryIn minutes carried in per level (missing levels count as zero)
     * @throws IllegalArgumentException if no terms are in force or an input belongs elsewhere
     */
    public static MonthResult compute(Contract contract, YearMonth month, Collection<Booking> bookings,
            Collection<TopUp> topUps, Map<SupportLevel, Long> carryIn) {
        Terms terms = contract.termsFor(month).orElseThrow(() -> new IllegalArgumentException(
                "No terms in force for " + month + " in project " + contract.projectId()));
        for (Booking b : bookings) {
            if (b.projectId() != contract.projectId() || !b.month().equals(month)) {
                throw new IllegalArgumentException("Booking " + b.worklogId() + " is not in " + month);
            }
        }
        for (TopUp t : topUps) {
            if (t.projectId() != contract.projectId() || !t.month().equals(month)) {
                throw new IllegalArgumentException("Top-up is not in " + month + ": " + t);
            }
        }
        List<MonthResult.LevelLine> lines = new ArrayList<>();
        for (SupportLevel level : SupportLevel.values()) {
            lines.add(levelLine(contract, terms, level, bookings, topUps, carryIn.getOrDefault(level, 0L)));
        }
        return new MonthResult(contract.projectId(), month, contract.currency(), terms.overage(), lines);
    }

    private static MonthResult.LevelLine levelLine(Contract contract, Terms terms, SupportLevel level,
            Collection<Booking> bookings, Collection<TopUp> topUps, long carryIn) {
        long base = terms.contingentMinutes(level);
        long topUp = topUps.stream().filter(t -> t.level() == level).mapToLong(TopUp::minutes).sum();
        long available = base + topUp + carryIn;
        boolean overageBilled = terms.overage() == OveragePolicy.BILLED_AT_RATE;

        // per issue: in-contingent, overage, suspended minutes
        Map<Long, long[]> perIssue = new TreeMap<>();
        long remaining = available;
        long used = 0;
        List<Booking> ordered = bookings.stream()
                .filter(b -> b.isActive() && b.level() == level)
                .sorted(CONSUMPTION_ORDER)
                .toList();
        for (Booking b : ordered) {
            long[] acc = perIssue.computeIfAbsent(b.issueId(), id -> new long[3]);
            long minutes = b.billedMinutes();
            if (b.suspended()) {
                acc[2] += minutes;
                continue;
            }
            long inPart = Math.min(minutes, remaining);
            remaining -= inPart;
            acc[0] += inPart;
            acc[1] += minutes - inPart;
            used += minutes;
        }
        long inContingent = Math.min(used, available);
        long overage = used - inContingent;
        long suspended = perIssue.values().stream().mapToLong(a -> a[2]).sum();
        long billed = inContingent + (overageBilled ? overage : 0);

        Money rate = terms.hourlyRate(level);
        long lineMinor = amountMinor(rate, billed);

        List<Long> issueIds = new ArrayList<>(perIssue.keySet());
        long[] ticketBilled = new long[issueIds.size()];
        for (int i = 0; i < ticketBilled.length; i++) {
            long[] acc = perIssue.get(issueIds.get(i));
            ticketBilled[i] = acc[0] + (overageBilled ? acc[1] : 0);
        }
        long[] ticketMinor = allocate(lineMinor, rate.minorUnits(), ticketBilled);

        List<MonthResult.TicketLine> tickets = new ArrayList<>();
        for (int i = 0; i < ticketBilled.length; i++) {
            long[] acc = perIssue.get(issueIds.get(i));
            tickets.add(new MonthResult.TicketLine(issueIds.get(i), level, new Figures(acc[0], acc[1], acc[2],
                    ticketBilled[i], Money.ofMinor(contract.currency(), ticketMinor[i]))));
        }
        Figures figures = new Figures(inContingent, overage, suspended, billed,
                Money.ofMinor(contract.currency(), lineMinor));
        long carryOut = terms.carryOver().carryOut(level, base + topUp, carryIn, used);
        return new MonthResult.LevelLine(level, base, topUp, carryIn, rate, figures, carryOut, tickets);
    }

    /** Rate x minutes / 60, rounded HALF_UP to the currency's minor unit: 5 min at 70.00/h is 5.83. */
    public static Money amount(Money hourlyRate, long minutes) {
        return Money.ofMinor(hourlyRate.currency(), amountMinor(hourlyRate, minutes));
    }

    /** Exact integer arithmetic in minor units; the only rounding is the final HALF_UP. */
    private static long amountMinor(Money hourlyRate, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("Minutes must not be negative: " + minutes);
        }
        long numerator = Math.multiplyExact(hourlyRate.minorUnits(), minutes);
        return (numerator + MINUTES_PER_HOUR / 2) / MINUTES_PER_HOUR;
    }

    /**
     * Largest-remainder allocation of {@code totalMinor} over shares rate x minutes_i / 60: every share gets its
     * floor, the units left go to the largest remainders, ties to the earlier index (lower issue id). Sums to the
     * total exactly because the total is the rounded sum of the same exact shares.
     */
    static long[] allocate(long totalMinor, long rateMinor, long[] minutes) {
        int n = minutes.length;
        long[] result = new long[n];
        long[] remainder = new long[n];
        long floorSum = 0;
        for (int i = 0; i < n; i++) {
            long numerator = Math.multiplyExact(rateMinor, minutes[i]);
            result[i] = numerator / MINUTES_PER_HOUR;
            remainder[i] = numerator % MINUTES_PER_HOUR;
            floorSum += result[i];
        }
        long left = totalMinor - floorSum;
        if (left < 0 || left > n) {
            throw new IllegalStateException("Cannot allocate " + totalMinor + " over " + n + " shares");
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingLong(i -> -remainder[i]).thenComparingInt(i -> i));
        for (int k = 0; k < left; k++) {
            result[order.get(k)]++;
        }
        return result;
    }
}
