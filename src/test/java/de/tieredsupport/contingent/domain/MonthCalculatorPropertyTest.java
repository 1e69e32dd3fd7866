package de.tieredsupport.contingent.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.Test;

/** Invariants of the month computation over random worklog sets (fixed seeds, so failures reproduce). */
public class MonthCalculatorPropertyTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final int SEEDS = 300;

    private record Case(Contract contract, List<Booking> bookings, List<TopUp> topUps,
            LevelMinutes carryIn) {
    }

    private static Case randomCase(long seed) {
        Random r = new Random(seed);
        RoundingPolicy rounding = new RoundingPolicy(new int[] {1, 5, 15}[r.nextInt(3)],
                RoundingPolicy.Mode.values()[r.nextInt(3)]);
        int inc = rounding.incrementMinutes();
        TestData.TermsBuilder terms = TestData.seedTerms(MARCH).rounding(rounding)
                .overage(r.nextBoolean() ? OveragePolicy.NOT_BILLED : OveragePolicy.BILLED_AT_RATE);
        for (SupportLevel level : SupportLevel.values()) {
            // contingents 0 .. 15 h, rates 0.00 .. 150.00 with cents
            terms.level(level, (long) r.nextInt(181) * 5 / inc * inc,
                    BigDecimal.valueOf(r.nextInt(15_001), 2).toPlainString());
        }
        if (r.nextBoolean()) {
            terms.carryOverUpTo(inc * (long) r.nextInt(30), inc * (long) r.nextInt(30), inc * (long) r.nextInt(30));
        }
        Contract contract = TestData.contract(terms.build());
        BillingMonth month = contract.billingMonth(MARCH);
        long span = month.end().getEpochSecond() - month.start().getEpochSecond();
        List<Booking> bookings = new ArrayList<>();
        int n = r.nextInt(80);
        for (int i = 1; i <= n; i++) {
            Instant start = month.start().plusSeconds(Math.floorMod(r.nextLong(), span) / 3600 * 3600);
            long raw = r.nextInt(4) == 0 ? r.nextInt(3) : r.nextInt(4 * 3600);
            Booking b = Booking.of(i, 1 + r.nextInt(12), "agent", start, raw,
                    SupportLevel.values()[r.nextInt(3)], contract, r.nextInt(8) == 0, Instant.EPOCH);
            bookings.add(r.nextInt(10) == 0 ? b.asDeleted() : b);
        }
        List<TopUp> topUps = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            topUps.add(new TopUp(TestData.PROJECT, MARCH, SupportLevel.values()[r.nextInt(3)],
                    Minutes.of(inc * (1L + r.nextInt(24))), "admin", "", Instant.EPOCH));
        }
        LevelMinutes carryIn = LevelMinutes.ZERO.with(SupportLevel.L1, Minutes.of(inc * (long) r.nextInt(20)));
        return new Case(contract, bookings, topUps, carryIn);
    }

    private static MonthResult compute(Case c, List<Booking> bookings) {
        return MonthCalculator.compute(c.contract(), MARCH, bookings, c.topUps(), c.carryIn());
    }

    @Test
    public void shouldKeepLinesConsistentWithTheirTickets() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Case c = randomCase(seed);
            MonthResult result = compute(c, c.bookings());
            for (LevelLineCheck check : LevelLineCheck.of(result)) {
                Figures sum = Figures.zero(TestData.EUR);
                for (MonthResult.TicketLine t : check.line.tickets()) {
                    sum = sum.plus(t.figures());
                }
                assertEquals("seed " + seed + " " + check.line.level(), check.line.figures(), sum);
            }
        }
    }

    @Test
    public void shouldNeverBillMoreThanAvailableUnlessOverageIsBilled() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Case c = randomCase(seed);
            MonthResult result = compute(c, c.bookings());
            for (MonthResult.LevelLine line : result.levels()) {
                Figures f = line.figures();
                String where = "seed " + seed + " " + line.level();
                assertTrue(where, f.inContingentMinutes() <= line.availableMinutes());
                assertEquals(where, Math.max(0, line.usedMinutes() - line.availableMinutes()), f.overageMinutes());
                if (result.overagePolicy() == OveragePolicy.NOT_BILLED) {
                    assertTrue(where, f.billedMinutes() <= line.availableMinutes());
                    assertEquals(where, f.inContingentMinutes(), f.billedMinutes());
                } else {
                    assertEquals(where, line.usedMinutes(), f.billedMinutes());
                }
                assertEquals(where, MonthCalculator.amount(line.hourlyRate(), f.billedMinutes()), f.amount());
                long consumed = c.bookings().stream()
                        .filter(b -> b.consumesContingent() && b.level() == line.level())
                        .mapToLong(b -> b.billedMinutes().toLong()).sum();
                long suspended = c.bookings().stream()
                        .filter(b -> b.isActive() && b.suspended() && b.level() == line.level())
                        .mapToLong(b -> b.billedMinutes().toLong()).sum();
                assertEquals(where, consumed, line.usedMinutes());
                assertEquals(where, suspended, f.suspendedMinutes());
                assertTrue(where, line.carryOutMinutes() <= line.baseMinutes() + line.topUpMinutes());
            }
        }
    }

    @Test
    public void shouldAllocateEachTicketWithinOneMinorUnitOfItsExactShare() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Case c = randomCase(seed);
            for (MonthResult.LevelLine line : compute(c, c.bookings()).levels()) {
                for (MonthResult.TicketLine t : line.tickets()) {
                    BigDecimal exact = line.hourlyRate().amount()
                            .multiply(BigDecimal.valueOf(t.figures().billedMinutes()))
                            .divide(BigDecimal.valueOf(60), 10, java.math.RoundingMode.HALF_UP);
                    BigDecimal diff = t.figures().amount().amount().subtract(exact).abs();
                    assertTrue("seed " + seed + " " + t, diff.compareTo(new BigDecimal("0.01")) < 0);
                }
            }
        }
    }

    @Test
    public void shouldGiveTheSameResultWhateverTheInputOrderAndOnEveryRun() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Case c = randomCase(seed);
            MonthResult first = compute(c, c.bookings());
            assertEquals(first, compute(c, c.bookings()));
            List<Booking> shuffled = new ArrayList<>(c.bookings());
            Collections.shuffle(shuffled, new Random(seed * 31));
            assertEquals("seed " + seed, first, compute(c, shuffled));
        }
    }

    @Test
    public void shouldMatchIncrementalTotalsToTheResult() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Case c = randomCase(seed);
            MonthResult result = compute(c, c.bookings());
            MonthTotals totals = MonthTotals.empty(TestData.PROJECT, MARCH);
            for (Booking b : c.bookings()) {
                totals = totals.apply(null, b);
            }
            for (MonthResult.LevelLine line : result.levels()) {
                LevelTotals t = totals.level(line.level()).withAvailable(Minutes.of(line.availableMinutes()));
                assertEquals(Minutes.of(line.usedMinutes()), t.usedMinutes());
                assertEquals(Minutes.of(line.figures().suspendedMinutes()), t.suspendedMinutes());
                assertEquals(Minutes.of(line.figures().inContingentMinutes()), t.inContingentMinutes());
                assertEquals(Minutes.of(line.figures().overageMinutes()), t.overageMinutes());
            }
        }
    }

    @Test
    public void shouldSplitTicketsLikeConsumingEveryBookingInStartThenWorklogIdOrder() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Random r = new Random(seed);
            Contract contract = TestData.contract(TestData.seedTerms(MARCH)
                    .level(SupportLevel.L1, 5L * r.nextInt(4000), "70")
                    .level(SupportLevel.L2, 5L * r.nextInt(400), "80")
                    .overage(OveragePolicy.BILLED_AT_RATE).build());
            BillingMonth month = contract.billingMonth(MARCH);
            long span = month.end().getEpochSecond() - month.start().getEpochSecond();
            // starts spread over the month, crowded into a few seconds, or all in the same second
            int distinctSeconds = new int[] {Integer.MAX_VALUE, 1 + r.nextInt(5), 1}[r.nextInt(3)];
            long[] seconds = new long[Math.min(distinctSeconds, 1000)];
            for (int i = 0; i < seconds.length; i++) {
                seconds[i] = Math.floorMod(r.nextLong(), span);
            }
            int n = r.nextInt(1500);
            List<Long> worklogIds = new ArrayList<>();
            for (long id = 1; id <= n; id++) {
                worklogIds.add(id);
            }
            Collections.shuffle(worklogIds, r);
            List<Booking> bookings = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long second = distinctSeconds == Integer.MAX_VALUE ? Math.floorMod(r.nextLong(), span)
                        : seconds[r.nextInt(seconds.length)];
                Instant start = month.start().plusSeconds(second).plusMillis(r.nextInt(3) * 400L);
                bookings.add(Booking.of(worklogIds.get(i), 1 + r.nextInt(60), "agent", start,
                        1 + r.nextInt(3 * 3600), SupportLevel.values()[r.nextInt(2)], contract, r.nextInt(10) == 0,
                        Instant.EPOCH));
            }
            MonthResult result = MonthCalculator.compute(contract, MARCH, bookings, List.of(), LevelMinutes.ZERO);
            for (MonthResult.LevelLine line : result.levels()) {
                Map<Long, List<Long>> expected = sequentialConsumption(bookings, line.level(),
                        line.availableMinutes());
                Map<Long, List<Long>> actual = new java.util.TreeMap<>();
                for (MonthResult.TicketLine t : line.tickets()) {
                    actual.put(t.issueId(), List.of(t.figures().inContingentMinutes(),
                            t.figures().overageMinutes(), t.figures().suspendedMinutes()));
                }
                assertEquals("seed " + seed + " " + line.level(), expected, actual);
            }
        }
    }

    /** The rule as stated: every booking of the level in (start, worklog id) order, one after the other. */
    private static Map<Long, List<Long>> sequentialConsumption(List<Booking> bookings, SupportLevel level,
            long available) {
        List<Booking> ordered = new ArrayList<>(bookings.stream().filter(b -> b.level() == level).toList());
        ordered.sort(java.util.Comparator.comparing(Booking::start).thenComparingLong(Booking::worklogId));
        Map<Long, long[]> perIssue = new java.util.TreeMap<>();
        long remaining = available;
        for (Booking b : ordered) {
            long[] acc = perIssue.computeIfAbsent(b.issueId(), id -> new long[3]);
            if (b.suspended()) {
                acc[2] += b.billedMinutes().toLong();
            } else {
                long in = Math.min(remaining, b.billedMinutes().toLong());
                remaining -= in;
                acc[0] += in;
                acc[1] += b.billedMinutes().toLong() - in;
            }
        }
        Map<Long, List<Long>> result = new java.util.TreeMap<>();
        perIssue.forEach((issue, acc) -> result.put(issue, List.of(acc[0], acc[1], acc[2])));
        return result;
    }

    /** Small holder so the loop above reads as "for each level line". */
    private record LevelLineCheck(MonthResult.LevelLine line) {
        static List<LevelLineCheck> of(MonthResult result) {
            return result.levels().stream().map(LevelLineCheck::new).toList();
        }
    }
}
