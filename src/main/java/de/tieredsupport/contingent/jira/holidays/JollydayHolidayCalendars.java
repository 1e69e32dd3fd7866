package de.tieredsupport.contingent.jira.holidays;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import de.focus_shift.jollyday.core.impl.DefaultHolidayManager;
import de.focus_shift.jollyday.core.impl.JapaneseHolidayManager;
import de.focus_shift.jollyday.core.parser.impl.ChristianHolidayParser;
import de.focus_shift.jollyday.core.parser.impl.EthiopianOrthodoxHolidayParser;
import de.focus_shift.jollyday.core.parser.impl.FixedParser;
import de.focus_shift.jollyday.core.parser.impl.FixedWeekdayBetweenFixedParser;
import de.focus_shift.jollyday.core.parser.impl.FixedWeekdayInMonthParser;
import de.focus_shift.jollyday.core.parser.impl.FixedWeekdayRelativeToFixedParser;
import de.focus_shift.jollyday.core.parser.impl.IslamicHolidayParser;
import de.focus_shift.jollyday.core.parser.impl.RelativeToEasterSundayParser;
import de.focus_shift.jollyday.core.parser.impl.RelativeToFixedParser;
import de.focus_shift.jollyday.core.parser.impl.RelativeToWeekdayInMonthParser;
import de.focus_shift.jollyday.core.spi.ChristianHoliday;
import de.focus_shift.jollyday.core.spi.EthiopianOrthodoxHoliday;
import de.focus_shift.jollyday.core.spi.Fixed;
import de.focus_shift.jollyday.core.spi.FixedWeekdayBetweenFixed;
import de.focus_shift.jollyday.core.spi.FixedWeekdayInMonth;
import de.focus_shift.jollyday.core.spi.FixedWeekdayRelativeToFixed;
import de.focus_shift.jollyday.core.spi.IslamicHoliday;
import de.focus_shift.jollyday.core.spi.RelativeToEasterSunday;
import de.focus_shift.jollyday.core.spi.RelativeToFixed;
import de.focus_shift.jollyday.core.spi.RelativeToWeekdayInMonth;
import de.focus_shift.jollyday.jackson.JacksonConfigurationService;
import de.tieredsupport.contingent.domain.HolidayCalendar;
import de.tieredsupport.contingent.service.port.HolidayCalendars;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Public holidays from Jollyday (embedded in the plugin, relocated), official public holidays only
 * ({@link HolidayType#PUBLIC_HOLIDAY}): the nationwide ones of a country and, with a region, that region's as well.
 * Countries are Jollyday's calendars with a two-letter ISO code; regions are the first level of a calendar's
 * hierarchy (e.g. the German states). Holidays are computed once per calendar and year and kept.
 * <p>
 * Jollyday finds its XML reader and its holiday files through the thread's context class loader; inside an OSGi
 * bundle that loader is the host's, so every call runs with the plugin's own class loader as the context loader.
 */
@Named
public final class JollydayHolidayCalendars implements HolidayCalendars {

    private static final Pattern ISO_COUNTRY = Pattern.compile("^[a-z]{2}$");

    private final Map<String, Set<LocalDate>> byCalendarAndYear = new ConcurrentHashMap<>();
    private final Map<String, Map<String, CalendarHierarchy>> regionsByCountry = new ConcurrentHashMap<>();
    private volatile Set<String> countryCodes;

    @Override
    public boolean knowsCountry(String country) {
        return country != null && countryCodes().contains(country.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean knowsRegion(String country, String region) {
        return knowsCountry(country) && region != null
                && regions(country.toLowerCase(Locale.ROOT)).containsKey(region.toLowerCase(Locale.ROOT));
    }

    @Override
    public Set<LocalDate> holidays(HolidayCalendar calendar, YearMonth month) {
        Set<LocalDate> year = byCalendarAndYear.computeIfAbsent(calendar.code() + "/" + month.getYear(),
                key -> yearOf(calendar, month.getYear()));
        return year.stream().filter(d -> YearMonth.from(d).equals(month)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<Country> countries(Locale locale) {
        List<Country> result = new ArrayList<>();
        for (String code : new java.util.TreeSet<>(countryCodes())) {
            CalendarHierarchy hierarchy = withOwnLoader(() -> manager(code).getCalendarHierarchy());
            List<Region> regions = new ArrayList<>();
            regions(code).forEach((id, child) -> regions.add(new Region(id.toUpperCase(Locale.ROOT),
                    withOwnLoader(() -> child.getDescription(locale)))));
            regions.sort(Comparator.comparing(Region::code));
            result.add(new Country(code.toUpperCase(Locale.ROOT), withOwnLoader(() -> hierarchy.getDescription(locale)),
                    regions));
        }
        return result;
    }

    private Set<LocalDate> yearOf(HolidayCalendar calendar, int year) {
        String country = calendar.country().toLowerCase(Locale.ROOT);
        String[] args = calendar.regionCode().map(r -> new String[] {r.toLowerCase(Locale.ROOT)})
                .orElse(new String[0]);
        return withOwnLoader(() -> manager(country).getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, args))
                .stream().map(Holiday::getActualDate).collect(Collectors.toUnmodifiableSet());
    }

    private Set<String> countryCodes() {
        Set<String> codes = countryCodes;
        if (codes == null) {
            codes = withOwnLoader(HolidayManager::getSupportedCalendarCodes).stream()
                    .map(c -> c.toLowerCase(Locale.ROOT)).filter(c -> ISO_COUNTRY.matcher(c).matches())
                    .collect(Collectors.toUnmodifiableSet());
            countryCodes = codes;
        }
        return codes;
    }

    private Map<String, CalendarHierarchy> regions(String country) {
        return regionsByCountry.computeIfAbsent(country, c -> {
            Map<String, CalendarHierarchy> children = withOwnLoader(
                    () -> manager(c).getCalendarHierarchy().getChildren());
            Map<String, CalendarHierarchy> lower = new TreeMap<>();
            children.forEach((id, child) -> lower.put(id.toLowerCase(Locale.ROOT), child));
            return lower;
        });
    }

    private static HolidayManager manager(String country) {
        return HolidayManager.getInstance(ManagerParameters.create(country, CLASS_NAMES));
    }

    /**
     * Jollyday's own {@code jollyday.properties} names its classes by their original names, which the relocation into
     * the plugin's package does not rewrite; these entries, from class literals (relocated with the classes), take
     * precedence over it.
     */
    private static final Properties CLASS_NAMES = new Properties();

    static {
        CLASS_NAMES.setProperty("manager.impl", DefaultHolidayManager.class.getName());
        CLASS_NAMES.setProperty("manager.impl.jp", JapaneseHolidayManager.class.getName());
        CLASS_NAMES.setProperty("configuration.service.impl", JacksonConfigurationService.class.getName());
        parser(Fixed.class, FixedParser.class);
        parser(FixedWeekdayInMonth.class, FixedWeekdayInMonthParser.class);
        parser(IslamicHoliday.class, IslamicHolidayParser.class);
        parser(ChristianHoliday.class, ChristianHolidayParser.class);
        parser(RelativeToFixed.class, RelativeToFixedParser.class);
        parser(RelativeToWeekdayInMonth.class, RelativeToWeekdayInMonthParser.class);
        parser(FixedWeekdayBetweenFixed.class, FixedWeekdayBetweenFixedParser.class);
        parser(FixedWeekdayRelativeToFixed.class, FixedWeekdayRelativeToFixedParser.class);
        parser(EthiopianOrthodoxHoliday.class, EthiopianOrthodoxHolidayParser.class);
        parser(RelativeToEasterSunday.class, RelativeToEasterSundayParser.class);
    }

    private static void parser(Class<?> holidayType, Class<?> parser) {
        CLASS_NAMES.setProperty("parser.impl." + holidayType.getName(), parser.getName());
    }

    private static <T> T withOwnLoader(Supplier<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(JollydayHolidayCalendars.class.getClassLoader());
        try {
            return call.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
