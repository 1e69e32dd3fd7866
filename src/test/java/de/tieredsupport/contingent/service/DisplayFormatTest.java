package de.tieredsupport.contingent.service;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

import org.junit.Test;

import de.tieredsupport.contingent.domain.Money;

public class DisplayFormatTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DisplayFormat EN = new DisplayFormat(Locale.ENGLISH, BERLIN);
    private static final DisplayFormat DE = new DisplayFormat(Locale.GERMAN, BERLIN);
    private static final Currency EUR = Currency.getInstance("EUR");

    /** The JDK writes a no-break space between amount and symbol; readers see a space. */
    private static String spaces(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    @Test
    public void durationsAsJiraShowsLoggedTimeInBothLanguages() {
        for (DisplayFormat format : new DisplayFormat[] {EN, DE}) {
            assertEquals("3h 30m", format.duration(210));
            assertEquals("8h", format.duration(480));
            assertEquals("25m", format.duration(25));
            assertEquals("0m", format.duration(0));
            assertEquals("6h 25m", format.duration(385));
            assertEquals("-1h 5m", format.duration(-65));
            assertEquals("-5m", format.duration(-5));
            assertEquals("10000h", format.duration(600_000));
        }
    }

    @Test
    public void formInputHoursStayHoursAndMinutes() {
        assertEquals("6:25", DE.inputHours(385));
        assertEquals("0:05", EN.inputHours(5));
        assertEquals("-1:05", EN.inputHours(-65));
    }

    @Test
    public void moneyWithTheLocalesSeparatorsAndTheCurrency() {
        assertEquals("70,00 €", spaces(DE.money(Money.of(EUR, new BigDecimal("70")))));
        assertEquals("€70.00", EN.money(Money.of(EUR, new BigDecimal("70"))));
        assertEquals("1.234,56 €", spaces(DE.money(Money.of(EUR, new BigDecimal("1234.56")))));
        assertEquals("€1,234.56", EN.money(Money.of(EUR, new BigDecimal("1234.56"))));
        assertEquals("-5,83 €", spaces(DE.money(Money.of(EUR, new BigDecimal("-5.83")))));
        assertEquals("-€5.83", EN.money(Money.of(EUR, new BigDecimal("-5.83"))));
        // the contract's currency, with its own digits
        assertEquals("1.235 ¥", spaces(DE.money(Money.of(Currency.getInstance("JPY"), new BigDecimal("1235")))));
        assertEquals("CHF 70.00", spaces(EN.money(Money.of(Currency.getInstance("CHF"), new BigDecimal("70")))));
    }

    @Test
    public void moneyIsFormattedFromTheExactDecimal() {
        // 0.1 + 0.2 as doubles would not be 0.30; a large amount keeps every cent
        Money amount = Money.of(EUR, new BigDecimal("0.1")).plus(Money.of(EUR, new BigDecimal("0.2")));
        assertEquals("€0.30", EN.money(amount));
        assertEquals("€98,765,432,109,876.54", EN.money(Money.of(EUR, new BigDecimal("98765432109876.54"))));
    }

    @Test
    public void decimalsWithTheLocalesSeparators() {
        assertEquals("1.234,50", DE.decimal(new BigDecimal("1234.5"), 2));
        assertEquals("1,234.50", EN.decimal(new BigDecimal("1234.5"), 2));
    }

    @Test
    public void monthsByName() {
        assertEquals("Dezember 2026", DE.month(YearMonth.of(2026, 12)));
        assertEquals("December 2026", EN.month(YearMonth.of(2026, 12)));
        assertEquals("März 2026", DE.month(YearMonth.of(2026, 3)));
    }

    @Test
    public void datesAndTimesInTheLocaleAndZone() {
        assertEquals("02.12.2026", DE.date(LocalDate.of(2026, 12, 2)));
        assertEquals("Dec 2, 2026", EN.date(LocalDate.of(2026, 12, 2)));
        Instant at = Instant.parse("2026-12-02T16:56:23.586434394Z");
        assertEquals("02.12.2026, 17:56", DE.dateTime(at));
        assertEquals("Dec 2, 2026, 5:56 PM", EN.dateTime(at));
        assertEquals("Dec 2, 2026, 4:56 PM", spaces(EN.inZone(ZoneId.of("UTC")).dateTime(at)));
    }

    @Test
    public void noLocaleMeansEnglish() {
        assertEquals("December 2026", new DisplayFormat(null, BERLIN).month(YearMonth.of(2026, 12)));
    }
}
