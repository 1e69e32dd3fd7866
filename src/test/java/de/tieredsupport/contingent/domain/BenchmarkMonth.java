package de.tieredsupport.contingent.domain;

import static de.tieredsupport.contingent.domain.SupportLevel.L1;
import static de.tieredsupport.contingent.domain.SupportLevel.L2;
import static de.tieredsupport.contingent.domain.SupportLevel.L3;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One contract month with a given number of bookings, generated from a fixed seed for the benchmarks: all three
 * levels, about ten worklogs per ticket, tickets escalated during the month, top-ups on L1 and L2, carry-in on
 * L2, a suspension of L3, deleted worklogs, and contingents sized so that every level has both in-contingent work
 * and overage (billed at the rate). March 2026 includes the switch to summer time in the contract's zone.
 * <p>
 * The bookings come in worklog id order, as a store hands them out: worklogs are created some time after the
 * work started (up to two days later), so the start times are nearly but not fully ordered.
 */
final class BenchmarkMonth {

    static final YearMonth MONTH = YearMonth.of(2026, 3);

    /** The default: about ten worklogs per ticket and month. */
    static final int WORKLOGS_PER_TICKET = 10;
    private static final long MAX_LOGGING_DELAY_SECONDS = Duration.ofDays(2).toSeconds();
    /** Share of the level's work the contingent covers; the rest is overage. */
    private static final int CONTINGENT_PERCENT = 85;

    final Contract contract;
    final List<Booking> bookings;
    final List<TopUp> topUps;
    final LevelMinutes carryIn;
    final Suspension suspension;

    private BenchmarkMonth(Contract contract, List<Booking> bookings, List<TopUp> topUps,
            LevelMinutes carryIn, Suspension suspension) {
        this.contract = contract;
        this.bookings = bookings;
        this.topUps = topUps;
        this.carryIn = carryIn;
        this.suspension = suspension;
    }

    MonthResult compute() {
        return MonthCalculator.compute(contract, MONTH, bookings, topUps, carryIn);
    }

    static BenchmarkMonth generate(int bookingCount, long seed) {
        return generate(bookingCount, WORKLOGS_PER_TICKET, seed);
    }

