package de.tieredsupport.contingent.sandbox.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's time-tracking input ("3m", "1h 20m", "2d", "1w 2d 4h 30m") with Jira's default 8-hour day and 5-day
 * week, in seconds; and the reverse for display.
 */
public final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d+)\\s*([wdhm])");
    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 8 * HOUR;
    private static final long WEEK = 5 * DAY;

    private Durations() {
    }

    /** Seconds, or -1 if the text is not a duration. */
    public static long parseSeconds(String text) {
        if (text == null) {
            return -1;
        }
        String input = text.trim().toLowerCase(Locale.ROOT);
        if (input.isEmpty()) {
            return -1;
        }
        if (input.matches("\\d+")) {
            input = input + "m";
        }
        Matcher matcher = PART.matcher(input);
        long total = 0;
        int end = 0;
        while (matcher.find()) {
            if (!input.substring(end, matcher.start()).isBlank()) {
                return -1;
            }
            long amount = Long.parseLong(matcher.group(1));
            if (amount > 100_000) {
                return -1;
            }
            total += amount * switch (matcher.group(2)) {
                case "w" -> WEEK;
                case "d" -> DAY;
                case "h" -> HOUR;
                default -> MINUTE;
            };
            end = matcher.end();
        }
        return end == input.length() && end > 0 ? total : -1;
    }

    /** "1h 20m", "5m", "0m"; seconds beyond whole minutes as "s". */
    public static String format(long seconds) {
        long hours = seconds / HOUR;
        long minutes = (seconds % HOUR) / MINUTE;
        long rest = seconds % MINUTE;
        StringBuilder out = new StringBuilder();
        if (hours > 0) {
            out.append(hours).append('h');
        }
        if (minutes > 0 || (hours == 0 && rest == 0)) {
            out.append(out.length() > 0 ? " " : "").append(minutes).append('m');
        }
        if (rest > 0) {
            out.append(out.length() > 0 ? " " : "").append(rest).append('s');
        }
        return out.toString();
    }
}
