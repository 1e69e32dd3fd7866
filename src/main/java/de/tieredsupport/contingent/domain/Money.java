package de.tieredsupport.contingent.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in one currency, always at the currency's scale (EUR: 2 decimals).
 * Factories never round silently: {@link #of(Currency, BigDecimal)} rejects amounts that need rounding, and
 * every rounding operation names its {@link RoundingMode}.
 */
public final class Money implements Comparable<Money> {

    private final Currency currency;
    private final BigDecimal amount;

    private Money(Currency currency, BigDecimal amount) {
        this.currency = currency;
        this.amount = amount;
    }

    /**
     * Exact factory.
     *
     * @throws ArithmeticException if {@code amount} has more significant decimals than the currency allows
     */
    public static Money of(Currency currency, BigDecimal amount) {
        int digits = fractionDigits(currency);
        Objects.requireNonNull(amount, "amount");
        if (!fits(currency, amount)) {
            throw new ArithmeticException("Amount " + amount.toPlainString() + " has more than " + digits
                    + " decimals, the maximum for " + currency.getCurrencyCode());
        }
        return new Money(currency, amount.setScale(digits, RoundingMode.UNNECESSARY));
    }

    /** Factory that rounds to the currency's scale with the given mode. */
    public static Money of(Currency currency, BigDecimal amount, RoundingMode roundingMode) {
        int digits = fractionDigits(currency);
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(roundingMode, "roundingMode");
        return new Money(currency, amount.setScale(digits, roundingMode));
    }

    /** Factory from minor units (cents for EUR). */
    public static Money ofMinor(Currency currency, long minorUnits) {
        return new Money(currency, BigDecimal.valueOf(minorUnits, fractionDigits(currency)));
    }

    public static Money zero(Currency currency) {
        return ofMinor(currency, 0);
    }

    /** Whether {@code amount} can be represented in {@code currency} without rounding (trailing zeros are fine). */
    public static boolean fits(Currency currency, BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= fractionDigits(currency);
    }

    /** The currency's minor-unit digits; pseudo-currencies without them (e.g. XXX) cannot hold money. */
    public static int fractionDigits(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException("Currency " + currency.getCurrencyCode() + " has no minor unit");
        }
        return digits;
    }

    public Currency currency() {
        return currency;
    }

    /** The amount at the currency's scale. */
    public BigDecimal amount() {
        return amount;
    }

    /** The amount in minor units (cents for EUR). */
    public long minorUnits() {
        return amount.unscaledValue().longValueExact();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(currency, amount.add(other.amount));
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(currency, amount.subtract(other.amount));
    }

    public Money negated() {
        return new Money(currency, amount.negate());
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && currency.equals(other.currency) && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, amount);
    }

    /** For example {@code "EUR 5.83"}. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
