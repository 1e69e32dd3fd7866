package de.tieredsupport.contingent.domain;

import static de.tieredsupport.contingent.domain.TestData.BERLIN;
import static de.tieredsupport.contingent.domain.TestData.berlin;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.Test;

public class CustomerDecisionTest {

    private static final BillingMonth MARCH = BillingMonth.of(YearMonth.of(2026, 3), BERLIN);

    //-----------------------------------------------------------------------
    // Suspension
    //-----------------------------------------------------------------------
    @Test
    public void shouldCoverWorkFromTheStartToTheMonthEnd() {
        Suspension s = Suspension.untilMonthEnd(1, 1, SupportLevel.L2, berlin("2026-03-20T12:00"), MARCH, "boss",
                "budget");
        assertFalse(s.covers(SupportLevel.L2, berlin("2026-03-20T11:59:59")));
        assertTrue(s.covers(SupportLevel.L2, berlin("2026-03-20T12:00")));
        assertTrue(s.covers(SupportLevel.L2, berlin("2026-03-31T23:59:59")));
        assertFalse(s.covers(SupportLevel.L2, berlin("2026-04-01T00:00")));
        assertFalse("other level", s.covers(SupportLevel.L1, berlin("2026-03-25T12:00")));
    }

    @Test
    public void shouldCoverAllLevelsWithoutALevel() {
        Suspension all = Suspension.untilMonthEnd(1, 1, null, berlin("2026-03-20T12:00"), MARCH, "boss", "");
        assertTrue(all.allLevels());
        for (SupportLevel level : SupportLevel.values()) {
            assertTrue(all.covers(level, berlin("2026-03-25T12:00")));
        }
    }

    @Test
    public void shouldEndAtResumption() {
        Suspension s = Suspension.untilMonthEnd(1, 1, null, berlin("2026-03-20T12:00"), MARCH, "boss", "");
        Suspension resumed = s.resumedAt(berlin("2026-03-22T08:00"), "boss2");
        assertTrue(resumed.covers(SupportLevel.L1, berlin("2026-03-22T07:59:59")));
        assertFalse(resumed.covers(SupportLevel.L1, berlin("2026-03-22T08:00")));
        assertEquals("boss2", resumed.resumedBy());
        // resuming before the start leaves an empty window
        assertFalse(s.resumedAt(berlin("2026-03-01T00:00"), "x").isActiveAt(berlin("2026-03-20T12:00")));
    }

    @Test(expected = IllegalArgumentException.class)
    public void shouldRejectAStartOutsideTheMonth() {
        Suspension.untilMonthEnd(1, 1, null, berlin("2026-04-01T00:00"), MARCH, "boss", "");
    }

    //-----------------------------------------------------------------------
    // TopUp
    //-----------------------------------------------------------------------
    @Test
    public void shouldValidateTopUpMinutes() {
        TopUp.check(Minutes.of(60), RoundingPolicy.DEFAULT);
        for (long bad : new long[] {0, -5, 7}) {
            try {
                TopUp.check(Minutes.of(bad), RoundingPolicy.DEFAULT);
                fail();
            } catch (ValidationException e) {
                assertEquals("minutes", e.violations().get(0).field());
            }
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void shouldRejectANonPositiveTopUp() {
        new TopUp(1, YearMonth.of(2026, 3), SupportLevel.L1, Minutes.of(0), "boss", "", Instant.EPOCH);
    }
}
