package de.tieredsupport.contingent.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a level stands in a month, with a linear forecast over the month's service days
 * ({@link BillingMonth#serviceDays()}: days on which the contract's service hours are open and which are no public
 * holiday of its holiday calendar; Monday to Friday by default).
 *
 * @param percentUsed used / available in whole percent, rounded DOWN so a threshold is never shown as reached
 *        early; with nothing available it is 0 when unused and 100 otherwise
 * @param projectedMonthEndMinutes used x service days in month / service days elapsed, HALF_UP; equals used when
 *        no service day has elapsed
 * @param projectedExhaustionDay service day on which the projected usage reaches the available minutes, or null
 */
public record LevelStatus(SupportLevel level, Minutes usedMinutes, Minutes suspendedMinutes, Minutes availableMinutes,
        int percentUsed, Minutes remainingMinutes, Minutes overageMinutes, Minutes projectedMonthEndMinutes,
        LocalDate projectedExhaustionDay) {

    public LevelStatus {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(usedMinutes, "usedMinutes");
        Objects.requireNonNull(suspendedMinutes, "suspendedMinutes");
        Objects.requireNonNull(availableMinutes, "availableMinutes");
        Objects.requireNonNull(remainingMinutes, "remainingMinutes");
        Objects.requireNonNull(overageMinutes, "overageMinutes");
        Objects.requireNonNull(projectedMonthEndMinutes, "projectedMonthEndMinutes");
    }

    /**
     * @param today the current date in the contract's zone (from the clock)
     */
    public static LevelStatus of(SupportLevel level, LevelTotals totals, Minutes available, BillingMonth month,
            LocalDate today) {
        long used = totals.usedMinutes().toLong();
        long availableMinutes = available.toLong();
        int percent = availableMinutes == 0
                ? (used == 0 ? 0 : 100)
                : BigDecimal.valueOf(used).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(availableMinutes), 0, RoundingMode.DOWN).intValueExact();
        ServiceDays days = month.serviceDays();
        long total = days.count(month.firstDay(), month.lastDay());
        long elapsed = today.isBefore(month.firstDay()) ? 0
                : days.count(month.firstDay(), today.isAfter(month.lastDay()) ? month.lastDay() : today);
        long projected = elapsed == 0 ? used
                : BigDecimal.valueOf(used).multiply(BigDecimal.valueOf(total))
                        .divide(BigDecimal.valueOf(elapsed), 0, RoundingMode.HALF_UP).longValueExact();
        return new LevelStatus(level, totals.usedMinutes(), totals.suspendedMinutes(), available, percent,
                available.minus(totals.usedMinutes()).atLeastZero(),
                totals.usedMinutes().minus(available).atLeastZero(),
                Minutes.of(projected), exhaustionDay(month, used, availableMinutes, elapsed, total));
    }

    public Optional<LocalDate> projectedExhaustion() {
        return Optional.ofNullable(projectedExhaustionDay);
    }

    /** Service day k where used x k / elapsed first reaches available, i.e. k = ceil(available x elapsed / used). */
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
        return k <= total ? month.serviceDays().nth(month.firstDay(), month.lastDay(), k).orElse(null) : null;
    }

    /** Monday to Friday in [from, to], both inclusive; 0 if to is before from (the default service days). */
    static long workingDays(LocalDate from, LocalDate to) {
        return ServiceDays.WEEKDAYS.count(from, to);
    }
}
