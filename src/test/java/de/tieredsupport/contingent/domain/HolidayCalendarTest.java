package de.tieredsupport.contingent.domain;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.Test;

public class HolidayCalendarTest {

    private static final HolidayRules RULES = new FakeHolidayRules().add("DE").add("DE-NW").add("DE-BE").add("AT");

    private static List<String> problems(String country, String region) {
        Violations v = new Violations();
        assertEquals(Optional.empty(), HolidayCalendar.parse(v, "holidays", country, region, RULES));
        return v.list().stream().map(x -> x.field() + " " + x.code()).collect(Collectors.toList());
    }

    @Test
    public void shouldAcceptKnownCountriesAndRegionsInAnyCase() {
        Violations v = new Violations();
        assertEquals(Optional.of(new HolidayCalendar("DE", "NW")),
                HolidayCalendar.parse(v, "holidays", " de ", "nw", RULES));
        assertEquals(Optional.of(new HolidayCalendar("AT", null)),
                HolidayCalendar.parse(v, "holidays", "AT", "", RULES));
        assertEquals(Optional.empty(), HolidayCalendar.parse(v, "holidays", null, null, RULES));
        assertEquals(List.of(), v.list());
    }

    @Test
    public void shouldNameTheFieldOfAnUnknownCode() {
        assertEquals(List.of("holidays.country holidays.countryUnknown"), problems("XX", null));
        assertEquals(List.of("holidays.country holidays.countryUnknown"), problems("DEU", null));
        assertEquals(List.of("holidays.region holidays.regionUnknown"), problems("DE", "XY"));
        assertEquals(List.of("holidays.region holidays.regionUnknown"), problems("AT", "NW"));
        assertEquals(List.of("holidays.country holidays.countryRequired"), problems(null, "NW"));
    }

    @Test
    public void shouldWriteAndReadItsCode() {
        assertEquals("DE-NW", new HolidayCalendar("de", "nw").code());
        assertEquals("DE", new HolidayCalendar("DE", null).code());
        assertEquals(Optional.of(new HolidayCalendar("DE", "NW")), HolidayCalendar.decode("DE-NW"));
        assertEquals(Optional.of(new HolidayCalendar("AT", null)), HolidayCalendar.decode("AT"));
        assertEquals(Optional.empty(), HolidayCalendar.decode(null));
        assertEquals(Optional.empty(), HolidayCalendar.decode(" "));
    }
}
