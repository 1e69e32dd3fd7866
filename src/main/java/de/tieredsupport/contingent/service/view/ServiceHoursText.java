package de.tieredsupport.contingent.service.view;

import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.HolidayCalendar;
import de.tieredsupport.contingent.domain.ServiceHours;
import de.tieredsupport.contingent.domain.Terms;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The 1st-level service hours as one line in the reader's language, e.g. "1st-level service hours: Mon–Fri
 * 10:00–16:00 (Europe/Berlin), public holidays DE-NW". Consecutive weekdays with the same hours are joined into a
 * range. Texts come from the reader's messages ({@code support-contingent.hours.*}), so nothing here depends on Jira.
 */
public final class ServiceHoursText {

    static final String KEY = "support-contingent.hours.";

    private ServiceHoursText() {
    }

    /** The line for the terms of {@code month} (the defaults before the contract's first terms). */
    public static String line(Contract contract, YearMonth month, AuditText.Messages messages) {
        Optional<Terms> terms = contract.termsFor(month);
        return line(terms.map(Terms::serviceHours).orElse(ServiceHours.DEFAULT), contract.zone(),
                terms.flatMap(Terms::holidays).orElse(null), messages);
    }

    /** @param holidays null without a holiday calendar */
    public static String line(ServiceHours hours, ZoneId zone, HolidayCalendar holidays,
            AuditText.Messages messages) {
        Objects.requireNonNull(messages, "messages");
        String schedule = schedule(hours, messages);
        return holidays == null ? messages.text(KEY + "line", schedule, zone.getId())
                : messages.text(KEY + "lineWithHolidays", schedule, zone.getId(), holidays.code());
    }

    /** "Mon–Fri 10:00–16:00, Sat 09:00–12:00": runs of consecutive days with the same hours, Monday first. */
    public static String schedule(ServiceHours hours, AuditText.Messages messages) {
        List<String> parts = new ArrayList<>();
        DayOfWeek[] days = DayOfWeek.values();
        int i = 0;
        while (i < days.length) {
            Optional<ServiceHours.Range> range = hours.hoursOn(days[i]);
            if (range.isEmpty()) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < days.length && range.equals(hours.hoursOn(days[end + 1]))) {
                end++;
            }
            String dayText = end == i ? day(days[i], messages)
                    : messages.text(KEY + "days", day(days[i], messages), day(days[end], messages));
            parts.add(messages.text(KEY + "dayHours", dayText, range.get().from().toString(),
                    range.get().to().toString()));
            i = end + 1;
        }
        return String.join(", ", parts);
    }

    private static String day(DayOfWeek day, AuditText.Messages messages) {
        return messages.text(KEY + "day." + day.name());
    }
}
