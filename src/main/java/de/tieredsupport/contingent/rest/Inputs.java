package de.tieredsupport.contingent.rest;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

import de.tieredsupport.contingent.domain.FreeText;
import de.tieredsupport.contingent.domain.Months;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.ValidationException;
import de.tieredsupport.contingent.domain.Violations;
import de.tieredsupport.contingent.service.InputLimits;

/**
 * Transport-level checks of raw input, before any use case runs: months (the domain's {@link Months}), ids, free
 * texts (the domain's {@link FreeText}), and upper bounds on numbers and lists (the domain checks the business
 * rules).
 */
final class Inputs {

    static final long MAX_MINUTES = InputLimits.MAX_MINUTES;
    static final BigDecimal MAX_RATE = InputLimits.MAX_RATE;
    static final int MAX_RATE_SCALE = InputLimits.MAX_RATE_SCALE;
    static final int MAX_THRESHOLDS = InputLimits.MAX_THRESHOLDS;
    static final int MAX_RECIPIENTS = InputLimits.MAX_RECIPIENTS;
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private Inputs() {
    }

    /** A month like {@code 2026-04} (see {@link Months}); anything else is a 400 on {@code field}. */
    static YearMonth month(String raw, String field) {
        Violations v = new Violations();
        YearMonth month = Months.parse(v, field, raw);
        v.throwIfAny();
        return month;
    }

    static long id(String raw, String field) {
        if (raw == null || !ID.matcher(raw).matches()) {
            throw ValidationException.of(field, "id.invalid", "'" + shorten(String.valueOf(raw))
                    + "' is not an id", shorten(String.valueOf(raw)));
        }
        return Long.parseLong(raw);
    }

    /**
     * A whole number of at most 9 ASCII digits (query parameters such as {@code startAt}); absent means
     * {@code absent}. Anything else (signs, blanks, other scripts' digits) is a violation on {@code field} and
     * answers null; the use case checks the range.
     */
    static Integer count(Violations v, String raw, int absent, String field) {
        if (raw == null) {
            return absent;
        }
        if (raw.isEmpty() || raw.length() > 9 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            v.add(field, "number.invalid", field + " must be a whole number");
            return null;
        }
        return Integer.parseInt(raw);
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
            // named in minutes, the unit of the JSON field, and in hours, the unit people think in
            v.add(field, "minutes.tooLarge", "At most " + MAX_MINUTES + " minutes (" + InputLimits.MAX_HOURS
                    + " hours)", MAX_MINUTES, InputLimits.MAX_HOURS);
        }
    }

    static void rate(Violations v, BigDecimal rate, String field) {
        if (rate == null) {
            return;
        }
        if (rate.compareTo(MAX_RATE) > 0) {
            v.add(field, "rate.tooLarge", "At most " + MAX_RATE.toPlainString(), MAX_RATE);
        } else if (rate.scale() > MAX_RATE_SCALE) {
            v.add(field, "number.tooManyDecimals", "At most " + MAX_RATE_SCALE + " decimals", MAX_RATE_SCALE);
        }
    }

    /** A free text (reason, name): the domain's {@link FreeText} rules. */
    static void text(Violations v, String text, String field) {
        FreeText.check(v, field, text);
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
