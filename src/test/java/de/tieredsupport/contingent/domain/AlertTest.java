package de.tieredsupport.contingent.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.Test;

public class AlertTest {

    private static final List<Integer> DEFAULT = List.of(80, 100);

    //-----------------------------------------------------------------------
    // crossedThresholds: before < t% of available <= after
    //-----------------------------------------------------------------------
    @Test
    public void shouldMatchTheCrossingTable() {
        Object[][] table = {
                // available, before, after, crossed
                {480L, 0L, 380L, List.of()},
                {480L, 380L, 384L, List.of(80)},      // 80 % of 480 = 384 exactly: reaching it crosses
                {480L, 383L, 385L, List.of(80)},
                {480L, 384L, 400L, List.of()},        // already at 80 %
                {480L, 400L, 480L, List.of(100)},
                {480L, 0L, 500L, List.of(80, 100)},   // one big booking crosses both
                {480L, 500L, 400L, List.of()},        // decreasing never alerts
                {480L, 400L, 400L, List.of()},
                {485L, 385L, 390L, List.of(80)},      // 80 % of 485 = 388
                {485L, 385L, 388L, List.of(80)},
                {485L, 385L, 387L, List.of()},
                {0L, 0L, 5L, List.of(80, 100)},       // nothing available: any usage crosses everything
                {0L, 0L, 0L, List.of()},
        };
        for (Object[] row : table) {
            assertEquals(java.util.Arrays.toString(row), row[3],
                    Alert.crossedThresholds(DEFAULT, Minutes.of((Long) row[0]), Minutes.of((Long) row[1]), Minutes.of((Long) row[2])));
        }
    }

    @Test
    public void shouldReArmThresholdsAboveUsageAfterATopUp() {
        // 400 of 480 used (83 %): 80 % fired. Top-up of 120 -> 600 available: 80 % of 600 = 480.
        assertEquals(List.of(80), Alert.crossedThresholds(DEFAULT, Minutes.of(600), Minutes.of(400), Minutes.of(480)));
        // but a threshold below the new usage is not re-fired: 50 % of 600 = 300 < 400
        assertEquals(List.of(), Alert.crossedThresholds(List.of(50), Minutes.of(600), Minutes.of(400), Minutes.of(410)));
    }

    //-----------------------------------------------------------------------
    // key
    //-----------------------------------------------------------------------
    @Test
    public void shouldKeyByProjectMonthLevelThresholdAndAvailableOnly() {
        YearMonth march = YearMonth.of(2026, 3);
        Alert a = new Alert(1, march, SupportLevel.L1, 80, Minutes.of(480), Minutes.of(390), Instant.EPOCH);
        Alert sameKey = new Alert(1, march, SupportLevel.L1, 80, Minutes.of(480), Minutes.of(400), Instant.EPOCH.plusSeconds(60));
        Alert toppedUp = new Alert(1, march, SupportLevel.L1, 80, Minutes.of(600), Minutes.of(480), Instant.EPOCH);

        assertEquals(a.key(), sameKey.key());
        assertNotEquals(a.key(), toppedUp.key());
        assertEquals(new Alert.Key(1, march, SupportLevel.L1, 80, Minutes.of(480)), a.key());
    }
}
