package de.tieredsupport.contingent.domain;

import static de.tieredsupport.contingent.domain.SupportLevel.L1;
import static de.tieredsupport.contingent.domain.SupportLevel.L2;
import static de.tieredsupport.contingent.domain.SupportLevel.L3;
import static de.tieredsupport.contingent.domain.TestData.PROJECT;
import static de.tieredsupport.contingent.domain.TestData.booking;
import static de.tieredsupport.contingent.domain.TestData.eur;
import static de.tieredsupport.contingent.domain.TestData.seedTerms;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.Test;

public class MonthCalculatorTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Contract SEED = TestData.seedContract(MARCH);

    private static MonthResult compute(Contract contract, List<Booking> bookings) {
        return MonthCalculator.compute(contract, MARCH, bookings, List.of(), LevelMinutes.ZERO);
    }

    private static TopUp topUp(SupportLevel level, long minutes) {
        return new TopUp(PROJECT, MARCH, level, Minutes.of(minutes), "admin", "customer approved", Instant.EPOCH);
    }

    //-----------------------------------------------------------------------
    // amount: rate x minutes / 60, HALF_UP once
    //-----------------------------------------------------------------------
    @Test
    public void shouldPriceMinutesExactly() {
        Object[][] table = {
                // minutes, rate, amount
                {0L, "70", "0.00"},
                {1L, "70", "1.17"},
                {5L, "70", "5.83"},
                {10L, "70", "11.67"},
                {35L, "70", "40.83"},
                {60L, "70", "70.00"},
                {480L, "70", "560.00"},
                {5L, "80", "6.67"},
                {25L, "80", "33.33"},
                {720L, "80", "960.00"},
                {5L, "90", "7.50"},
                {55L, "90", "82.50"},
                {720L, "90", "1080.00"},
                {1L, "0.30", "0.01"},   // 0.005 -> HALF_UP
                {1L, "0.29", "0.00"},   // 0.004833
                {5L, "0", "0.00"},
        };
        for (Object[] row : table) {
            assertEquals(row[0] + " min @ " + row[1], eur((String) row[2]),
                    MonthCalculator.amount(eur((String) row[1]), (Long) row[0]));
        }
    }

    @Test
    public void shouldRoundOncePerLevelLineNotPerBooking() {
        // 7 bookings of 5 minutes at 70/h: 35 min = 40.8333 -> 40.83, not 7 x 5.83 = 40.81
        List<Booking> bookings = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            bookings.add(booking(i).issue(100 + i).at("2026-03-02T09:0" + i).minutes(5).build());
        }
        MonthResult result = compute(SEED, bookings);
        MonthResult.LevelLine l1 = result.line(L1);

        assertEquals(35, l1.figures().billedMinutes());
        assertEquals(eur("40.83"), l1.figures().amount());
        // each ticket: 5.8333; floors 5.83 x 7 = 40.81; the 2 cents left go to the lowest issue ids (equal remainders)
        assertEquals(List.of(eur("5.84"), eur("5.84"), eur("5.83"), eur("5.83"), eur("5.83"), eur("5.83"),
                eur("5.83")), l1.tickets().stream().map(t -> t.figures().amount()).toList());
        assertEquals(List.of(101L, 102L, 103L, 104L, 105L, 106L, 107L),
                l1.tickets().stream().map(MonthResult.TicketLine::issueId).toList());
    }

    //-----------------------------------------------------------------------
    // change-request work: its own line per (ticket, level), outside the contingent
    //-----------------------------------------------------------------------
    @Test
    public void changeRequestWorkIsPricedOnItsOwnLineAndConsumesNothing() {
        // L1 480 min: 470 min of support on issue 1 leave 10 min; 3 x 5 min of change-request work on issue 2 would
        // run over the contingent if they consumed it, but they are billed apart: 15 min x 70.00 / 60 = 17.50
        List<Booking> bookings = new ArrayList<>();
        bookings.add(booking(1).issue(1).at("2026-03-02T09:00").minutes(470).build());
        for (int i = 0; i < 3; i++) {
            bookings.add(booking(10 + i).issue(2).at("2026-03-03T09:0" + i).minutes(5).changeRequest().build());
        }
        // change-request work at L3 on issue 2: 25 min x 90.00 / 60 = 37.50
        bookings.add(booking(20).issue(2).at("2026-03-04T09:00").minutes(25).level(L3).changeRequest().build());
        // even while suspended, change-request work is billed (a suspension concerns the contingent only)
        bookings.add(booking(21).issue(2).at("2026-03-04T10:00").minutes(5).level(L3).changeRequest().suspended()
                .build());
        MonthResult result = compute(SEED, bookings);

        assertEquals(470, result.line(L1).usedMinutes());
        assertEquals(0, result.line(L1).figures().overageMinutes());
        assertEquals(0, result.line(L3).usedMinutes());
        assertEquals(0, result.line(L3).figures().suspendedMinutes());
        assertEquals(List.of(
                new MonthResult.ChangeRequestLine(2, L1, eur("70"), 15, eur("17.50")),
                // 30 min x 90.00 / 60 = 45.00
                new MonthResult.ChangeRequestLine(2, L3, eur("90"), 30, eur("45.00"))), result.changeRequests());
        // 470 x 70 / 60 = 548.33; + 17.50 + 45.00 = 610.83
        assertEquals(eur("610.83"), result.totalAmount());
        assertEquals(470 + 15 + 30, result.totalBilledMinutes());
    }

    @Test
    public void changeRequestBookingLinesAddUpToTheirLine() {
        // 3 x 5 min at 80.00: the line is 15 min = 20.00; each booking 6.6667 -> 6.67, 6.67, 6.66 (largest remainder,
        // ties to the earlier booking)
        List<Booking> bookings = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            bookings.add(booking(30 + i).issue(5).at("2026-03-05T09:0" + i).minutes(5).level(L2).changeRequest()
                    .build());
        }
        List<MonthCalculator.BookingLine> lines = MonthCalculator.bookingLines(SEED, MARCH, bookings, List.of(),
                LevelMinutes.ZERO);
        assertEquals(List.of(eur("6.67"), eur("6.67"), eur("6.66")),
                lines.stream().map(l -> l.figures().amount()).toList());
        assertEquals(List.of(5L, 5L, 5L), lines.stream().map(l -> l.figures().billedMinutes()).toList());
        assertEquals(List.of(0L, 0L, 0L), lines.stream().map(l -> l.figures().inContingentMinutes()).toList());
    }

    @Test
    public void shouldGiveLeftoverCentsToTheLargestRemainder() {
        // L2 at 80/h: issue 1 25 min = 33.3333, issue 2 10 min = 13.3333, issue 3 20 min = 26.6667
        // line 55 min = 73.3333 -> 73.33; floors 33.33 + 13.33 + 26.66 = 73.32; 1 cent to issue 3 (.67 remainder)
        MonthResult result = compute(SEED, List.of(
                booking(1).issue(1).level(L2).minutes(25).build(),
                booking(2).issue(2).level(L2).minutes(10).build(),
                booking(3).issue(3).level(L2).minutes(20).build()));

        MonthResult.LevelLine l2 = result.line(L2);
        assertEquals(eur("73.33"), l2.figures().amount());
        assertEquals(List.of(eur("33.33"), eur("13.33"), eur("26.67")),
                l2.tickets().stream().map(t -> t.figures().amount()).toList());
    }

    //-----------------------------------------------------------------------
    // consumption order and splitting
    //-----------------------------------------------------------------------
    @Test
    public void shouldSplitTheBookingThatStraddlesTheLimit() {
        // L1 480 available: 470 min first, then a 20-minute booking: 10 in contingent, 10 over
        MonthResult result = compute(SEED, List.of(
                booking(1).issue(1).at("2026-03-02T09:00").minutes(470).build(),
                booking(2).issue(2).at("2026-03-20T09:00").minutes(20).build()));

        MonthResult.LevelLine l1 = result.line(L1);
        assertEquals(480, l1.availableMinutes());
        assertEquals(490, l1.usedMinutes());
        assertEquals(480, l1.figures().inContingentMinutes());
        assertEquals(10, l1.figures().overageMinutes());
        assertEquals(480, l1.figures().billedMinutes());
        assertEquals(eur("560.00"), l1.figures().amount());
        assertEquals(new Figures(10, 10, 0, 10, eur("11.67")), l1.tickets().get(1).figures());
        assertEquals(new Figures(470, 0, 0, 470, eur("548.33")), l1.tickets().get(0).figures());
    }

    @Test
    public void shouldConsumeInStartThenWorklogIdOrderRegardlessOfInputOrder() {
        Booking late = booking(1).issue(1).at("2026-03-20T09:00").minutes(400).build();
        Booking sameStartHigherId = booking(9).issue(9).at("2026-03-02T09:00").minutes(60).build();
        Booking sameStartLowerId = booking(3).issue(3).at("2026-03-02T09:00").minutes(60).build();

        MonthResult result = compute(SEED, List.of(late, sameStartHigherId, sameStartLowerId));

        // 3 (60) then 9 (60) then 1: 360 in, 40 over
        MonthResult.LevelLine l1 = result.line(L1);
        assertEquals(new Figures(360, 40, 0, 360, eur("420.00")), l1.tickets().get(0).figures());
        assertEquals(60, l1.tickets().get(1).figures().inContingentMinutes());
        assertEquals(60, l1.tickets().get(2).figures().inContingentMinutes());
    }

    @Test
    public void shouldBillOverageOnlyWhenThePolicySaysSo() {
        Contract billed = TestData.contract(seedTerms(MARCH).overage(OveragePolicy.BILLED_AT_RATE).build());
        List<Booking> bookings = List.of(booking(1).issue(1).minutes(470).build(),
                booking(2).issue(2).at("2026-03-03T09:00").minutes(20).build());

        MonthResult.LevelLine line = compute(billed, bookings).line(L1);
        assertEquals(new Figures(480, 10, 0, 490, eur("571.67")), line.figures());
        // 490 min = 571.6667 -> 571.67; shares 548.3333 and 23.3333 floor to 571.66, equal remainders:
        // the cent goes to the lower issue id
        assertEquals(eur("548.34"), line.tickets().get(0).figures().amount());
        assertEquals(new Figures(10, 10, 0, 20, eur("23.33")), line.tickets().get(1).figures());
        assertEquals(OveragePolicy.BILLED_AT_RATE, compute(billed, bookings).overagePolicy());
    }

    //-----------------------------------------------------------------------
    // zero contingent
    //-----------------------------------------------------------------------
    @Test
    public void shouldTreatEverythingAsOverageWithAZeroContingent() {
        Contract zero = TestData.contract(seedTerms(MARCH).level(L3, 0, "90").build());
        MonthResult.LevelLine l3 = compute(zero, List.of(booking(1).level(L3).minutes(5).build())).line(L3);

        assertEquals(0, l3.availableMinutes());
        assertEquals(new Figures(0, 5, 0, 0, eur("0.00")), l3.figures());
        assertEquals(new Figures(0, 5, 0, 0, eur("0.00")), l3.tickets().get(0).figures());
    }

    @Test
    public void shouldProduceEmptyLinesForAMonthWithoutWork() {
        MonthResult result = compute(SEED, List.of());
        for (SupportLevel level : SupportLevel.values()) {
            assertEquals(Figures.zero(TestData.EUR), result.line(level).figures());
            assertEquals(List.of(), result.line(level).tickets());
        }
        assertEquals(eur("0"), result.totalAmount());
    }

    //-----------------------------------------------------------------------
    // suspended and deleted bookings
    //-----------------------------------------------------------------------
    @Test
    public void shouldReportSuspendedWorkApartWithoutConsumingOrBilling() {
        MonthResult result = compute(SEED, List.of(
                booking(1).issue(1).minutes(470).build(),
                booking(2).issue(2).at("2026-03-25T09:00").minutes(30).suspended().build(),
                booking(3).issue(3).at("2026-03-26T09:00").minutes(10).build()));

        MonthResult.LevelLine l1 = result.line(L1);
        assertEquals(new Figures(480, 0, 30, 480, eur("560.00")), l1.figures());
        assertEquals(new Figures(0, 0, 30, 0, eur("0.00")), l1.tickets().get(1).figures());
        assertEquals(new Figures(10, 0, 0, 10, eur("11.67")), l1.tickets().get(2).figures());
    }

    @Test
    public void shouldIgnoreDeletedBookings() {
        MonthResult result = compute(SEED, List.of(booking(1).minutes(60).deleted().build()));
        assertEquals(0, result.line(L1).usedMinutes());
        assertEquals(List.of(), result.line(L1).tickets());
    }

    //-----------------------------------------------------------------------
    // levels, top-ups, carry-over
    //-----------------------------------------------------------------------
    @Test
    public void shouldKeepEachLevelApartAndAddTopUpsAndCarryIn() {
        MonthResult result = MonthCalculator.compute(SEED, MARCH, List.of(
                        booking(1).issue(7).level(L1).minutes(500).build(),
                        booking(2).issue(7).level(L2).minutes(60).build(),
                        booking(3).issue(7).level(L3).minutes(90).build()),
                List.of(topUp(L1, 15), topUp(L1, 10)), LevelMinutes.of(5, 0, 0));

        MonthResult.LevelLine l1 = result.line(L1);
        assertEquals(480, l1.baseMinutes());
        assertEquals(25, l1.topUpMinutes());
        assertEquals(5, l1.carryInMinutes());
        assertEquals(510, l1.availableMinutes());
        assertEquals(new Figures(500, 0, 0, 500, eur("583.33")), l1.figures());
        assertEquals(eur("80.00"), result.line(L2).figures().amount());
        assertEquals(eur("135.00"), result.line(L3).figures().amount());
        assertEquals(eur("798.33"), result.totalAmount());
        assertEquals(650, result.totalBilledMinutes());
        assertEquals(3, result.ticketLines().size());
    }

    @Test
    public void shouldCapTheCarryOut() {
        Contract carrying = TestData.contract(seedTerms(MARCH).carryOverUpTo(60, 600, 0).build());
        MonthResult result = MonthCalculator.compute(carrying, MARCH, List.of(
                booking(1).level(L1).minutes(400).build(),
                booking(2).level(L2).minutes(700).build()), List.of(), LevelMinutes.of(0, 100, 0));

        assertEquals("80 unused, capped at 60", 60, result.line(L1).carryOutMinutes());
        // L2: 100 carried in are used first; own used 600 of 720 -> 120 unused
        assertEquals(120, result.line(L2).carryOutMinutes());
        assertEquals("cap 0", 0, result.line(L3).carryOutMinutes());
    }

    //-----------------------------------------------------------------------
    // guards
    //-----------------------------------------------------------------------
    @Test
    public void shouldRejectBookingsOfAnotherMonthOrProject() {
        for (Booking wrong : List.of(booking(1).at("2026-04-01T00:00").build(), booking(1).project(2).build())) {
            try {
                compute(SEED, List.of(wrong));
                fail();
            } catch (IllegalArgumentException expected) {
                // ok
            }
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void shouldRejectAMonthWithoutTerms() {
        MonthCalculator.compute(SEED, YearMonth.of(2026, 2), List.of(), List.of(), LevelMinutes.ZERO);
    }

    //-----------------------------------------------------------------------
    // allocate
    //-----------------------------------------------------------------------
    @Test
    public void shouldAllocateWithDeterministicTieBreak() {
        // 3 x 1 minute at 1.00/h: shares 0.01667 each, total 0.05 -> 0.05 HALF_UP? 3/60 = 0.05 exactly = 5 minor
        assertEquals("[2, 2, 1]", java.util.Arrays.toString(MonthCalculator.allocate(5, 100, new long[] {1, 1, 1})));
        assertEquals("[0, 0]", java.util.Arrays.toString(MonthCalculator.allocate(0, 100, new long[] {0, 0})));
        assertEquals("[]", java.util.Arrays.toString(MonthCalculator.allocate(0, 100, new long[] {})));
    }

    @Test
    public void shouldAllocateTheUnitsLeftLikeSortingByRemainderThenIndex() {
        // Reference: the definition itself, all shares sorted by remainder (descending), then by index.
        SplittableRandom random = new SplittableRandom(4711);
        long[] rates = {1, 7, 100, 5999, 7000, 8000, 9000};
        for (int round = 0; round < 2000; round++) {
            long rate = rates[random.nextInt(rates.length)];
            long[] minutes = new long[random.nextInt(40)];
            long floorSum = 0;
            for (int i = 0; i < minutes.length; i++) {
                minutes[i] = random.nextInt(4) == 0 ? 0 : 5 * random.nextLong(100) + random.nextLong(5);
                floorSum += rate * minutes[i] / 60;
            }
            long left = random.nextLong(minutes.length + 1);
            long[] expected = new long[minutes.length];
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < minutes.length; i++) {
                expected[i] = rate * minutes[i] / 60;
                order.add(i);
            }
            order.sort(Comparator.<Integer>comparingLong(i -> -(rate * minutes[i] % 60)).thenComparingInt(i -> i));
            for (int k = 0; k < left; k++) {
                expected[order.get(k)]++;
            }
            assertArrayEquals("rate " + rate + ", minutes " + Arrays.toString(minutes) + ", left " + left,
                    expected, MonthCalculator.allocate(floorSum + left, rate, minutes));
        }
    }

    @Test
    public void shouldRejectAnAllocationThatCannotAddUp() {
        // floors 1 + 1 = 2 (remainders 40, 40): at most 4 can be allocated, at least 2
        assertEquals("[2, 2]", Arrays.toString(MonthCalculator.allocate(4, 100, new long[] {1, 1})));
        assertThrows(IllegalStateException.class, () -> MonthCalculator.allocate(5, 100, new long[] {1, 1}));
        assertThrows(IllegalStateException.class, () -> MonthCalculator.allocate(1, 100, new long[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> MonthCalculator.allocate(0, 100, new long[] {-1, 1}));
    }
}