    static BenchmarkMonth generate(int bookingCount, int worklogsPerTicket, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        BillingMonth month = BillingMonth.of(MONTH, TestData.BERLIN);
        long monthSeconds = Duration.between(month.start(), month.end()).toSeconds();

        // Contingents are sized after the work is known; the rounding (5 minutes up) is what matters here.
        Contract provisional = contractWithContingents(new EnumMap<>(Map.of(L1, 0L, L2, 0L, L3, 0L)));
        Suspension suspension = new Suspension(TestData.PROJECT, MONTH, 1, L3,
                TestData.berlin("2026-03-20T10:00"), TestData.berlin("2026-03-23T10:00"), "customer",
                "budget review", "customer");

        int ticketCount = Math.max(3, bookingCount / worklogsPerTicket);
        SupportLevel[] ticketLevel = new SupportLevel[ticketCount];
        Instant[] escalatedAt = new Instant[ticketCount];
        for (int t = 0; t < ticketCount; t++) {
            int draw = random.nextInt(100);
            ticketLevel[t] = draw < 60 ? L1 : draw < 90 ? L2 : L3;
            if (ticketLevel[t] != L3 && random.nextInt(100) < 20) {
                escalatedAt[t] = month.start().plusSeconds(random.nextLong(monthSeconds));
            }
        }

        Work[] work = new Work[bookingCount];
        for (int i = 0; i < bookingCount; i++) {
            Instant start = month.start().plusSeconds(random.nextLong(monthSeconds));
            Instant logged = start.plusSeconds(random.nextLong(MAX_LOGGING_DELAY_SECONDS));
            work[i] = new Work(random.nextInt(ticketCount), start, logged, rawSeconds(random),
                    random.nextInt(100) == 0);
        }
        Arrays.sort(work, Comparator.comparing(Work::logged));

        List<Booking> bookings = new ArrayList<>(bookingCount);
        Map<SupportLevel, Long> workMinutes = new EnumMap<>(Map.of(L1, 0L, L2, 0L, L3, 0L));
        for (int i = 0; i < bookingCount; i++) {
            Work w = work[i];
            SupportLevel level = ticketLevel[w.ticket];
            if (escalatedAt[w.ticket] != null && !w.start.isBefore(escalatedAt[w.ticket])) {
                level = SupportLevel.values()[level.ordinal() + 1];
            }
            // Fresh instants, as a store creates them row by row: the bookings' objects lie together in memory.
            Instant start = Instant.ofEpochSecond(w.start.getEpochSecond());
            Booking booking = Booking.of(1_000_000L + i, 500_000L + w.ticket, "agent" + (w.ticket % 25),
                    start, w.rawSeconds, level, provisional, suspension.covers(level, start),
                    Instant.ofEpochSecond(w.logged.getEpochSecond()));
            if (w.deleted) {
                booking = booking.asDeleted();
            } else if (booking.consumesContingent()) {
                workMinutes.merge(level, booking.billedMinutes().toLong(), Long::sum);
            }
            bookings.add(booking);
        }

        List<TopUp> topUps = List.of(
                new TopUp(TestData.PROJECT, MONTH, L1, Minutes.of(60), "customer", "urgent rollout",
                        TestData.berlin("2026-03-10T14:00")),
                new TopUp(TestData.PROJECT, MONTH, L2, Minutes.of(120), "customer", "migration weekend",
                        TestData.berlin("2026-03-15T09:30")));
        LevelMinutes carryIn = LevelMinutes.ZERO.with(L2, Minutes.of(60));
        Map<SupportLevel, Long> contingents = new EnumMap<>(SupportLevel.class);
        for (SupportLevel level : SupportLevel.values()) {
            long share = workMinutes.get(level) * CONTINGENT_PERCENT / 100;
            contingents.put(level, share - share % RoundingPolicy.DEFAULT_INCREMENT_MINUTES);
        }
        BenchmarkMonth result = new BenchmarkMonth(contractWithContingents(contingents), List.copyOf(bookings),
                topUps, carryIn, suspension);
        result.requireEveryFeature();
        return result;
    }

    /** Calls of a few minutes, ordinary tickets, and long sessions. */
    private static long rawSeconds(SplittableRandom random) {
        int kind = random.nextInt(100);
        if (kind < 40) {
            return 60 + random.nextLong(15 * 60);
        }
        if (kind < 85) {
            return 15 * 60 + random.nextLong(75 * 60);
        }
        return 90 * 60 + random.nextLong(150 * 60);
    }

    private static Contract contractWithContingents(Map<SupportLevel, Long> minutes) {
        Terms terms = TestData.seedTerms(MONTH)
                .level(L1, minutes.get(L1), "70")
                .level(L2, minutes.get(L2), "80")
                .level(L3, minutes.get(L3), "90")
                .carryOverUpTo(60, 120, 120)
                .overage(OveragePolicy.BILLED_AT_RATE)
                .build();
        return TestData.contract(terms);
    }

    /** The generated month must exercise what the benchmark claims to measure, at every size. */
    private void requireEveryFeature() {
        MonthResult result = compute();
        for (MonthResult.LevelLine line : result.levels()) {
            if (line.figures().inContingentMinutes() == 0 || line.figures().overageMinutes() == 0) {
                throw new IllegalStateException("Level " + line.level() + " lacks in-contingent work or overage: "
                        + line.figures());
            }
        }
        if (result.line(L3).figures().suspendedMinutes() == 0) {
            throw new IllegalStateException("No suspended work on L3");
        }
        if (bookings.stream().noneMatch(b -> !b.isActive())) {
            throw new IllegalStateException("No deleted booking");
        }
    }

    private record Work(int ticket, Instant start, Instant logged, long rawSeconds, boolean deleted) {
    }
}
