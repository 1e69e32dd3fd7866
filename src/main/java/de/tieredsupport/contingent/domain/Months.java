package de.tieredsupport.contingent.domain;

import java.time.YearMonth;
import java.util.Optional;

/**
 * The one reading of a month typed by a person or sent by a client: exactly {@code yyyy-MM} in ASCII digits, a month
 * 01 to 12 of a year from {@value #MIN_YEAR} to {@value #MAX_YEAR}. Nothing is trimmed; {@code 2026-4},
 * {@code 2026-13}, {@code +10000-01} and {@code 26-04} are not months. The REST API, the billing report's month
 * parameter and the terms' effective month all read months here.
 */
public final class Months {

    public static final int MIN_YEAR = 1970;
    public static final int MAX_YEAR = 2999;

    private Months() {
    }

    /** The month, or empty if {@code raw} is not one. */
    public static Optional<YearMonth> parse(String raw) {
        if (raw == null || raw.length() != 7 || raw.charAt(4) != '-') {
            return Optional.empty();
        }
        for (int i = 0; i < 7; i++) {
            char c = raw.charAt(i);
            if (i != 4 && (c < '0' || c > '9')) {
                return Optional.empty();
            }
        }
        int year = Integer.parseInt(raw.substring(0, 4));
        int month = Integer.parseInt(raw.substring(5, 7));
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) {
            return Optional.empty();
        }
        return Optional.of(YearMonth.of(year, month));
    }

    /**
     * The month, or null after adding the violation at {@code field}: {@code month.required} when empty,
     * {@code month.invalid} (with the shortened input as argument) otherwise.
     */
    public static YearMonth parse(Violations v, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            v.add(field, "month.required", "A month like 2026-04 is required");
            return null;
        }
        Optional<YearMonth> month = parse(raw);
        if (month.isEmpty()) {
            String shown = raw.length() > 40 ? raw.substring(0, 40) + "..." : raw;
            v.add(field, "month.invalid", "'" + shown + "' is not a month like 2026-04", shown);
            return null;
        }
        return month.get();
    }
}
