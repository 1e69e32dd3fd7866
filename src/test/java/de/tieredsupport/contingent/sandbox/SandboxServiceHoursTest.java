package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Service hours and public holidays through the plugin as Jira runs it (the jar as an OSGi bundle, its embedded
 * holiday library, real AO): terms with hours and a holiday calendar round-trip over REST, and the forecast of the
 * current month counts service days only. The sandbox runs on today's date, so the expected figures are computed here
 * independently: Monday to Friday without Germany's nationwide public holidays (fixed dates and those from Easter).
 */
public class SandboxServiceHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String LEVELS = "\"levels\": {\"L1\": {\"contingentMinutes\": 480, \"rateAmount\": 70},"
            + " \"L2\": {\"contingentMinutes\": 720, \"rateAmount\": 80},"
            + " \"L3\": {\"contingentMinutes\": 720, \"rateAmount\": 90}}";

    private static Sandbox sandbox;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.forTests());
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    /** Easter Sunday (anonymous Gregorian algorithm). */
    private static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /** Germany's nationwide public holidays of a year. */
    private static Set<LocalDate> germany(int year) {
        LocalDate easter = easter(year);
        Set<LocalDate> days = new HashSet<>();
        days.add(LocalDate.of(year, 1, 1));
        days.add(LocalDate.of(year, 5, 1));
        days.add(LocalDate.of(year, 10, 3));
        days.add(LocalDate.of(year, 12, 25));
        days.add(LocalDate.of(year, 12, 26));
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(easter.plusDays(39));
        days.add(easter.plusDays(50));
        return days;
    }

    private static long serviceDays(LocalDate from, LocalDate to, Set<LocalDate> holidays) {
        long count = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !holidays.contains(d)) {
                count++;
            }
        }
        return count;
    }

    private static long expectedProjection(long used, YearMonth month, LocalDate today, Set<LocalDate> holidays) {
        long total = serviceDays(month.atDay(1), month.atEndOfMonth(), holidays);
        long elapsed = serviceDays(month.atDay(1), today, holidays);
        return elapsed == 0 ? used : BigDecimal.valueOf(used).multiply(BigDecimal.valueOf(total))
                .divide(BigDecimal.valueOf(elapsed), 0, RoundingMode.HALF_UP).longValueExact();
    }

    @Test
    public void termsWithServiceHoursAndHolidaysRoundTripAndTheForecastSkipsTheHolidays() {
        PluginRest rest = sandbox.rest();
        YearMonth month = YearMonth.now(BERLIN);
        LocalDate today = LocalDate.now(BERLIN);

        rest.putTerms(FakeUsers.MANAGER, "ACME", month, "{" + LEVELS + "}");
        JsonNode before = rest.status(FakeUsers.AGENT, "ACME", month);
        JsonNode level = before.get("levels").get(2); // the demo data's 3rd level has work this month
        long used = level.get("usedMinutes").asLong();
        assertTrue("the demo data logs 3rd-level work in the current month", used > 0);
        assertEquals(expectedProjection(used, month, today, Set.of()), level.get("projectedMonthEndMinutes").asLong());
        assertEquals("10:00-16:00", before.get("serviceHours").get("MONDAY").asText());
        assertTrue(before.get("serviceHours").get("SATURDAY").isNull());
        assertTrue(before.get("holidays").isNull());

        rest.putTerms(FakeUsers.MANAGER, "ACME", month, "{" + LEVELS + ", \"serviceHours\": {\"MONDAY\": \"08:00-18:00\","
                + " \"TUESDAY\": \"08:00-18:00\", \"WEDNESDAY\": \"08:00-18:00\", \"THURSDAY\": \"08:00-18:00\","
                + " \"FRIDAY\": \"08:00-16:00\"}, \"holidays\": {\"country\": \"DE\", \"region\": \"NW\"}}");

        JsonNode terms = rest.send(FakeUsers.AGENT, "GET", "/projects/ACME/contract/terms", null); // oldest first
        JsonNode stored = terms.get(terms.size() - 1);
        assertEquals(month.toString(), stored.get("effectiveMonth").asText());
        assertEquals("08:00-18:00", stored.get("serviceHours").get("MONDAY").asText());
        assertEquals("08:00-16:00", stored.get("serviceHours").get("FRIDAY").asText());
        assertTrue(stored.get("serviceHours").get("SUNDAY").isNull());
        assertEquals("DE-NW", stored.get("holidays").get("code").asText());

        // North Rhine-Westphalia adds Corpus Christi (Easter + 60) and All Saints' Day (1 November) to the nationwide
        Set<LocalDate> nrw = new HashSet<>(germany(month.getYear()));
        nrw.add(easter(month.getYear()).plusDays(60));
        nrw.add(LocalDate.of(month.getYear(), 11, 1));
        JsonNode after = rest.status(FakeUsers.AGENT, "ACME", month);
        assertEquals(expectedProjection(used, month, today, nrw),
                after.get("levels").get(2).get("projectedMonthEndMinutes").asLong());
        assertEquals("DE-NW", after.get("holidays").asText());
        assertEquals("08:00-16:00", after.get("serviceHours").get("FRIDAY").asText());
    }

    @Test
    public void anUnknownRegionIsRefusedByNameAndChangesNothing() {
        String tables = sandbox.pluginTablesChecksum();
        try {
            sandbox.rest().putTerms(FakeUsers.MANAGER, "ACME", YearMonth.now(BERLIN).plusMonths(1), "{" + LEVELS
                    + ", \"holidays\": {\"country\": \"DE\", \"region\": \"XY\"}}");
            fail("an unknown region must be refused");
        } catch (PluginRest.Failure e) {
            assertEquals(400, e.status());
            assertTrue(e.body(), e.body().contains("\"field\":\"holidays.region\""));
            assertFalse(e.body(), e.body().contains("\"field\":\"levels"));
        }
        assertEquals(tables, sandbox.pluginTablesChecksum());
    }
}
