package de.tieredsupport.contingent.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Holiday rules from a table: calendar code ({@code DE}, {@code DE-NW}) to dates; a region adds to its country. */
public final class FakeHolidayRules implements HolidayRules {

    private final Map<String, Set<LocalDate>> dates = new HashMap<>();

    public FakeHolidayRules add(String code, String... isoDates) {
        Set<LocalDate> set = dates.computeIfAbsent(code, c -> new HashSet<>());
        for (String d : isoDates) {
            set.add(LocalDate.parse(d));
        }
        return this;
    }

    @Override
    public boolean knowsCountry(String country) {
        return dates.keySet().stream().anyMatch(c -> c.equals(country) || c.startsWith(country + "-"));
    }

    @Override
    public boolean knowsRegion(String country, String region) {
        return dates.containsKey(country + "-" + region);
    }

    @Override
    public Set<LocalDate> holidays(HolidayCalendar calendar, YearMonth month) {
        Set<LocalDate> all = new HashSet<>(dates.getOrDefault(calendar.country(), Set.of()));
        calendar.regionCode().ifPresent(r -> all.addAll(dates.getOrDefault(calendar.code(), Set.of())));
        return all.stream().filter(d -> YearMonth.from(d).equals(month)).collect(Collectors.toSet());
    }
}
