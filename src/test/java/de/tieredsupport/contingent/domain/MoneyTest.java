package de.tieredsupport.contingent.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.Test;

public class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency BHD = Currency.getInstance("BHD");
    private static final Currency XXX = Currency.getInstance("XXX");

    private static Money eur(String amount) {
        return Money.of(EUR, new BigDecimal(amount));
    }

    //-----------------------------------------------------------------------
    // of(Currency, BigDecimal)
    //-----------------------------------------------------------------------
    @Test
    public void shouldScaleToTheCurrency() {
        assertEquals(new BigDecimal("70.00"), eur("70").amount());
        assertEquals(new BigDecimal("5.80"), eur("5.8").amount());
        assertEquals(new BigDecimal("70"), Money.of(JPY, new BigDecimal("70")).amount());
        assertEquals(new BigDecimal("1.234"), Money.of(BHD, new BigDecimal("1.234")).amount());
    }

    @Test
    public void shouldAcceptTrailingZerosBeyondTheCurrencyScale() {
        assertEquals(eur("70.00"), eur("70.000"));
    }

    @Test(expected = ArithmeticException.class)
    public void shouldRejectTooManyDecimals_EUR() {
        eur("70.005");
    }

    @Test(expected = ArithmeticException.class)
    public void shouldRejectTooManyDecimals_JPY() {
        Money.of(JPY, new BigDecimal("1.5"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void shouldRejectCurrencyWithoutMinorUnit() {
        Money.of(XXX, BigDecimal.ONE);
    }

    @Test(expected = NullPointerException.class)
    public void shouldRejectNullCurrency() {
        Money.of(null, BigDecimal.ONE);
    }

    @Test(expected = NullPointerException.class)
    public void shouldRejectNullAmount() {
        Money.of(EUR, null);
    }

    //-----------------------------------------------------------------------
    // of(Currency, BigDecimal, RoundingMode)
    //-----------------------------------------------------------------------
    @Test
    public void shouldRoundWithTheGivenMode() {
        BigDecimal fiveMinutesAt70 = new BigDecimal("5.8333333");
        assertEquals(eur("5.83"), Money.of(EUR, fiveMinutesAt70, RoundingMode.HALF_UP));
        assertEquals(eur("5.84"), Money.of(EUR, fiveMinutesAt70, RoundingMode.UP));
        assertEquals(eur("0.01"), Money.of(EUR, new BigDecimal("0.005"), RoundingMode.HALF_UP));
        assertEquals(eur("0.00"), Money.of(EUR, new BigDecimal("0.005"), RoundingMode.HALF_DOWN));
    }

    @Test(expected = ArithmeticException.class)
    public void shouldRejectRoundingWhenUnnecessaryIsDemanded() {
        Money.of(EUR, new BigDecimal("0.005"), RoundingMode.UNNECESSARY);
    }

    //-----------------------------------------------------------------------
    // minor units
    //-----------------------------------------------------------------------
    @Test
    public void shouldConvertMinorUnits() {
        assertEquals(eur("40.83"), Money.ofMinor(EUR, 4083));
        assertEquals(4083, eur("40.83").minorUnits());
        assertEquals(-1, Money.ofMinor(EUR, -1).minorUnits());
        assertEquals(Money.of(JPY, new BigDecimal("4083")), Money.ofMinor(JPY, 4083));
        assertTrue(Money.zero(EUR).isZero());
    }

    @Test
    public void shouldTellWhetherAnAmountFits() {
        assertTrue(Money.fits(EUR, new BigDecimal("0.01")));
        assertTrue(Money.fits(EUR, new BigDecimal("1.100")));
        assertFalse(Money.fits(EUR, new BigDecimal("0.001")));
        assertFalse(Money.fits(JPY, new BigDecimal("0.5")));
    }

    //-----------------------------------------------------------------------
    // arithmetic and comparison
    //-----------------------------------------------------------------------
    @Test
    public void shouldAddAndSubtractExactly() {
        assertEquals(eur("40.83"), eur("35.00").plus(eur("5.83")));
        assertEquals(eur("-0.02"), eur("40.81").minus(eur("40.83")));
        assertTrue(eur("-0.02").isNegative());
        assertEquals(eur("0.02"), eur("-0.02").negated());
    }

    @Test(expected = IllegalArgumentException.class)
    public void shouldRejectMixedCurrencies() {
        eur("1").plus(Money.of(JPY, BigDecimal.ONE));
    }

    @Test
    public void shouldCompareByAmount() {
        assertTrue(eur("5.83").compareTo(eur("5.84")) < 0);
        assertEquals(0, eur("5.80").compareTo(eur("5.8")));
    }

    @Test
    public void shouldBeAValue() {
        assertEquals(eur("5.8"), eur("5.80"));
        assertEquals(eur("5.8").hashCode(), eur("5.80").hashCode());
        assertNotEquals(eur("5.80"), eur("5.81"));
        assertEquals("EUR 5.80", eur("5.8").toString());
    }
}
