package de.tieredsupport.contingent.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 1st-level service hours of a contract: per weekday either closed or one time range, local times in the
 * contract's zone. The default is Monday to Friday 10:00 to 16:00. A day on which the schedule is open and which is
 * no public holiday is a service day; the forecast counts service days only.
 *
 * @param days the open weekdays and their hours; a weekday not in the map is closed
 */
public record ServiceHours(Map<DayOfWeek, Range> days) {

    /** One day's hours, {@code from} before {@code to}, whole minutes. */
    public record Range(LocalTime from, LocalTime to) {

        public Range {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("Service hours must start before they end: " + from + "-" + to);
            }
            if (from.getSecond() != 0 || from.getNano() != 0 || to.getSecond() != 0 || to.getNano() != 0) {
                throw new IllegalArgumentException("Service hours are whole minutes: " + from + "-" + to);
            }
        }

        /** {@code HH:mm-HH:mm}, the form the REST API and the storage use. */
        public String text() {
            return from + "-" + to;
        }
    }

    public static final ServiceHours DEFAULT;

    static {
        Map<DayOfWeek, Range> weekdays = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}) {
            weekdays.put(day, new Range(LocalTime.of(10, 0), LocalTime.of(16, 0)));
        }
        DEFAULT = new ServiceHours(weekdays);
    }

    private static final Pattern RANGE = Pattern.compile("^\\s*(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*$");

    public ServiceHours {
        Objects.requireNonNull(days, "days");
        EnumMap<DayOfWeek, Range> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, range) -> copy.put(Objects.requireNonNull(day, "day"),
                Objects.requireNonNull(range, "range")));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("Service hours need at least one open day");
        }
        days = Collections.unmodifiableMap(copy);
    }

    public boolean isOpenOn(DayOfWeek day) {
        return days.containsKey(day);
    }

    public Optional<Range> hoursOn(DayOfWeek day) {
        return Optional.ofNullable(days.get(day));
    }

    /** Monday first: each weekday with its {@code HH:mm-HH:mm}, or null when closed (the REST and storage form). */
    public Map<String, String> toText() {
        Map<String, String> text = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            Range range = days.get(day);
            text.put(day.name(), range == null ? null : range.text());
        }
        return text;
    }

    /** The stored form: {@code MONDAY=10:00-16:00;TUESDAY=…}, open days only, Monday first. */
    public String encode() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<DayOfWeek, Range> entry : days.entrySet()) {
            if (text.length() > 0) {
                text.append(';');
            }
            text.append(entry.getKey().name()).append('=').append(entry.getValue().text());
        }
        return text.toString();
    }

    /**
     * Reads {@link #encode()}'s form; null or blank reads as {@link #DEFAULT} (terms stored before service hours
     * existed).
     *
     * @throws IllegalArgumentException if the text is not that form
     */
    public static ServiceHours decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return DEFAULT;
        }
        Map<String, String> raw = new LinkedHashMap<>();
        for (String part : stored.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("Stored service hours are unreadable: " + stored);
            }
            raw.put(part.substring(0, eq), part.substring(eq + 1));
        }
        Violations v = new Violations();
        ServiceHours hours = parse(v, "serviceHours", raw);
        if (!v.isEmpty()) {
            throw new IllegalArgumentException("Stored service hours are unreadable: " + stored + " " + v.list());
        }
        return hours;
    }

    /**
     * Validates raw input, weekday name (e.g. {@code MONDAY}, any case) to {@code HH:mm-HH:mm} or null/blank for
     * closed. A missing map means the default. Every problem is added to {@code v} under
     * {@code field.WEEKDAY} (or {@code field} for a schedule without any open day).
     *
     * @return the hours, or null when there were violations
     */
    public static ServiceHours parse(Violations v, String field, Map<String, String> raw) {
        if (raw == null) {
            return DEFAULT;
        }
        int before = v.list().size();
        Map<DayOfWeek, Range> days = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<String, String> entry : raw.entrySet()) {
            String key = entry.getKey();
            DayOfWeek day = weekday(key);
            if (day == null) {
                v.add(field + "." + key, "serviceHours.dayUnknown", "'" + key
                        + "' is not a weekday (MONDAY to SUNDAY)", String.valueOf(key));
                continue;
            }
            String value = entry.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            String dayField = field + "." + day.name();
            Matcher m = RANGE.matcher(value);
            LocalTime from = null;
            LocalTime to = null;
            if (m.matches()) {
                from = time(m.group(1), m.group(2));
                to = time(m.group(3), m.group(4));
            }
            if (from == null || to == null) {
                v.add(dayField, "serviceHours.rangeInvalid", "'" + value
                        + "' is not a time range like 10:00-16:00", value);
            } else if (!from.isBefore(to)) {
                v.add(dayField, "serviceHours.rangeEmpty", "Service hours " + value.trim()
                        + " must start before they end", value.trim());
            } else {
                days.put(day, new Range(from, to));
            }
        }
        if (v.list().size() != before) {
            return null;
        }
        if (days.isEmpty()) {
            v.add(field, "serviceHours.noDay", "At least one weekday needs service hours");
            return null;
        }
        return new ServiceHours(days);
    }

    private static DayOfWeek weekday(String key) {
        if (key == null) {
            return null;
        }
        try {
            return DayOfWeek.valueOf(key.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** 00:00 to 23:59; null when out of range. */
    private static LocalTime time(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        try {
            return LocalTime.of(h, m);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
