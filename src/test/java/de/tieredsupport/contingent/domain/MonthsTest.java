package de.tieredsupport.contingent.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

/** The one month reader of REST, the report module and the terms (issue 12: the report took {@code +10000-01}). */
public class MonthsTest {

    @Test
    public void readsExactlyYyyyDashMmWithinTheSupportedYears() {
        assertEquals(Optional.of(YearMonth.of(2026, 4)), Months.parse("2026-04"));
        assertEquals(Optional.of(YearMonth.of(1970, 1)), Months.parse("1970-01"));
        assertEquals(Optional.of(YearMonth.of(2999, 12)), Months.parse("2999-12"));
        for (String raw : new String[] {"+10000-01", "10000-01", "-2026-04", "1969-12", "3000-01", "9999-01",
            "2026-13", "2026-00", "2026-4", "26-04", " 2026-04", "2026-04 ", "2026/04", "2026-04-01", "april",
            "\u0662\u0660\u0662\u0666-\u0660\u0664", "\uFF12\uFF10\uFF12\uFF16-\uFF10\uFF14", "2026\u201104", "",
            "2026-0\u0034\u200B"}) {
            assertEquals(raw, Optional.empty(), Months.parse(raw));
        }
        assertEquals(Optional.empty(), Months.parse(null));
    }

    @Test
    public void namesTheFieldWithTheCodeTheTranslationsKnow() {
        Violations v = new Violations();
        assertNull(Months.parse(v, "month", "+10000-01"));
        assertNull(Months.parse(v, "effectiveMonth", "  "));
        assertEquals(List.of(new Violation("month", "month.invalid", List.of("+10000-01"),
                "'+10000-01' is not a month like 2026-04"),
                new Violation("effectiveMonth", "month.required", List.of(), "A month like 2026-04 is required")),
                v.list());
        Violations shortened = new Violations();
        Months.parse(shortened, "month", "x".repeat(500));
        assertTrue(shortened.list().get(0).arguments().get(0).toString().length() < 50);
    }
}
