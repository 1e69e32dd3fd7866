package de.tieredsupport.contingent.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import de.tieredsupport.contingent.domain.LevelState.Kind;
import java.util.List;
import org.junit.Test;

public class LevelStateTest {

    private static final List<Integer> DEFAULT = List.of(80, 100);
    private static final List<Integer> THREE = List.of(50, 80, 100);

    private static LevelState state(long used, long available, List<Integer> thresholds) {
        return LevelState.of(Minutes.of(used), Minutes.of(available), thresholds, false);
    }

    //-----------------------------------------------------------------------
    // boundaries, 480 minutes available
    //-----------------------------------------------------------------------
    @Test
    public void boundariesOfTheDefaultThresholds() {
        assertEquals(Kind.OK, state(0, 480, DEFAULT).kind());
        assertEquals(Kind.OK, state(383, 480, DEFAULT).kind());           // 79.8 %
        assertEquals(new LevelState(Kind.WARNING, 80), state(384, 480, DEFAULT));   // 80 % exactly
        assertEquals(new LevelState(Kind.WARNING, 80), state(479, 480, DEFAULT));
        assertEquals(Kind.REACHED, state(480, 480, DEFAULT).kind());      // used up, nothing over
        assertEquals(Kind.OVER, state(481, 480, DEFAULT).kind());
    }

    @Test
    public void theHighestThresholdBelowAHundredReachedIsTheWarning() {
        assertEquals(Kind.OK, state(239, 480, THREE).kind());
        assertEquals(new LevelState(Kind.WARNING, 50), state(240, 480, THREE));
        assertEquals(new LevelState(Kind.WARNING, 80), state(400, 480, THREE));
        assertEquals("no thresholds: no warning", Kind.OK, state(479, 480, List.of(100)).kind());
    }

    @Test
    public void aSuspendedLevelIsSuspendedWhateverItsUsage() {
        assertEquals(Kind.SUSPENDED, LevelState.of(Minutes.of(0), Minutes.of(480), DEFAULT, true).kind());
        assertEquals(Kind.SUSPENDED, LevelState.of(Minutes.of(900), Minutes.of(480), DEFAULT, true).kind());
    }

    @Test
    public void withoutContingentAnyWorkIsOverAndNoWorkIsFine() {
        assertEquals(Kind.OK, state(0, 0, DEFAULT).kind());
        assertEquals(Kind.OVER, state(5, 0, DEFAULT).kind());
    }

    @Test
    public void theStateFollowsUsageNotTheAlertsOnceFired() {
        // 400 of 480 warned; after a deletion back to 300 of 480 the level is fine again
        assertEquals(Kind.WARNING, state(400, 480, DEFAULT).kind());
        assertEquals(Kind.OK, state(300, 480, DEFAULT).kind());
        // a one-hour top-up turns "used up" back into a warning at 480 of 540 (88 %)
        assertEquals(new LevelState(Kind.WARNING, 80), state(480, 540, DEFAULT));
    }

    @Test
    public void severityOrdersSuspendedOverReachedWarningOk() {
        assertTrue(LevelState.of(Minutes.of(0), Minutes.of(480), DEFAULT, true).isWorseThan(state(500, 480, DEFAULT)));
        assertTrue(state(500, 480, DEFAULT).isWorseThan(state(480, 480, DEFAULT)));
        assertTrue(state(480, 480, DEFAULT).isWorseThan(state(400, 480, DEFAULT)));
        assertTrue(state(400, 480, THREE).isWorseThan(state(300, 480, THREE)));
        assertTrue(state(300, 480, THREE).isWorseThan(state(0, 480, THREE)));
        assertFalse(state(0, 480, THREE).isWorseThan(state(0, 480, THREE)));
    }

    @Test
    public void aThresholdBelongsToAWarningOnly() {
        assertThrows(IllegalArgumentException.class, () -> new LevelState(Kind.OK, 80));
        assertThrows(IllegalArgumentException.class, () -> new LevelState(Kind.WARNING, null));
    }
}
