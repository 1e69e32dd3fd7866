package de.tieredsupport.contingent.domain;

import static de.tieredsupport.contingent.domain.SupportLevel.L1;
import static de.tieredsupport.contingent.domain.SupportLevel.L2;
import static de.tieredsupport.contingent.domain.TestData.PROJECT;
import static de.tieredsupport.contingent.domain.TestData.booking;
import static org.junit.Assert.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.junit.Test;

public class MonthTotalsTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    private final MonthTotals march = MonthTotals.empty(PROJECT, MARCH);

    //-----------------------------------------------------------------------
    // apply
    //-----------------------------------------------------------------------
    @Test
    public void shouldAddRemoveAndReplaceOneBooking() {
        Booking b = booking(1).minutes(30).build();
        MonthTotals created = march.apply(null, b);
        assertEquals(new LevelTotals(Minutes.of(30), Minutes.of(0), Minutes.of(0)), created.level(L1));

        MonthTotals edited = created.apply(b, booking(1).minutes(45).build());
        assertEquals(Minutes.of(45), edited.level(L1).usedMinutes());

        MonthTotals deleted = edited.apply(booking(1).minutes(45).build(), booking(1).minutes(45).deleted().build());
        assertEquals(LevelTotals.ZERO, deleted.level(L1));
    }

    @Test
    public void shouldMoveMinutesBetweenLevelsAndIntoSuspended() {
        Booking b = booking(1).minutes(30).build();
        MonthTotals t = march.apply(null, b).apply(b, b.withLevel(L2));
        assertEquals(Minutes.of(0), t.level(L1).usedMinutes());
        assertEquals(Minutes.of(30), t.level(L2).usedMinutes());

        MonthTotals s = t.apply(b.withLevel(L2), b.withLevel(L2).withSuspended(true));
        assertEquals(new LevelTotals(Minutes.of(0), Minutes.of(30), Minutes.of(0)), s.level(L2));
    }

    @Test
    public void shouldIgnoreTheSideOfAChangeThatBelongsToAnotherMonth() {
        Booking inMarch = booking(1).at("2026-03-31T23:59").minutes(30).build();
        Booking inApril = booking(1).at("2026-04-01T00:00").minutes(30).build();
        MonthTotals m = march.apply(null, inMarch).apply(inMarch, inApril);
        MonthTotals a = MonthTotals.empty(PROJECT, APRIL).apply(inMarch, inApril);
        assertEquals(Minutes.of(0), m.level(L1).usedMinutes());
        assertEquals(Minutes.of(30), a.level(L1).usedMinutes());
        assertEquals(Minutes.of(0), march.apply(null, booking(2).project(99).build()).level(L1).usedMinutes());
    }

    @Test(expected = IllegalArgumentException.class)
    public void shouldRefuseToGoNegative() {
        march.apply(booking(1).minutes(5).build(), null);
    }

    //-----------------------------------------------------------------------
    // derived figures and recount
    //-----------------------------------------------------------------------
    @Test
    public void shouldDeriveInContingentAndOverageFromAvailable() {
        LevelTotals t = new LevelTotals(Minutes.of(490), Minutes.of(30), Minutes.of(480));
        assertEquals(Minutes.of(480), t.inContingentMinutes());
        assertEquals(Minutes.of(10), t.overageMinutes());
        assertEquals(Minutes.of(0), new LevelTotals(Minutes.of(100), Minutes.of(0), Minutes.of(480)).overageMinutes());
        assertEquals(Minutes.of(0), new LevelTotals(Minutes.of(5), Minutes.of(0), Minutes.of(0)).inContingentMinutes());
        assertEquals(Minutes.of(5), new LevelTotals(Minutes.of(5), Minutes.of(0), Minutes.of(0)).overageMinutes());
    }

    @Test
    public void shouldRecountToTheSameTotals() {
        List<Booking> bookings = List.of(booking(1).minutes(30).build(), booking(2).level(L2).minutes(60).build(),
                booking(3).minutes(10).suspended().build(), booking(4).minutes(99).deleted().build());
        MonthTotals incremental = march;
        for (Booking b : bookings) {
            incremental = incremental.apply(null, b);
        }
        LevelMinutes available = LevelMinutes.of(480, 720, 0);
        MonthTotals recount = MonthTotals.recount(PROJECT, MARCH, bookings, available);
        assertEquals(recount, incremental.withAvailable(available));
        assertEquals(new LevelTotals(Minutes.of(30), Minutes.of(10), Minutes.of(480)), recount.level(L1));
        assertEquals(LevelTotals.ZERO.withAvailable(Minutes.of(0)), recount.level(SupportLevel.L3));
    }
}
