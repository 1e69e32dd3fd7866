package de.tieredsupport.contingent.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/**
 * The public holidays the domain may ask about, answered by a holiday library outside the domain. Codes are upper
 * case as in {@link HolidayCalendar}.
 */
public interface HolidayRules {

    /** Knows no country and no holiday: terms without a holiday calendar only. */
    HolidayRules NONE = new HolidayRules() {
        @Override
        public boolean knowsCountry(String country) {
            return false;
        }

        @Override
        public boolean knowsRegion(String country, String region) {
            return false;
        }

        @Override
        public Set<LocalDate> holidays(HolidayCalendar calendar, YearMonth month) {
            return Set.of();
        }
    };

    boolean knowsCountry(String country);

    boolean knowsRegion(String country, String region);

    /** The public holidays of {@code calendar} falling in {@code month} (nationwide and, with a region, regional). */
    Set<LocalDate> holidays(HolidayCalendar calendar, YearMonth month);
}
