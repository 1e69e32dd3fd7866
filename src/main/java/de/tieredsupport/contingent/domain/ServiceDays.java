package de.tieredsupport.contingent.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The days on which 1st-level service is given: the service hours are open on the weekday and the day is no public
 * holiday. The forecast of a month counts these days only.
 *
 * @param holidays public holidays (at least those of the month asked about)
 */
public record ServiceDays(ServiceHours hours, Set<LocalDate> holidays) {

    /** Monday to Friday without holidays: the default service hours and no holiday calendar. */
    public static final ServiceDays WEEKDAYS = new ServiceDays(ServiceHours.DEFAULT, Set.of());

    public ServiceDays {
        Objects.requireNonNull(hours, "hours");
        holidays = Set.copyOf(holidays);
    }

    public boolean isServiceDay(LocalDate day) {
        return hours.isOpenOn(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** Service days in [from, to], both inclusive; 0 if to is before from. */
    public long count(LocalDate from, LocalDate to) {
        long count = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isServiceDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The {@code n}th service day (1-based) on or after {@code first} and not after {@code last}. */
    public Optional<LocalDate> nth(LocalDate first, LocalDate last, long n) {
        long seen = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (isServiceDay(d) && ++seen == n) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
