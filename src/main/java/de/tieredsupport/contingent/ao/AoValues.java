package de.tieredsupport.contingent.ao;

import java.time.Instant;
import java.time.YearMonth;

import de.tieredsupport.contingent.domain.SupportLevel;

/** How domain values are written into AO columns, in one place. */
final class AoValues {

    private AoValues() {
    }

    /** {@code 2026-11} as {@code 202611}: sortable and indexable as an integer. */
    static int month(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    static YearMonth month(int yyyymm) {
        return YearMonth.of(yyyymm / 100, yyyymm % 100);
    }

    static long millis(Instant instant) {
        return instant.toEpochMilli();
    }

    static Instant instant(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis);
    }

    static SupportLevel level(String key) {
        return SupportLevel.fromKey(key)
                .orElseThrow(() -> new IllegalStateException("unknown level key in the database: " + key));
    }
}
