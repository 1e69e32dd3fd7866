package de.tieredsupport.contingent.domain;

import static de.tieredsupport.contingent.domain.TestData.BERLIN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.Test;

public class LevelStatusTest {

    /** March 2026 starts on a Sunday and has 22 working days (2-6, 9-13, 16-20, 23-27, 30-31). */
    private static final BillingMonth MARCH = BillingMonth.of(YearMonth.of(2026, 3), BERLIN);

    private static LevelStatus status(long used, long available, String today) {
        return LevelStatus.of(SupportLevel.L1, new LevelTotals(Minutes.of(used), Minutes.of(15), Minutes.of(available)), Minutes.of(available), MARCH,
                LocalDate.parse(today));
    }

    //-----------------------------------------------------------------------
    // working days
    //-----------------------------------------------------------------------
    @Test
    public void shouldCountMondayToFriday() {
        assertEquals(22, LevelStatus.workingDays(MARCH.firstDay(), MARCH.lastDay()));
        assertEquals(0, LevelStatus.workingDays(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-01")));
        assertEquals(5, LevelStatus.workingDays(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-08")));
        assertEquals(0, LevelStatus.workingDays(LocalDate.parse("2026-03-05"), LocalDate.parse("2026-03-04")));
    }

    //-----------------------------------------------------------------------
    // of
    //-----------------------------------------------------------------------
    @Test
    public void shouldProjectLinearlyOverWorkingDays() {
        // Wednesday 11th: 8 working days elapsed (today counts). 240 used -> 240 x 22 / 8 = 660.
        // Exhaustion: k = ceil(480 x 8 / 240) = 16th working day = Monday 23rd.
        LevelStatus s = status(240, 480, "2026-03-11");
        assertEquals(Minutes.of(240), s.usedMinutes());
        assertEquals(Minutes.of(15), s.suspendedMinutes());
        assertEquals(Minutes.of(480), s.availableMinutes());
        assertEquals(50, s.percentUsed());
        assertEquals(Minutes.of(240), s.remainingMinutes());
        assertEquals(Minutes.of(0), s.overageMinutes());
        assertEquals(Minutes.of(660), s.projectedMonthEndMinutes());
        assertEquals(Optional.of(LocalDate.parse("2026-03-23")), s.projectedExhaustion());
    }

    @Test
    public void shouldRoundProjectionHalfUpAndPercentDown() {
        // 7 elapsed (Tue 10th): 100 x 22 / 7 = 314.29 -> 314; 383/480 = 79.79 % -> 79
        assertEquals(Minutes.of(314), status(100, 480, "2026-03-10").projectedMonthEndMinutes());
        // 3 elapsed (Wed 4th): 5 x 22 / 3 = 36.67 -> 37
        assertEquals(Minutes.of(37), status(5, 480, "2026-03-04").projectedMonthEndMinutes());
        assertEquals(79, status(383, 480, "2026-03-10").percentUsed());
        assertEquals(80, status(384, 480, "2026-03-10").percentUsed());
        assertEquals(104, status(500, 480, "2026-03-10").percentUsed());
    }

    @Test
    public void shouldNotProjectBeforeTheFirstWorkingDay() {
        // Sunday 1st: nothing elapsed, projection = used
        LevelStatus s = status(30, 480, "2026-03-01");
        assertEquals(Minutes.of(30), s.projectedMonthEndMinutes());
        assertFalse(s.projectedExhaustion().isPresent());
        assertEquals(Minutes.of(30), status(30, 480, "2026-02-15").projectedMonthEndMinutes());
    }

    @Test
    public void shouldUseAllWorkingDaysOnceTheMonthIsOver() {
        LevelStatus s = status(300, 480, "2026-04-15");
        assertEquals(Minutes.of(300), s.projectedMonthEndMinutes());
        assertFalse(s.projectedExhaustion().isPresent());
    }

    @Test
    public void shouldReportNoExhaustionWhenTheProjectionStaysBelow() {
        assertFalse(status(10, 480, "2026-03-11").projectedExhaustion().isPresent());
        assertFalse(status(0, 480, "2026-03-11").projectedExhaustion().isPresent());
    }

    @Test
    public void shouldPlaceAnExhaustionThatAlreadyHappenedWithinTheElapsedDays() {
        // 960 used in 8 days of 480: k = ceil(480 x 8 / 960) = 4 -> Thursday 5th
        LevelStatus s = status(960, 480, "2026-03-11");
        assertEquals(Optional.of(LocalDate.parse("2026-03-05")), s.projectedExhaustion());
        assertEquals(Minutes.of(0), s.remainingMinutes());
        assertEquals(Minutes.of(480), s.overageMinutes());
    }

    @Test
    public void shouldHandleAZeroContingent() {
        LevelStatus used = status(5, 0, "2026-03-11");
        assertEquals(100, used.percentUsed());
        assertEquals(Optional.of(LocalDate.parse("2026-03-02")), used.projectedExhaustion());
        assertEquals(Minutes.of(5), used.overageMinutes());
        LevelStatus idle = status(0, 0, "2026-03-11");
        assertEquals(0, idle.percentUsed());
        assertFalse(idle.projectedExhaustion().isPresent());
        assertEquals(Optional.of(LocalDate.parse("2026-03-02")),
                status(5, 0, "2026-03-01").projectedExhaustion());
    }
}
