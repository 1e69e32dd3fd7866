package de.tieredsupport.contingent.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which public holidays a contract observes: a country (ISO 3166 alpha-2, e.g. {@code DE}) and optionally one of
 * its regions (the holiday library's code, e.g. {@code NW} for North Rhine-Westphalia). Both are kept in upper case.
 * Which codes exist is the holiday library's knowledge ({@link HolidayRules}); this type only checks their form.
 *
 * @param region null for the country's nationwide holidays only
 */
public record HolidayCalendar(String country, String region) {

    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern REGION = Pattern.compile("^[A-Z0-9_]{1,20}$");

    public HolidayCalendar {
        Objects.requireNonNull(country, "country");
        country = country.trim().toUpperCase(Locale.ROOT);
        region = region == null || region.isBlank() ? null : region.trim().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("Not a country code: " + country);
        }
        if (region != null && !REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("Not a region code: " + region);
        }
    }

    public Optional<String> regionCode() {
        return Optional.ofNullable(region);
    }

    /** {@code DE} or {@code DE-NW}; the stored and displayed form. */
    public String code() {
        return region == null ? country : country + "-" + region;
    }

    /** Reads {@link #code()}; null or blank means no holiday calendar. */
    public static Optional<HolidayCalendar> decode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        int dash = code.indexOf('-');
        return Optional.of(dash < 0 ? new HolidayCalendar(code, null)
                : new HolidayCalendar(code.substring(0, dash), code.substring(dash + 1)));
    }

    /**
     * Validates raw input against the rules' known countries and regions. A null or blank country means no holiday
     * calendar (a region without a country is refused). Problems go to {@code field.country} and
     * {@code field.region}.
     *
     * @return the calendar, or empty for none or when there were violations
     */
    public static Optional<HolidayCalendar> parse(Violations v, String field, String country, String region,
            HolidayRules rules) {
        boolean noCountry = country == null || country.isBlank();
        boolean noRegion = region == null || region.isBlank();
        if (noCountry) {
            if (!noRegion) {
                v.add(field + ".country", "holidays.countryRequired", "A region needs its country", region);
            }
            return Optional.empty();
        }
        String c = country.trim().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(c).matches() || !rules.knowsCountry(c)) {
            v.add(field + ".country", "holidays.countryUnknown", "No public holidays are known for country '"
                    + country + "'", country);
            return Optional.empty();
        }
        if (noRegion) {
            return Optional.of(new HolidayCalendar(c, null));
        }
        String r = region.trim().toUpperCase(Locale.ROOT);
        if (!REGION.matcher(r).matches() || !rules.knowsRegion(c, r)) {
            v.add(field + ".region", "holidays.regionUnknown", "'" + region + "' is not a region of " + c, region,
                    c);
            return Optional.empty();
        }
        return Optional.of(new HolidayCalendar(c, r));
    }
}
