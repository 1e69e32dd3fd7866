package de.tieredsupport.contingent.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a level stands in a month, with a linear forecast over working days (Monday to Friday in the contract's
 * zone; public holidays are not known here).
 *
 * @param percentUsed used / available in whole percent, rounded DOWN so a threshold is never shown as reached
 *        early; with nothing available it is 0 when unused and 100 otherwise
 * @param projectedMonthEndMinutes used x working days in month / working days elapsed, HALF_UP; equals used when
 *        no working day has elapsed
 * @param projectedExhaustionDay working day on which the projected usage reaches the available minutes, or null
 */
public record LevelStatus(SupportLevel level, long usedMinutes, long suspendedMinutes, long availableMinutes,
        int percentUsed, long remainingMinutes, long overageMinutes, long projectedMonthEndMinutes,
        LocalDate projectedExhaustionDay) {

    public LevelStatus {
        Objects.requireNonNull(level, "level");
    }

    /**
     * @param today the current date in the contract's zone (from the clock)
     */
    public static LevelStatus of(SupportLevel level, LevelTotals totals, long availableMinutes, BillingMonth month,
            LocalDate today) {
        long used = totals.usedMinutes();
        int percent = availableMinutes == 0
                ? (used == 0 ? 0 : 100)
                : BigDecimal.valueOf(used).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(availableMinutes), 0, RoundingMode.DOWN).intValueExact();
        long total = workingDays(month.firstDay(), month.lastDay());
        long elapsed = today.isBefore(month.firstDay()) ? 0
                : workingDays(month.firstDay(), today.isAfter(month.lastDay()) ? month.lastDay() : today);
        long projected = elapsed == 0 ? used
                : BigDecimal.valueOf(used).multiply(BigDecimal.valueOf(total))
                        .divide(BigDecimal.valueOf(elapsed), 0, RoundingMode.HALF_UP).longValueExact();
        return new LevelStatus(level, used, totals.suspendedMinutes(), availableMinutes, percent,
                Math.max(0, availableMinutes - used), Math.max(0, used - availableMinutes), projected,
                exhaustionDay(month, used, availableMinutes, elapsed, total));
    }

    public Optional<LocalDate> projectedExhaustion() {
        return Optional.ofNullable(projectedExhaustionDay);
    }

    /** Working day k where used x k / elapsed first reaches available, i.e. k = ceil(available x elapsed / used). */
    private static LocalDate exhaustionDay(BillingMonth month, long used, long available, long elapsed, long total) {
        if (used == 0) {
            return null;
        }
        long k;
        if (elapsed == 0) {
            k = used >= available ? 1 : Long.MAX_VALUE;
        } else {
            k = Math.max(1, BigDecimal.valueOf(available).multiply(BigDecimal.valueOf(elapsed))
                    .divide(BigDecimal.valueOf(used), 0, RoundingMode.CEILING).longValueExact());
        }
        return k <= total ? nthWorkingDay(month.firstDay(), k) : null;
    }

    /** Monday to Friday in [from, to], both inclusive; 0 if to is before from. */
    static long workingDays(LocalDate from, LocalDate to) {
        long count = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private static LocalDate nthWorkingDay(LocalDate first, long n) {
        long seen = 0;
        LocalDate d = first;
        while (true) {
            if (isWorkingDay(d) && ++seen == n) {
                return d;
            }
            d = d.plusDays(1);
        }
    }

    private static boolean isWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
