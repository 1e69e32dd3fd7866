package de.tieredsupport.contingent.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;

public class RoundingPolicyTest {

    private static final RoundingPolicy UP_5 = new RoundingPolicy(5, RoundingPolicy.Mode.UP);
    private static final RoundingPolicy NEAREST_5 = new RoundingPolicy(5, RoundingPolicy.Mode.NEAREST);
    private static final RoundingPolicy DOWN_5 = new RoundingPolicy(5, RoundingPolicy.Mode.DOWN);
    private static final RoundingPolicy UP_15 = new RoundingPolicy(15, RoundingPolicy.Mode.UP);

    /** One million hours in seconds: far beyond any worklog, well inside a long. */
    private static final long MILLION_HOURS = 1_000_000L * 3600;

    // raw seconds -> billed seconds for UP, NEAREST, DOWN with a 5-minute increment
    private static final long[][] TABLE_5_MIN = {
            // raw,  UP,    NEAREST, DOWN
            {0, 300, 300, 300},
            {1, 300, 300, 300},
            {60, 300, 300, 300},
            {149, 300, 300, 300},
            {150, 300, 300, 300},
            {151, 300, 300, 300},
            {299, 300, 300, 300},
            {300, 300, 300, 300},
            {301, 600, 300, 300},
            {449, 600, 300, 300},
            {450, 600, 600, 300},
            {599, 600, 600, 300},
            {600, 600, 600, 600},
            {601, 900, 600, 600},
            {3600, 3600, 3600, 3600},
            {3601, 3900, 3600, 3600},
            {28_800, 28_800, 28_800, 28_800},
            {MILLION_HOURS + 1, MILLION_HOURS + 300, MILLION_HOURS, MILLION_HOURS},
    };

    //-----------------------------------------------------------------------
    // billedSeconds
    //-----------------------------------------------------------------------
    @Test
    public void shouldMatchBoundaryTableForAllModes() {
        for (long[] row : TABLE_5_MIN) {
            long raw = row[0];
            assertEquals("UP " + raw, row[1], UP_5.billedSeconds(raw));
            assertEquals("NEAREST " + raw, row[2], NEAREST_5.billedSeconds(raw));
            assertEquals("DOWN " + raw, row[3], DOWN_5.billedSeconds(raw));
        }
    }

    @Test
    public void shouldNeverBillLessThanOneIncrement() {
        for (RoundingPolicy policy : new RoundingPolicy[] {UP_5, NEAREST_5, DOWN_5, UP_15}) {
            assertEquals(policy.incrementSeconds(), policy.billedSeconds(0));
            assertEquals(policy.incrementSeconds(), policy.billedSeconds(1));
        }
    }

    @Test
    public void shouldBeIdempotent() {
        for (RoundingPolicy policy : new RoundingPolicy[] {UP_5, NEAREST_5, DOWN_5, UP_15}) {
            for (long raw = 0; raw <= 7200; raw += 7) {
                long once = policy.billedSeconds(raw);
                assertEquals(policy + " " + raw, once, policy.billedSeconds(once));
                assertTrue(policy.isOnIncrement(once));
            }
        }
    }

    @Test
    public void shouldRoundToOtherIncrements() {
        assertEquals(900, UP_15.billedSeconds(1));
        assertEquals(900, UP_15.billedSeconds(900));
        assertEquals(1800, UP_15.billedSeconds(901));
        RoundingPolicy upOne = new RoundingPolicy(1, RoundingPolicy.Mode.UP);
        assertEquals(60, upOne.billedSeconds(59));
        assertEquals(120, upOne.billedSeconds(61));
    }

    @Test
    public void shouldReturnMinutes() {
        assertEquals(5, UP_5.billedMinutes(1));
        assertEquals(10, UP_5.billedMinutes(301));
    }

    @Test(expected = IllegalArgumentException.class)
    public void shouldRejectNegativeRawSeconds() {
        UP_5.billedSeconds(-1);
    }

    @Test(expected = ArithmeticException.class)
    public void shouldFailLoudlyInsteadOfOverflowing() {
        UP_5.billedSeconds(Long.MAX_VALUE);
    }

    //-----------------------------------------------------------------------
    // isOnIncrement / isMultipleOfIncrement
    //-----------------------------------------------------------------------
    @Test
    public void shouldTellWhetherSecondsAreOnTheIncrement() {
        assertFalse(UP_5.isOnIncrement(0));
        assertFalse(UP_5.isOnIncrement(299));
        assertTrue(UP_5.isOnIncrement(300));
        assertFalse(UP_5.isOnIncrement(301));
        assertTrue(UP_5.isOnIncrement(600));
    }

    @Test
    public void shouldTellWhetherMinutesAreWholeIncrements() {
        assertTrue(UP_5.isMultipleOfIncrement(0));
        assertTrue(UP_5.isMultipleOfIncrement(480));
        assertFalse(UP_5.isMultipleOfIncrement(481));
    }

    //-----------------------------------------------------------------------
    // factory
    //-----------------------------------------------------------------------
    @Test
    public void shouldDefaultToFiveMinutesUp() {
        assertEquals(5, RoundingPolicy.DEFAULT.incrementMinutes());
        assertEquals(RoundingPolicy.Mode.UP, RoundingPolicy.DEFAULT.mode());
    }

    @Test
    public void shouldRejectIncrementsOutsideOneToSixty() {
        for (int bad : new int[] {0, -5, 61}) {
            try {
                new RoundingPolicy(bad, RoundingPolicy.Mode.UP);
                fail("accepted " + bad);
            } catch (IllegalArgumentException expected) {
                // ok
            }
        }
        assertEquals(60, new RoundingPolicy(60, RoundingPolicy.Mode.UP).incrementMinutes());
    }

    @Test(expected = NullPointerException.class)
    public void shouldRejectNullMode() {
        new RoundingPolicy(5, null);
    }
}
