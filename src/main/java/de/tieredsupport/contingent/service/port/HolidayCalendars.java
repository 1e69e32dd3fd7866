package de.tieredsupport.contingent.service.port;

import de.tieredsupport.contingent.domain.HolidayRules;
import java.util.List;
import java.util.Locale;

/**
 * The public-holiday calendars a contract may observe, from a holiday library: which countries and regions exist
 * (for validation and the settings form) and their holidays. Codes are upper case ({@code DE}, {@code NW}).
 */
public interface HolidayCalendars extends HolidayRules {

    /** A region of a country, e.g. {@code NW} "North Rhine-Westphalia". */
    record Region(String code, String name) {
    }

    /** A country with its regions, names in the reader's language where the library has them. */
    record Country(String code, String name, List<Region> regions) {

        public Country {
            regions = List.copyOf(regions);
        }
    }

    /** Knows no country: contracts without a holiday calendar only. */
    HolidayCalendars NONE = new HolidayCalendars() {
        @Override
        public boolean knowsCountry(String country) {
            return false;
        }

        @Override
        public boolean knowsRegion(String country, String region) {
            return false;
        }

        @Override
        public java.util.Set<java.time.LocalDate> holidays(de.tieredsupport.contingent.domain.HolidayCalendar calendar,
                java.time.YearMonth month) {
            return java.util.Set.of();
        }

        @Override
        public List<Country> countries(Locale locale) {
            return List.of();
        }
    };

    /** Every country with public holidays, ordered by code, each with its regions ordered by code. */
    List<Country> countries(Locale locale);
}
