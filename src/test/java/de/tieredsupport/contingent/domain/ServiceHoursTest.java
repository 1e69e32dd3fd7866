package de.tieredsupport.contingent.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.Test;

public class ServiceHoursTest {

    private static Map<String, String> raw(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static List<String> problems(Map<String, String> raw) {
        Violations v = new Violations();
        assertNull(ServiceHours.parse(v, "serviceHours", raw));
        return v.list().stream().map(x -> x.field() + " " + x.code()).collect(Collectors.toList());
    }

    @Test
    public void shouldDefaultToMondayToFridayTenToFour() {
        ServiceHours hours = ServiceHours.DEFAULT;
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            assertEquals("10:00-16:00", hours.hoursOn(day).orElseThrow().text());
        }
        assertFalse(hours.isOpenOn(DayOfWeek.SATURDAY));
        assertFalse(hours.isOpenOn(DayOfWeek.SUNDAY));
        assertEquals(ServiceHours.DEFAULT, ServiceHours.parse(new Violations(), "serviceHours", null));
    }

    @Test
    public void shouldParseOpenAndClosedDaysInAnyCase() {
        ServiceHours hours = ServiceHours.parse(new Violations(), "serviceHours",
                raw("monday", "8:00-17:30", "Saturday", " 09:00 - 12:00 ", "SUNDAY", null, "TUESDAY", ""));
        assertEquals(new ServiceHours.Range(LocalTime.of(8, 0), LocalTime.of(17, 30)),
                hours.hoursOn(DayOfWeek.MONDAY).orElseThrow());
        assertEquals("09:00-12:00", hours.hoursOn(DayOfWeek.SATURDAY).orElseThrow().text());
        assertFalse(hours.isOpenOn(DayOfWeek.SUNDAY));
        assertFalse(hours.isOpenOn(DayOfWeek.TUESDAY));
        assertFalse(hours.isOpenOn(DayOfWeek.WEDNESDAY));
    }

    @Test
    public void shouldNameTheWeekdayOfEveryProblem() {
        assertEquals(List.of("serviceHours.MONDAY serviceHours.rangeInvalid",
                "serviceHours.TUESDAY serviceHours.rangeEmpty",
                "serviceHours.FUNDAY serviceHours.dayUnknown",
                "serviceHours.WEDNESDAY serviceHours.rangeInvalid",
                "serviceHours.THURSDAY serviceHours.rangeInvalid"),
                problems(raw("MONDAY", "10-16", "TUESDAY", "16:00-10:00", "FUNDAY", "10:00-12:00",
                        "WEDNESDAY", "24:00-25:00", "THURSDAY", "10:60-11:00")));
        assertEquals(List.of("serviceHours.TUESDAY serviceHours.rangeEmpty"),
                problems(raw("TUESDAY", "10:00-10:00")));
    }

    @Test
    public void shouldRefuseAScheduleWithoutAnyOpenDay() {
        assertEquals(List.of("serviceHours serviceHours.noDay"), problems(raw()));
        assertEquals(List.of("serviceHours serviceHours.noDay"), problems(raw("MONDAY", null)));
    }

    @Test
    public void shouldEncodeAndDecodeTheStoredForm() {
        ServiceHours hours = ServiceHours.parse(new Violations(), "serviceHours",
                raw("SATURDAY", "09:00-12:00", "MONDAY", "07:30-19:45"));
        assertEquals("MONDAY=07:30-19:45;SATURDAY=09:00-12:00", hours.encode());
        assertEquals(hours, ServiceHours.decode(hours.encode()));
        assertEquals(ServiceHours.DEFAULT, ServiceHours.decode(null));
        assertEquals(ServiceHours.DEFAULT, ServiceHours.decode(""));
        assertEquals("MONDAY=10:00-16:00;TUESDAY=10:00-16:00;WEDNESDAY=10:00-16:00;THURSDAY=10:00-16:00;"
                + "FRIDAY=10:00-16:00", ServiceHours.DEFAULT.encode());
    }

    @Test
    public void shouldListEveryWeekdayInTheTextForm() {
        Map<String, String> text = ServiceHours.DEFAULT.toText();
        assertEquals(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"),
                List.copyOf(text.keySet()));
        assertEquals("10:00-16:00", text.get("FRIDAY"));
        assertNull(text.get("SATURDAY"));
        assertTrue(text.containsKey("SUNDAY"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void shouldRefuseAnEmptyRange() {
        new ServiceHours.Range(LocalTime.of(12, 0), LocalTime.of(12, 0));
    }
}
