package de.tieredsupport.contingent.domain;

import static de.tieredsupport.contingent.domain.SupportLevel.L1;
import static de.tieredsupport.contingent.domain.SupportLevel.L2;
import static de.tieredsupport.contingent.domain.TestData.booking;
import static de.tieredsupport.contingent.domain.TestData.eur;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.time.YearMonth;
import java.util.List;
import org.junit.Test;

public class AdjustmentTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    private static final YearMonth MAY = YearMonth.of(2026, 5);
    private static final Contract SEED = TestData.seedContract(MARCH);

    private static MonthResult march(Booking... bookings) {
        return MonthCalculator.compute(SEED, MARCH, List.of(bookings), List.of(), LevelMinutes.ZERO);
    }

    @Test
    public void shouldBeEmptyWhenNothingChanged() {
        MonthResult snapshot = march(booking(1).issue(1).minutes(5).build());
        assertFalse(Adjustment.due(snapshot, snapshot, List.of(), APRIL).isPresent());
    }

    @Test
    public void shouldReportALateLogAsThePositiveDifference() {
        Booking b1 = booking(1).issue(1).minutes(5).build();
        MonthResult snapshot = march(b1);
        MonthResult now = march(b1, booking(2).issue(2).minutes(5).build());

        Adjustment a = Adjustment.due(now, snapshot, List.of(), APRIL).orElseThrow();

        // 5 min at 70 = 5.83 settled; now 10 min = 11.67 -> +5.84 (the line is rounded once, not per booking)
        assertEquals(MARCH, a.closedMonth());
        assertEquals(APRIL, a.reportedIn());
        assertEquals(new Figures(5, 0, 0, 5, eur("5.84")), a.level(L1));
        assertEquals(Figures.zero(TestData.EUR), a.level(L2));
        assertEquals(eur("5.84"), a.totalAmount());
        // issue 1 was settled at 5.83 and still gets 5.84 of 11.67 now (tie-break by issue id): +0.01
        assertEquals(List.of(new MonthResult.TicketLine(1, L1, new Figures(0, 0, 0, 0, eur("0.01"))),
                        new MonthResult.TicketLine(2, L1, new Figures(5, 0, 0, 5, eur("5.83")))),
                a.tickets());
    }

    @Test
    public void shouldReportDeletionAndLevelCorrectionAsSignedDifferences() {
        Booking b1 = booking(1).issue(1).minutes(60).build();
        Booking b2 = booking(2).issue(2).minutes(30).build();
        MonthResult snapshot = march(b1, b2);
        MonthResult now = march(b1.withLevel(L2));

        Adjustment a = Adjustment.due(now, snapshot, List.of(), APRIL).orElseThrow();
        assertEquals(new Figures(-90, 0, 0, -90, eur("-105.00")), a.level(L1));
        assertEquals(new Figures(60, 0, 0, 60, eur("80.00")), a.level(L2));
        assertEquals(eur("-25.00"), a.totalAmount());
        assertEquals(3, a.tickets().size());
    }

    @Test
    public void shouldSubtractWhatLaterClosesAlreadySettled() {
        Booking b1 = booking(1).issue(1).minutes(5).build();
        Booking b2 = booking(2).issue(2).minutes(5).build();
        MonthResult snapshot = march(b1);
        Adjustment settledInApril = Adjustment.due(march(b1, b2), snapshot, List.of(), APRIL).orElseThrow();

        // nothing new since April's close: nothing due in May
        assertFalse(Adjustment.due(march(b1, b2), snapshot, List.of(settledInApril), MAY).isPresent());

        // another late log: only the new difference is due
        MonthResult later = march(b1, b2, booking(3).issue(3).minutes(5).build());
        Adjustment may = Adjustment.due(later, snapshot, List.of(settledInApril), MAY).orElseThrow();
        // 15 min = 17.50; settled 5.83 + 5.84 = 11.67 -> +5.83
        assertEquals(new Figures(5, 0, 0, 5, eur("5.83")), may.level(L1));
    }
}
