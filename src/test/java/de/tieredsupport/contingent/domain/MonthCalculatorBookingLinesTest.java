package de.tieredsupport.contingent.domain;

import static de.tieredsupport.contingent.domain.SupportLevel.L1;
import static de.tieredsupport.contingent.domain.SupportLevel.L2;
import static de.tieredsupport.contingent.domain.TestData.booking;
import static de.tieredsupport.contingent.domain.TestData.eur;
import static de.tieredsupport.contingent.domain.TestData.seedTerms;
import static org.junit.Assert.assertEquals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.Test;

/** Per-booking lines: the billing report's split, booking by booking, in consumption order. */
public class MonthCalculatorBookingLinesTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private static List<MonthCalculator.BookingLine> lines(Contract contract, List<Booking> bookings) {
        return MonthCalculator.bookingLines(contract, MARCH, bookings, List.of(), LevelMinutes.ZERO);
    }

    /** L1: 480 min available; 300 + 200 min, the second straddles the limit; suspended work; a later 30 min. */
    private static List<Booking> straddling() {
        return List.of(
                booking(4).issue(12).at("2026-03-20T09:00").minutes(30).build(),
                booking(2).issue(11).at("2026-03-10T09:00").minutes(200).build(),
                booking(3).issue(12).at("2026-03-12T09:00").minutes(60).suspended().build(),
                booking(1).issue(11).at("2026-03-02T09:00").minutes(300).build(),
                booking(5).issue(13).at("2026-03-02T09:00").minutes(45).level(L2).build(),
                booking(6).issue(13).at("2026-03-03T09:00").minutes(15).level(L2).deleted().build());
    }

    @Test
    public void theBookingAtTheContingentsEndIsSplitAndSuspendedWorkStaysApart() {
        List<MonthCalculator.BookingLine> lines = lines(TestData.seedContract(MARCH), straddling());
        // consumption order over all levels: start, then worklog id; the deleted booking is left out
        assertEquals(List.of(1L, 5L, 2L, 3L, 4L), lines.stream().map(l -> l.booking().worklogId()).toList());
        assertFigures(lines.get(0), 300, 0, 0, 300, "350.00");
        assertFigures(lines.get(1), 45, 0, 0, 45, "60.00");
        assertFigures(lines.get(2), 180, 20, 0, 180, "210.00");
        assertFigures(lines.get(3), 0, 0, 60, 0, "0.00");
        assertFigures(lines.get(4), 0, 30, 0, 0, "0.00");
    }

    @Test
    public void overageBilledAtRateCountsAsInvoicedAndAmountsAddUpToTheLine() {
        Contract billed = TestData.contract(seedTerms(MARCH).overage(OveragePolicy.BILLED_AT_RATE).build());
        List<MonthCalculator.BookingLine> lines = lines(billed, straddling());
        assertFigures(lines.get(2), 180, 20, 0, 200, "233.33");
        assertFigures(lines.get(4), 0, 30, 0, 30, "35.00");
        MonthResult result = MonthCalculator.compute(billed, MARCH, straddling(), List.of(), LevelMinutes.ZERO);
        assertEquals(result.line(L1).figures(), sumOfLevel(lines, L1));
    }

    @Test
    public void perBookingFiguresAddUpToTheReportsLevelAndTicketLinesForRandomMonths() {
        SplittableRandom random = new SplittableRandom(15);
        for (int round = 0; round < 300; round++) {
            Contract contract = TestData.contract(seedTerms(MARCH).level(L1, 5 * random.nextInt(0, 120), "70.50")
                    .overage(random.nextBoolean() ? OveragePolicy.BILLED_AT_RATE : OveragePolicy.NOT_BILLED)
                    .build());
            List<Booking> bookings = new ArrayList<>();
            int count = random.nextInt(0, 40);
            for (int i = 0; i < count; i++) {
                // few distinct start times, so equal starts are ordered by worklog id
                String at = String.format("2026-03-%02dT%02d:00", random.nextInt(1, 4), random.nextInt(8, 10));
                TestData.BookingBuilder b = booking(1000 - i).issue(random.nextInt(1, 6)).at(at)
                        .minutes(5 * random.nextInt(1, 30)).level(SupportLevel.values()[random.nextInt(0, 3)]);
                if (random.nextInt(8) == 0) {
                    b.suspended();
                }
                if (random.nextInt(10) == 0) {
                    b.deleted();
                }
                bookings.add(b.build());
            }
            MonthResult result = MonthCalculator.compute(contract, MARCH, bookings, List.of(), LevelMinutes.ZERO);
            List<MonthCalculator.BookingLine> lines = lines(contract, bookings);
            for (SupportLevel level : SupportLevel.values()) {
                assertEquals("round " + round + " " + level, result.line(level).figures(), sumOfLevel(lines, level));
                for (MonthResult.TicketLine ticket : result.line(level).tickets()) {
                    Figures minutes = sumOfTicket(lines, level, ticket.issueId());
                    assertEquals(ticket.figures().inContingentMinutes(), minutes.inContingentMinutes());
                    assertEquals(ticket.figures().overageMinutes(), minutes.overageMinutes());
                    assertEquals(ticket.figures().suspendedMinutes(), minutes.suspendedMinutes());
                    assertEquals(ticket.figures().billedMinutes(), minutes.billedMinutes());
                }
            }
        }
    }

    private static Figures sumOfLevel(List<MonthCalculator.BookingLine> lines, SupportLevel level) {
        Figures sum = Figures.zero(TestData.EUR);
        for (MonthCalculator.BookingLine line : lines) {
            if (line.booking().level() == level) {
                sum = sum.plus(line.figures());
            }
        }
        return sum;
    }

    private static Figures sumOfTicket(List<MonthCalculator.BookingLine> lines, SupportLevel level, long issueId) {
        Map<Long, Figures> perIssue = new HashMap<>();
        for (MonthCalculator.BookingLine line : lines) {
            if (line.booking().level() == level) {
                perIssue.merge(line.booking().issueId(), line.figures(), Figures::plus);
            }
        }
        return perIssue.get(issueId);
    }

    private static void assertFigures(MonthCalculator.BookingLine line, long in, long over, long suspended,
            long invoiced, String amount) {
        String which = "worklog " + line.booking().worklogId();
        assertEquals(which, in, line.figures().inContingentMinutes());
        assertEquals(which, over, line.figures().overageMinutes());
        assertEquals(which, suspended, line.figures().suspendedMinutes());
        assertEquals(which, invoiced, line.figures().billedMinutes());
        assertEquals(which, eur(amount), line.figures().amount());
    }
}
