package de.tieredsupport.contingent.domain;

import static de.tieredsupport.contingent.domain.SupportLevel.L1;
import static de.tieredsupport.contingent.domain.SupportLevel.L2;
import static de.tieredsupport.contingent.domain.TestData.booking;
import static de.tieredsupport.contingent.domain.TestData.seedTerms;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.Test;

/**
 * The report from ticket totals plus the consuming bookings up to the contingent's end equals the report from every
 * booking: ties at equal starts, splits at the limit, suspended, change-request and deleted work, top-ups and
 * carry-in, both overage policies. Only the prefix of a level beyond its contingent is read.
 */
public class MonthCalculatorFromTotalsTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Comparator<Booking> ORDER = Comparator.comparing(Booking::start)
            .thenComparingLong(Booking::worklogId);

    /** The consuming bookings of each level in order, counting every booking handed out. */
    private static Function<SupportLevel, Iterator<Booking>> consuming(List<Booking> bookings, AtomicInteger read) {
        return level -> {
            Iterator<Booking> inOrder = bookings.stream().filter(b -> b.level() == level && b.consumesContingent())
                    .sorted(ORDER).toList().iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return inOrder.hasNext();
                }

                @Override
                public Booking next() {
                    read.incrementAndGet();
                    return inOrder.next();
                }
            };
        };
    }

    @Test
    public void equalsTheReportFromEveryBookingForRandomMonths() {
        SplittableRandom random = new SplittableRandom(13);
        for (int round = 0; round < 500; round++) {
            Contract contract = TestData.contract(seedTerms(MARCH).level(L1, 5 * random.nextInt(0, 120), "70.50")
                    .level(L2, 5 * random.nextInt(0, 60), "80.00")
                    .overage(random.nextBoolean() ? OveragePolicy.BILLED_AT_RATE : OveragePolicy.NOT_BILLED)
                    .build());
            List<Booking> bookings = new ArrayList<>();
            int count = random.nextInt(0, 60);
            for (int i = 0; i < count; i++) {
                // few distinct start times, so equal starts are ordered by worklog id
                String at = String.format("2026-03-%02dT%02d:00", random.nextInt(1, 4), random.nextInt(8, 10));
                TestData.BookingBuilder b = booking(1000 - i).issue(random.nextInt(1, 8)).at(at)
                        .minutes(5 * random.nextInt(1, 30)).level(SupportLevel.values()[random.nextInt(0, 3)]);
                if (random.nextInt(8) == 0) {
                    b.suspended();
                }
                if (random.nextInt(6) == 0) {
                    b.changeRequest();
                }
                if (random.nextInt(10) == 0) {
                    b.deleted();
                }
                bookings.add(b.build());
            }
            List<TopUp> topUps = random.nextBoolean() ? List.of()
                    : List.of(new TopUp(TestData.PROJECT, MARCH, L1, Minutes.of(5L * random.nextInt(1, 30)), "admin", "",
                            java.time.Instant.parse("2026-03-01T10:00:00Z")));
            LevelMinutes carryIn = random.nextBoolean() ? LevelMinutes.ZERO
                    : LevelMinutes.ZERO.with(L2, Minutes.of(5L * random.nextInt(0, 20)));

            MonthResult fromBookings = MonthCalculator.compute(contract, MARCH, bookings, topUps, carryIn);
            MonthResult fromTotals = MonthCalculator.computeFromTotals(contract, MARCH,
                    TicketTotal.recount(bookings), topUps, carryIn, consuming(bookings, new AtomicInteger()));
            assertEquals("round " + round, fromBookings, fromTotals);
        }
    }

    @Test
    public void readsOnlyTheBookingsUpToTheContingentsEnd() {
        // L1: 480 min; ten bookings of 60 min on two issues: the 8th fills it, the last two are not read
        List<Booking> bookings = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            bookings.add(booking(i).issue(i % 2 == 0 ? 11 : 12).at(String.format("2026-03-%02dT09:00", i))
                    .minutes(60).build());
        }
        AtomicInteger read = new AtomicInteger();
        MonthResult result = MonthCalculator.computeFromTotals(TestData.seedContract(MARCH), MARCH,
                TicketTotal.recount(bookings), List.of(), LevelMinutes.ZERO, consuming(bookings, read));
        assertEquals(8, read.get());
        assertEquals(480, result.line(L1).figures().inContingentMinutes());
        assertEquals(120, result.line(L1).figures().overageMinutes());
        // bookings 9 (issue 12) and 10 (issue 11) are the overage
        assertEquals(60, result.line(L1).tickets().get(0).figures().overageMinutes());
        assertEquals(60, result.line(L1).tickets().get(1).figures().overageMinutes());
    }

    @Test
    public void aLevelWithinItsContingentReadsNoBooking() {
        List<Booking> bookings = List.of(booking(1).issue(11).at("2026-03-02T09:00").minutes(60).build());
        AtomicInteger read = new AtomicInteger();
        MonthCalculator.computeFromTotals(TestData.seedContract(MARCH), MARCH, TicketTotal.recount(bookings),
                List.of(), LevelMinutes.ZERO, consuming(bookings, read));
        assertEquals(0, read.get());
    }

    @Test
    public void totalsThatDisagreeWithTheBookingsAreRefused() {
        List<Booking> bookings = List.of(booking(1).issue(11).at("2026-03-02T09:00").minutes(300).build(),
                booking(2).issue(11).at("2026-03-03T09:00").minutes(300).build());
        List<TicketTotal> tooMuch = List.of(new TicketTotal(11, L1, Minutes.of(900), Minutes.of(0)));
        assertThrows(IllegalStateException.class, () -> MonthCalculator.computeFromTotals(
                TestData.seedContract(MARCH), MARCH, tooMuch, List.of(), LevelMinutes.ZERO,
                level -> List.<Booking>of().iterator()));
        List<TicketTotal> otherIssue = List.of(new TicketTotal(99, L1, Minutes.of(600), Minutes.of(0)));
        assertThrows(IllegalStateException.class, () -> MonthCalculator.computeFromTotals(
                TestData.seedContract(MARCH), MARCH, otherIssue, List.of(), LevelMinutes.ZERO,
                consuming(bookings, new AtomicInteger())));
    }

    @Test
    public void changesAppliedOneByOneEqualTheRecount() {
        Booking logged = booking(1).issue(11).at("2026-03-02T09:00").minutes(60).build();
        Booking moved = booking(1).issue(12).at("2026-03-02T09:00").minutes(90).level(L2).build();
        Booking suspended = moved.withSuspended(true);
        List<TicketTotal.Change> all = new ArrayList<>();
        all.addAll(TicketTotal.changes(null, logged));
        all.addAll(TicketTotal.changes(logged, moved));
        all.addAll(TicketTotal.changes(moved, suspended));
        all.addAll(TicketTotal.changes(suspended, suspended));
        Map<List<Object>, TicketTotal> totals = new java.util.LinkedHashMap<>();
        for (TicketTotal.Change c : all) {
            List<Object> key = List.of(c.issueId(), c.level());
            totals.put(key, totals.getOrDefault(key, new TicketTotal(c.issueId(), c.level(), Minutes.of(0), Minutes.of(0))).plus(c));
        }
        totals.values().removeIf(TicketTotal::isEmpty);
        assertEquals(TicketTotal.recount(List.of(suspended)), new ArrayList<>(totals.values()));
        assertEquals(List.of(), TicketTotal.changes(suspended, suspended));
        assertEquals(List.of(), TicketTotal.changes(suspended.asDeleted(), null));
    }
}
