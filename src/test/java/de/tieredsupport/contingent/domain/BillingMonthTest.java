package de.tieredsupport.contingent.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.Test;

public class BillingMonthTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId UTC = ZoneOffset.UTC;

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static YearMonth monthIn(String offsetDateTime, ZoneId zone) {
        return BillingMonth.containing(at(offsetDateTime), zone).yearMonth();
    }

    //-----------------------------------------------------------------------
    // containing: month edges in Europe/Berlin
    //-----------------------------------------------------------------------
    @Test
    public void shouldPutTheLastSecondOfMarchIntoMarchAndMidnightIntoApril() {
        assertEquals(YearMonth.of(2026, 3), monthIn("2026-03-31T23:59:59+02:00", BERLIN));
        assertEquals(YearMonth.of(2026, 4), monthIn("2026-04-01T00:00:00+02:00", BERLIN));
    }

    @Test
    public void shouldUseTheContractZoneNotUtc() {
        // 2026-03-31T22:30Z is already April 1st, 00:30 in Berlin (CEST, +02:00)
        assertEquals(YearMonth.of(2026, 4), monthIn("2026-03-31T22:30:00Z", BERLIN));
        assertEquals(YearMonth.of(2026, 3), monthIn("2026-03-31T22:30:00Z", UTC));
        // 2026-01-31T23:30Z is February 1st, 00:30 in Berlin (CET, +01:00)
        assertEquals(YearMonth.of(2026, 2), monthIn("2026-01-31T23:30:00Z", BERLIN));
    }

    @Test
    public void shouldHandleTheYearEdge() {
        assertEquals(YearMonth.of(2026, 12), monthIn("2026-12-31T23:59:59+01:00", BERLIN));
        assertEquals(YearMonth.of(2027, 1), monthIn("2027-01-01T00:00:00+01:00", BERLIN));
    }

    //-----------------------------------------------------------------------
    // start / end across both DST switches (last Sunday of March and of October)
    //-----------------------------------------------------------------------
    @Test
    public void shouldSpanMarchWithTheSpringForwardSwitch() {
        BillingMonth march = BillingMonth.of(YearMonth.of(2026, 3), BERLIN);
        assertEquals(at("2026-03-01T00:00:00+01:00"), march.start());
        assertEquals(at("2026-04-01T00:00:00+02:00"), march.end());
        // 31 days minus the hour lost on 2026-03-29
        assertEquals(Duration.ofDays(31).minusHours(1), Duration.between(march.start(), march.end()));
    }

    @Test
    public void shouldSpanOctoberWithTheFallBackSwitch() {
        BillingMonth october = BillingMonth.of(YearMonth.of(2026, 10), BERLIN);
        assertEquals(at("2026-10-01T00:00:00+02:00"), october.start());
        assertEquals(at("2026-11-01T00:00:00+01:00"), october.end());
        assertEquals(Duration.ofDays(31).plusHours(1), Duration.between(october.start(), october.end()));
    }

    @Test
    public void shouldKeepBothRepeatedHoursOfTheFallBackNightInOctober() {
        // 02:30 exists twice on 2026-10-25: +02:00 and +01:00
        assertEquals(YearMonth.of(2026, 10), monthIn("2026-10-25T02:30:00+02:00", BERLIN));
        assertEquals(YearMonth.of(2026, 10), monthIn("2026-10-25T02:30:00+01:00", BERLIN));
        assertEquals(YearMonth.of(2026, 10), monthIn("2026-10-31T23:59:59+01:00", BERLIN));
        assertEquals(YearMonth.of(2026, 11), monthIn("2026-11-01T00:00:00+01:00", BERLIN));
    }

    //-----------------------------------------------------------------------
    // contains: half-open
    //-----------------------------------------------------------------------
    @Test
    public void shouldBeHalfOpen() {
        BillingMonth march = BillingMonth.of(YearMonth.of(2026, 3), BERLIN);
        assertTrue(march.contains(march.start()));
        assertTrue(march.contains(march.end().minusSeconds(1)));
        assertFalse(march.contains(march.end()));
        assertFalse(march.contains(march.start().minusNanos(1)));
        assertEquals(march.end(), march.next().start());
        assertTrue(march.next().contains(march.end()));
    }

    @Test
    public void shouldAgreeWithContainingForEveryHourOfAYear() {
        BillingMonth month = BillingMonth.of(YearMonth.of(2026, 1), BERLIN);
        for (Instant t = month.start(); t.isBefore(at("2027-01-01T00:00:00+01:00")); t = t.plusSeconds(3600)) {
            while (!month.contains(t)) {
                month = month.next();
            }
            assertEquals(month, BillingMonth.containing(t, BERLIN));
        }
        assertEquals(YearMonth.of(2026, 12), month.yearMonth());
    }

    //-----------------------------------------------------------------------
    // hasEndedAt, next, previous, days
    //-----------------------------------------------------------------------
    @Test
    public void shouldEndExactlyAtTheNextMonthsStart() {
        BillingMonth march = BillingMonth.of(YearMonth.of(2026, 3), BERLIN);
        assertFalse(march.hasEndedAt(at("2026-03-31T23:59:59+02:00")));
        assertTrue(march.hasEndedAt(at("2026-04-01T00:00:00+02:00")));
    }

    @Test
    public void shouldNavigateMonths() {
        BillingMonth jan = BillingMonth.of(YearMonth.of(2026, 1), BERLIN);
        assertEquals(BillingMonth.of(YearMonth.of(2025, 12), BERLIN), jan.previous());
        assertEquals(BillingMonth.of(YearMonth.of(2026, 2), BERLIN), jan.next());
        assertEquals(jan, jan.next().previous());
        assertEquals(LocalDate.of(2026, 1, 1), jan.firstDay());
        assertEquals(LocalDate.of(2026, 2, 28), jan.next().lastDay());
        assertTrue(jan.compareTo(jan.next()) < 0);
    }

    //-----------------------------------------------------------------------
    // value semantics
    //-----------------------------------------------------------------------
    @Test
    public void shouldBeAValue() {
        BillingMonth a = BillingMonth.of(YearMonth.of(2026, 3), BERLIN);
        assertEquals(a, BillingMonth.of(YearMonth.of(2026, 3), ZoneId.of("Europe/Berlin")));
        assertEquals(a.hashCode(), BillingMonth.of(YearMonth.of(2026, 3), BERLIN).hashCode());
        assertNotEquals(a, BillingMonth.of(YearMonth.of(2026, 3), UTC));
        assertEquals("2026-03[Europe/Berlin]", a.toString());
    }

    @Test(expected = NullPointerException.class)
    public void shouldRejectNullMonth() {
        BillingMonth.of(null, BERLIN);
    }

    @Test(expected = NullPointerException.class)
    public void shouldRejectNullZone() {
        BillingMonth.of(YearMonth.of(2026, 3), null);
    }
}
