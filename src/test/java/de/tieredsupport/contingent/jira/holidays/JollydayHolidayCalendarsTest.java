package de.tieredsupport.contingent.jira.holidays;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import de.tieredsupport.contingent.domain.HolidayCalendar;
import de.tieredsupport.contingent.service.port.HolidayCalendars;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import org.junit.Test;

public class JollydayHolidayCalendarsTest {

    private static final JollydayHolidayCalendars CALENDARS = new JollydayHolidayCalendars();

    private static Set<LocalDate> holidays(String country, String region, String month) {
        return CALENDARS.holidays(new HolidayCalendar(country, region), YearMonth.parse(month));
    }

    @Test
    public void shouldKnowCorpusChristiInNorthRhineWestphaliaButNotInBerlin() {
        // Easter 2026 is 5 April, Corpus Christi 60 days later: Thursday 4 June
        assertEquals(Set.of(LocalDate.parse("2026-06-04")), holidays("DE", "NW", "2026-06"));
        assertEquals(Set.of(), holidays("DE", "BE", "2026-06"));
        assertEquals(Set.of(), holidays("DE", null, "2026-06"));
    }

    @Test
    public void shouldKnowNationwideHolidaysInEveryRegion() {
        // May 2026: Labour Day (Fri 1st), Ascension (Thu 14th), Whit Monday (25th)
        Set<LocalDate> may = Set.of(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-14"),
                LocalDate.parse("2026-05-25"));
        assertEquals(may, holidays("DE", null, "2026-05"));
        assertEquals(may, holidays("DE", "BE", "2026-05"));
        // Berlin's own: International Women's Day, 8 March
        assertTrue(holidays("DE", "BE", "2026-03").contains(LocalDate.parse("2026-03-08")));
        assertFalse(holidays("DE", "NW", "2026-03").contains(LocalDate.parse("2026-03-08")));
    }

    @Test
    public void shouldKnowCountriesAndRegionsByCodeInAnyCase() {
        assertTrue(CALENDARS.knowsCountry("DE"));
        assertTrue(CALENDARS.knowsCountry("at"));
        assertFalse(CALENDARS.knowsCountry("XX"));
        assertTrue(CALENDARS.knowsRegion("DE", "NW"));
        assertTrue(CALENDARS.knowsRegion("de", "by"));
        assertFalse(CALENDARS.knowsRegion("DE", "XY"));
        assertFalse(CALENDARS.knowsRegion("AT", "NW"));
    }

    @Test
    public void shouldListCountriesWithRegionsForTheForm() {
        HolidayCalendars.Country germany = CALENDARS.countries(Locale.GERMAN).stream()
                .filter(c -> c.code().equals("DE")).findFirst().orElseThrow();
        assertEquals("Deutschland", germany.name());
        assertEquals(16, germany.regions().size());
        HolidayCalendars.Region nrw = germany.regions().stream().filter(r -> r.code().equals("NW")).findFirst()
                .orElseThrow();
        assertEquals("Nordrhein-Westfalen", nrw.name());
        HolidayCalendars.Country english = CALENDARS.countries(Locale.ENGLISH).stream()
                .filter(c -> c.code().equals("DE")).findFirst().orElseThrow();
        assertEquals("Germany", english.name());
        assertTrue(CALENDARS.countries(Locale.ENGLISH).stream().allMatch(c -> c.code().matches("[A-Z]{2}")));
    }

    @Test
    public void shouldRestoreTheCallersContextClassLoader() {
        ClassLoader own = new ClassLoader(null) {
        };
        Thread.currentThread().setContextClassLoader(own);
        try {
            assertEquals(Set.of(LocalDate.parse("2027-05-27")), holidays("DE", "NW", "2027-05").stream()
                    .filter(d -> d.getDayOfMonth() == 27).collect(java.util.stream.Collectors.toSet()));
            assertSame(own, Thread.currentThread().getContextClassLoader());
        } finally {
            Thread.currentThread().setContextClassLoader(JollydayHolidayCalendarsTest.class.getClassLoader());
        }
    }
}
