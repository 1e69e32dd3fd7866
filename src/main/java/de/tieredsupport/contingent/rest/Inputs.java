package de.tieredsupport.contingent.rest;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.ValidationException;
import de.tieredsupport.contingent.domain.Violations;

/**
 * Transport-level checks of raw input, before any use case runs: months of the form {@code yyyy-MM} within
 * sensible years, ids, and upper bounds on numbers, texts and lists (the domain checks the business rules).
 */
final class Inputs {

    static final long MAX_MINUTES = 10_000_000L;
    static final BigDecimal MAX_RATE = BigDecimal.valueOf(1_000_000L);
    static final int MAX_RATE_SCALE = 10;
    static final int MAX_TEXT = 2_000;
    static final int MAX_THRESHOLDS = 10;
    static final int MAX_RECIPIENTS = 50;
    static final int MIN_YEAR = 1970;
    static final int MAX_YEAR = 2999;

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private Inputs() {
    }

    /** A month like {@code 2026-04}; anything else (2026-13, 2026-4, +99999-01) is a 400 on {@code field}. */
    static YearMonth month(String raw, String field) {
        Violations v = new Violations();
        YearMonth month = month(v, raw, field);
        v.throwIfAny();
        return month;
    }

    static YearMonth month(Violations v, String raw, String field) {
        if (raw == null || raw.isBlank()) {
            v.add(field, "month.required", "A month like 2026-04 is required");
            return null;
        }
        if (raw.length() <= 7 && MONTH.matcher(raw).matches()) {
            int year = Integer.parseInt(raw.substring(0, 4));
            int month = Integer.parseInt(raw.substring(5, 7));
            if (year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12) {
                return YearMonth.of(year, month);
            }
        }
        v.add(field, "month.invalid", "'" + shorten(raw) + "' is not a month like 2026-04", shorten(raw));
        return null;
    }

    static long id(String raw, String field) {
        if (raw == null || !ID.matcher(raw).matches()) {
            throw ValidationException.of(field, "id.invalid", "'" + shorten(String.valueOf(raw))
                    + "' is not an id", shorten(String.valueOf(raw)));
        }
        return Long.parseLong(raw);
    }

    /** A required level key (L1, L2, L3). */
    static SupportLevel level(Violations v, String raw, String field) {
        if (raw == null) {
            v.add(field, "level.required", "A support level (L1, L2 or L3) is required");
            return null;
        }
        return optionalLevel(v, raw, field);
    }

    /** A level key or null (meaning all levels). */
    static SupportLevel optionalLevel(Violations v, String raw, String field) {
        if (raw == null) {
            return null;
        }
        SupportLevel level = SupportLevel.fromKey(raw).orElse(null);
        if (level == null) {
            v.add(field, "level.unknown", "Unknown support level '" + shorten(raw) + "'; expected one of L1, L2, L3",
                    shorten(raw));
        }
        return level;
    }

    static void minutes(Violations v, Long minutes, String field) {
        if (minutes != null && minutes > MAX_MINUTES) {
            v.add(field, "number.tooLarge", "At most " + MAX_MINUTES + " minutes", MAX_MINUTES);
        }
    }

    static void rate(Violations v, BigDecimal rate, String field) {
        if (rate == null) {
            return;
        }
        if (rate.compareTo(MAX_RATE) > 0) {
            v.add(field, "number.tooLarge", "At most " + MAX_RATE.toPlainString(), MAX_RATE.toPlainString());
        } else if (rate.scale() > MAX_RATE_SCALE) {
            v.add(field, "number.tooManyDecimals", "At most " + MAX_RATE_SCALE + " decimals", MAX_RATE_SCALE);
        }
    }

    static void text(Violations v, String text, String field) {
        if (text == null) {
            return;
        }
        if (text.length() > MAX_TEXT) {
            v.add(field, "text.tooLong", "At most " + MAX_TEXT + " characters", MAX_TEXT);
        } else if (!printable(text)) {
            v.add(field, "text.invalidCharacters", "Control characters and broken characters are not allowed");
        }
    }

    /**
     * No control characters but tab, line feed and carriage return, and no surrogate without its partner: such text
     * cannot be stored by every database (PostgreSQL refuses NUL) nor shown or mailed faithfully.
     */
    static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    static void list(Violations v, List<?> list, int max, String field) {
        if (list != null && list.size() > max) {
            v.add(field, "list.tooLong", "At most " + max + " entries", max);
        }
    }

    private static String shorten(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "..." : raw;
    }
}
