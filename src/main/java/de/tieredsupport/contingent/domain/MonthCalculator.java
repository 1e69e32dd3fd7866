package de.tieredsupport.contingent.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes a contract month from its bookings: the pure heart of billing.
 * <ul>
 * <li>available = base contingent of the terms in force + top-ups + carry-in;</li>
 * <li>active, non-suspended bookings consume it in (start, worklog id) order, a booking may be split into an
 * in-contingent and an overage part;</li>
 * <li>suspended bookings are reported apart and neither consume nor bill;</li>
 * <li>change-request work neither consumes nor appears in the level lines: it has its own line per (ticket,
 * level), rate x minutes / 60 rounded once per line;</li>
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
     * @param carryIn minutes carried in per level
     * @throws IllegalArgumentException if no terms are in force or an input belongs elsewhere
     */
    public static MonthResult compute(Contract contract, YearMonth month, Collection<Booking> bookings,
            Collection<TopUp> topUps, LevelMinutes carryIn) {
        Terms terms = contract.termsFor(month).orElseThrow(() -> new IllegalArgumentException(
                "No terms in force for " + month + " in project " + contract.projectId()));
        // One pass over the bookings that checks them and groups the active ones by level.
        Map<SupportLevel, List<Booking>> activeByLevel = new EnumMap<>(SupportLevel.class);
        for (SupportLevel level : SupportLevel.values()) {
            activeByLevel.put(level, new ArrayList<>());
        }
        Map<ChangeRequestKey, Long> changeRequestMinutes = new HashMap<>();
        for (Booking b : bookings) {
            if (b.projectId() != contract.projectId() || !b.month().equals(month)) {
                throw new IllegalArgumentException("Booking " + b.worklogId() + " is not in " + month);
            }
            if (b.isChangeRequestWork()) {
                changeRequestMinutes.merge(new ChangeRequestKey(b.issueId(), b.level()), b.billedMinutes().toLong(),
                        Long::sum);
            } else if (b.isActive()) {
                activeByLevel.get(b.level()).add(b);
            }
        }
        for (TopUp t : topUps) {
            if (t.projectId() != contract.projectId() || !t.month().equals(month)) {
                throw new IllegalArgumentException("Top-up is not in " + month + ": " + t);
            }
        }
        List<MonthResult.LevelLine> lines = new ArrayList<>();
        for (SupportLevel level : SupportLevel.values()) {
            lines.add(levelLine(contract, terms, level, activeByLevel.get(level), topUps,
                    carryIn.get(level).toLong()));
        }
        return new MonthResult(contract.projectId(), month, contract.currency(), terms.overage(), lines,
                changeRequestLines(terms, changeRequestMinutes));
    }

    /** A ticket at a level: the key of a change-request line. */
    private record ChangeRequestKey(long issueId, SupportLevel level) {
    }

    private static final Comparator<ChangeRequestKey> CHANGE_REQUEST_ORDER = Comparator
            .comparingLong(ChangeRequestKey::issueId).thenComparing(ChangeRequestKey::level);

    /** One line per (ticket, level) with minutes, priced at the level's rate and rounded once per line. */
    private static List<MonthResult.ChangeRequestLine> changeRequestLines(Terms terms,
            Map<ChangeRequestKey, Long> minutes) {
        List<ChangeRequestKey> keys = new ArrayList<>(minutes.keySet());
        keys.sort(CHANGE_REQUEST_ORDER);
        List<MonthResult.ChangeRequestLine> lines = new ArrayList<>(keys.size());
        for (ChangeRequestKey key : keys) {
            long m = minutes.get(key);
            if (m != 0) {
                Money rate = terms.hourlyRate(key.level());
                lines.add(new MonthResult.ChangeRequestLine(key.issueId(), key.level(), rate, m, amount(rate, m)));
            }
        }
        return lines;
    }

    /**
     * The same month as {@link #compute}, from the month's ticket totals instead of its bookings: a level within its
     * contingent needs nothing else; for a level beyond it, {@code consumingInOrder} gives the level's consuming
     * bookings (active, not suspended) in consumption order (start, then worklog id), of which only those up to
     * where the contingent runs out are read. The result equals {@link #compute} over bookings with these totals.
     *
     * @param tickets the month's ticket totals (see {@link TicketTotal#recount})
     * @throws IllegalArgumentException if no terms are in force
     * @throws IllegalStateException if the bookings given run out before the totals say they should
     */
    public static MonthResult computeFromTotals(Contract contract, YearMonth month, Collection<TicketTotal> tickets,
            Collection<TopUp> topUps, LevelMinutes carryIn,
            java.util.function.Function<SupportLevel, java.util.Iterator<Booking>> consumingInOrder) {
        Terms terms = contract.termsFor(month).orElseThrow(() -> new IllegalArgumentException(
                "No terms in force for " + month + " in project " + contract.projectId()));
        for (TopUp t : topUps) {
            if (t.projectId() != contract.projectId() || !t.month().equals(month)) {
                throw new IllegalArgumentException("Top-up is not in " + month + ": " + t);
            }
        }
        Map<ChangeRequestKey, Long> changeRequestMinutes = new HashMap<>();
        for (TicketTotal t : tickets) {
            if (!t.changeRequestMinutes().isZero()) {
                changeRequestMinutes.merge(new ChangeRequestKey(t.issueId(), t.level()),
                        t.changeRequestMinutes().toLong(), Long::sum);
            }
        }
        List<MonthResult.LevelLine> lines = new ArrayList<>();
        for (SupportLevel level : SupportLevel.values()) {
            long base = terms.contingentMinutes(level).toLong();
            long topUp = topUps.stream().filter(t -> t.level() == level).mapToLong(t -> t.minutes().toLong()).sum();
            long levelCarryIn = carryIn.get(level).toLong();
            long available = base + topUp + levelCarryIn;
            Map<Long, long[]> perIssue = new HashMap<>();
            long used = 0;
            long suspended = 0;
            for (TicketTotal t : tickets) {
                if (t.level() == level && (!t.usedMinutes().isZero() || !t.suspendedMinutes().isZero())) {
                    long[] acc = perIssue.computeIfAbsent(t.issueId(), id -> new long[3]);
                    acc[0] += t.usedMinutes().toLong();
                    acc[2] += t.suspendedMinutes().toLong();
                    used += t.usedMinutes().toLong();
                    suspended += t.suspendedMinutes().toLong();
                }
            }
            if (used > available) {
                splitAtContingent(perIssue, available, consumingInOrder.apply(level));
            }
            lines.add(line(contract, terms, level, base, topUp, levelCarryIn, used, suspended, perIssue));
        }
        return new MonthResult(contract.projectId(), month, contract.currency(), terms.overage(), lines,
                changeRequestLines(terms, changeRequestMinutes));
    }

    /**
     * Moves each issue's minutes beyond the contingent from in-contingent to overage: the consuming bookings in
     * order fill {@code available}, the one that straddles its end is split, the rest is overage.
     */
    private static void splitAtContingent(Map<Long, long[]> perIssue, long available,
            java.util.Iterator<Booking> consumingInOrder) {
        Map<Long, Long> inByIssue = new HashMap<>();
        long remaining = available;
        while (remaining > 0) {
            if (!consumingInOrder.hasNext()) {
                throw new IllegalStateException("The bookings end before the contingent of " + available
                        + " minutes runs out, although the totals exceed it");
            }
            Booking b = consumingInOrder.next();
            long inPart = Math.min(b.billedMinutes().toLong(), remaining);
            inByIssue.merge(b.issueId(), inPart, Long::sum);
            remaining -= inPart;
        }
        for (Map.Entry<Long, long[]> issue : perIssue.entrySet()) {
            long[] acc = issue.getValue();
            long in = inByIssue.getOrDefault(issue.getKey(), 0L);
            if (in > acc[0]) {
                throw new IllegalStateException("Issue " + issue.getKey() + " has " + in
                        + " minutes in the contingent but only " + acc[0] + " in its totals");
            }
            acc[1] = acc[0] - in;
            acc[0] = in;
        }
        if (!perIssue.keySet().containsAll(inByIssue.keySet())) {
            throw new IllegalStateException("The bookings name issues the totals do not know");
        }
    }

    /** @param active the level's active bookings, in any order */
    private static MonthResult.LevelLine levelLine(Contract contract, Terms terms, SupportLevel level,
            List<Booking> active, Collection<TopUp> topUps, long carryIn) {
        long base = terms.contingentMinutes(level).toLong();
        long topUp = topUps.stream().filter(t -> t.level() == level).mapToLong(t -> t.minutes().toLong()).sum();
        long available = base + topUp + carryIn;

        // per issue: in-contingent, overage, suspended minutes; hashed, because a tree costs a search per booking.
        // All consuming work counts as in-contingent at first; what lies beyond the contingent is moved below.
        Map<Long, long[]> perIssue = new HashMap<>();
        Booking[] consuming = new Booking[active.size()];
        long[][] consumingAcc = new long[active.size()][];
        int consumingCount = 0;
        long earliest = Long.MAX_VALUE;
        long latest = Long.MIN_VALUE;
        long used = 0;
        long suspended = 0;
        for (Booking b : active) {
            long[] acc = perIssue.computeIfAbsent(b.issueId(), id -> new long[3]);
            long minutes = b.billedMinutes().toLong();
            if (b.suspended()) {
                acc[2] += minutes;
                suspended += minutes;
            } else {
                acc[0] += minutes;
                used += minutes;
                consuming[consumingCount] = b;
                consumingAcc[consumingCount++] = acc;
                earliest = Math.min(earliest, b.start().getEpochSecond());
                latest = Math.max(latest, b.start().getEpochSecond());
            }
        }
        if (used > available) {
            long[] over = overageMinutes(consuming, consumingCount, earliest, latest, available);
            for (int i = 0; i < consumingCount; i++) {
                consumingAcc[i][0] -= over[i];
                consumingAcc[i][1] += over[i];
            }
        }
        return line(contract, terms, level, base, topUp, carryIn, used, suspended, perIssue);
    }

    /**
     * The level line from its figures and the per-issue split (in-contingent, overage, suspended minutes): the one
     * place that prices a line and allocates it to tickets, whether the split came from bookings or from totals.
     */
    private static MonthResult.LevelLine line(Contract contract, Terms terms, SupportLevel level, long base,
            long topUp, long carryIn, long used, long suspended, Map<Long, long[]> perIssue) {
        long available = base + topUp + carryIn;
        boolean overageBilled = terms.overage() == OveragePolicy.BILLED_AT_RATE;
        long inContingent = Math.min(used, available);
        long overage = used - inContingent;
        long billed = inContingent + (overageBilled ? overage : 0);

        Money rate = terms.hourlyRate(level);
        long lineMinor = amountMinor(rate, billed);

        long[] issueIds = new long[perIssue.size()];
        int next = 0;
        for (Long issueId : perIssue.keySet()) {
            issueIds[next++] = issueId;
        }
        Arrays.sort(issueIds);
        long[][] ticketAcc = new long[issueIds.length][];
        long[] ticketBilled = new long[issueIds.length];
        for (int i = 0; i < ticketBilled.length; i++) {
            ticketAcc[i] = perIssue.get(issueIds[i]);
            ticketBilled[i] = ticketAcc[i][0] + (overageBilled ? ticketAcc[i][1] : 0);
        }
        long[] ticketMinor = allocate(lineMinor, rate.minorUnits(), ticketBilled);

        List<MonthResult.TicketLine> tickets = new ArrayList<>(issueIds.length);
        for (int i = 0; i < ticketBilled.length; i++) {
            long[] acc = ticketAcc[i];
            tickets.add(new MonthResult.TicketLine(issueIds[i], level, new Figures(acc[0], acc[1], acc[2],
                    ticketBilled[i], Money.ofMinor(contract.currency(), ticketMinor[i]))));
        }
        Figures figures = new Figures(inContingent, overage, suspended, billed,
                Money.ofMinor(contract.currency(), lineMinor));
        long carryOut = terms.carryOver().carryOut(level, Minutes.of(base + topUp), Minutes.of(carryIn),
                Minutes.of(used)).toLong();
        return new MonthResult.LevelLine(level, base, topUp, carryIn, rate, figures, carryOut, tickets);
    }

    /**
     * The minutes of each consuming booking that lie beyond {@code available}, in consumption order (start, then
     * worklog id); the booking that straddles the limit is split. Only the order around the point where the
     * contingent runs out matters, so instead of sorting all bookings they are bucketed by start second (bucket order
     * follows start order): whole buckets before that point stay in-contingent, whole buckets after it are overage,
     * and only the bucket where the contingent runs out is sorted. Linear in the number of bookings unless most of
     * them start within the same few seconds (then it sorts). The billing report's ticket lines and the per-booking
     * lines both come from here, so they cannot disagree.
     *
     * @return overage minutes per index of {@code consuming}
     */
    private static long[] overageMinutes(Booking[] consuming, int count, long earliestSecond, long latestSecond,
            long available) {
        // Instants span less than 2^56 seconds, so neither the span nor the bucket index overflows.
        long secondsPerBucket = (latestSecond - earliestSecond) / count + 1;
        long[] bucketMinutes = new long[count];
        int[] bucketOf = new int[count];
        for (int i = 0; i < count; i++) {
            bucketOf[i] = (int) ((consuming[i].start().getEpochSecond() - earliestSecond) / secondsPerBucket);
            bucketMinutes[bucketOf[i]] += consuming[i].billedMinutes().toLong();
        }
        // The caller ensures that the work exceeds the contingent, so the limit falls into some bucket.
        int limitBucket = 0;
        long remaining = available;
        while (remaining >= bucketMinutes[limitBucket]) {
            remaining -= bucketMinutes[limitBucket];
            limitBucket++;
        }
        long[] over = new long[count];
        List<Integer> atLimit = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (bucketOf[i] > limitBucket) {
                over[i] = consuming[i].billedMinutes().toLong();
            } else if (bucketOf[i] == limitBucket) {
                atLimit.add(i);
            }
        }
        atLimit.sort(Comparator.comparing((Integer i) -> consuming[i], CONSUMPTION_ORDER));
        for (int i : atLimit) {
            long minutes = consuming[i].billedMinutes().toLong();
            long inPart = Math.min(minutes, remaining);
            remaining -= inPart;
            over[i] = minutes - inPart;
        }
        return over;
    }

    /**
     * The month's active bookings one by one, in consumption order (start, then worklog id) over all levels, each
     * with its share of its level line (change-request work: of its change-request line, as billed minutes only): in-contingent, overage and suspended minutes as the billing report counts
     * them (a booking at the contingent's end is split), billed minutes, and its amount. The amounts of a level add
     * up exactly to the level line's amount (largest remainder over the bookings, ties to the earlier booking); they
     * are not the ticket lines' amounts summed, which are allocated over tickets instead.
     *
     * @param bookings the month's bookings (deleted ones are ignored); all must belong to the contract and month
     * @throws IllegalArgumentException if no terms are in force or an input belongs elsewhere
     */
    public static List<BookingLine> bookingLines(Contract contract, YearMonth month, Collection<Booking> bookings,
            Collection<TopUp> topUps, LevelMinutes carryIn) {
        MonthResult result = compute(contract, month, bookings, topUps, carryIn);
        Terms terms = contract.termsFor(month).orElseThrow();
        boolean overageBilled = terms.overage() == OveragePolicy.BILLED_AT_RATE;
        List<BookingLine> lines = new ArrayList<>();
        for (SupportLevel level : SupportLevel.values()) {
            List<Booking> active = bookings.stream()
                    .filter(b -> b.isActive() && !b.isChangeRequestWork() && b.level() == level)
                    .sorted(CONSUMPTION_ORDER).toList();
            Booking[] consuming = active.stream().filter(b -> !b.suspended()).toArray(Booking[]::new);
            MonthResult.LevelLine line = result.line(level);
            long[] over = new long[consuming.length];
            if (line.usedMinutes() > line.availableMinutes()) {
                long earliest = Long.MAX_VALUE;
                long latest = Long.MIN_VALUE;
                for (Booking b : consuming) {
                    earliest = Math.min(earliest, b.start().getEpochSecond());
                    latest = Math.max(latest, b.start().getEpochSecond());
                }
                over = overageMinutes(consuming, consuming.length, earliest, latest, line.availableMinutes());
            }
            long[] billed = new long[active.size()];
            long[][] split = new long[active.size()][];
            int next = 0;
            for (int i = 0; i < active.size(); i++) {
                Booking b = active.get(i);
                if (b.suspended()) {
                    split[i] = new long[] {0, 0, b.billedMinutes().toLong()};
                } else {
                    long overage = over[next++];
                    split[i] = new long[] {b.billedMinutes().toLong() - overage, overage, 0};
                }
                billed[i] = split[i][0] + (overageBilled ? split[i][1] : 0);
            }
            long[] minor = allocate(line.figures().amount().minorUnits(), line.hourlyRate().minorUnits(), billed);
            for (int i = 0; i < active.size(); i++) {
                lines.add(new BookingLine(active.get(i), new Figures(split[i][0], split[i][1], split[i][2],
                        billed[i], Money.ofMinor(contract.currency(), minor[i]))));
            }
        }
        for (MonthResult.ChangeRequestLine line : result.changeRequests()) {
            List<Booking> work = bookings.stream().filter(b -> b.isChangeRequestWork()
                    && b.issueId() == line.issueId() && b.level() == line.level()).sorted(CONSUMPTION_ORDER).toList();
            long[] minutes = work.stream().mapToLong(b -> b.billedMinutes().toLong()).toArray();
            long[] minor = allocate(line.amount().minorUnits(), line.hourlyRate().minorUnits(), minutes);
            for (int i = 0; i < work.size(); i++) {
                lines.add(new BookingLine(work.get(i), new Figures(0, 0, 0, minutes[i],
                        Money.ofMinor(contract.currency(), minor[i]))));
            }
        }
        lines.sort(Comparator.comparing(BookingLine::booking, CONSUMPTION_ORDER));
        return lines;
    }

    /** One active booking with its share of its level line (see {@link #bookingLines}). */
    public record BookingLine(Booking booking, Figures figures) {

        public BookingLine {
            Objects.requireNonNull(booking, "booking");
            Objects.requireNonNull(figures, "figures");
        }
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
     * <p>
     * Remainders of a division by 60 take only 60 values, so counting them finds the cut-off remainder without
     * sorting: linear in the number of shares.
     */
    static long[] allocate(long totalMinor, long rateMinor, long[] minutes) {
        int n = minutes.length;
        long[] result = new long[n];
        int[] remainder = new int[n];
        long[] sharesWithRemainder = new long[(int) MINUTES_PER_HOUR];
        long floorSum = 0;
        for (int i = 0; i < n; i++) {
            long numerator = Math.multiplyExact(rateMinor, minutes[i]);
            if (numerator < 0) {
                throw new IllegalArgumentException("Share " + i + " is negative: " + rateMinor + " x " + minutes[i]);
            }
            result[i] = numerator / MINUTES_PER_HOUR;
            remainder[i] = (int) (numerator % MINUTES_PER_HOUR);
            sharesWithRemainder[remainder[i]]++;
            floorSum += result[i];
        }
        long left = totalMinor - floorSum;
        if (left < 0 || left > n) {
            throw new IllegalStateException("Cannot allocate " + totalMinor + " over " + n + " shares");
        }
        // Every share above the cut-off remainder gets a unit; at the cut-off only the first ones by index.
        int cutOff = (int) MINUTES_PER_HOUR - 1;
        long above = 0;
        while (above + sharesWithRemainder[cutOff] < left) {
            above += sharesWithRemainder[cutOff];
            cutOff--;
        }
        long atCutOff = left - above;
        for (int i = 0; i < n; i++) {
            if (remainder[i] > cutOff) {
                result[i]++;
            } else if (remainder[i] == cutOff && atCutOff > 0) {
                result[i]++;
                atCutOff--;
            }
        }
        return result;
    }
}
