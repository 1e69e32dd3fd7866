package de.tieredsupport.contingent.domain;

/**
 * A whole number of minutes: a duration, never a point in time, never seconds, never money. The value is signed,
 * because the domain needs differences (a booking leaving a ticket total, one month against another); where minutes
 * cannot be negative (used, available, contingent, caps) the owner checks {@link #isNegative()}. Arithmetic is exact
 * and fails with {@link ArithmeticException} instead of overflowing silently.
 *
 * <p>Immutable and a value type: compare with {@link #equals}, never with {@code ==}. Adapters convert at their
 * boundary with {@link #of(long)} and {@link #toLong()}; what is stored or sent stays a plain number of minutes.
 */
public final class Minutes implements Comparable<Minutes> {

    /** No minutes. */
    public static final Minutes ZERO = new Minutes(0);

    private final long value;

    private Minutes(long value) {
        this.value = value;
    }

    /** The given number of minutes; any long, negative included. */
    public static Minutes of(long minutes) {
        return minutes == 0 ? ZERO : new Minutes(minutes);
    }

    /** The number of minutes, for adapters and arithmetic the type does not offer. */
    public long toLong() {
        return value;
    }

    /** The same as {@link #toLong()}, for record-style access. */
    public long value() {
        return value;
    }

    //-----------------------------------------------------------------------
    public Minutes plus(Minutes other) {
        return other.value == 0 ? this : of(Math.addExact(value, other.value));
    }

    public Minutes plus(long minutes) {
        return minutes == 0 ? this : of(Math.addExact(value, minutes));
    }

    public Minutes minus(Minutes other) {
        return other.value == 0 ? this : of(Math.subtractExact(value, other.value));
    }

    public Minutes minus(long minutes) {
        return minutes == 0 ? this : of(Math.subtractExact(value, minutes));
    }

    /** These minutes times a whole factor, e.g. -1 to turn an addition into a removal. */
    public Minutes multipliedBy(long factor) {
        return factor == 1 ? this : of(Math.multiplyExact(value, factor));
    }

    public Minutes negated() {
        return of(Math.negateExact(value));
    }

    /** The smaller of the two; {@code this} when equal. */
    public Minutes min(Minutes other) {
        return other.value < value ? other : this;
    }

    /** The larger of the two; {@code this} when equal. */
    public Minutes max(Minutes other) {
        return other.value > value ? other : this;
    }

    /** These minutes, or zero where they are negative: what is left of a difference. */
    public Minutes atLeastZero() {
        return value < 0 ? ZERO : this;
    }

    //-----------------------------------------------------------------------
    public boolean isZero() {
        return value == 0;
    }

    public boolean isNegative() {
        return value < 0;
    }

    public boolean isPositive() {
        return value > 0;
    }

    public boolean isLessThan(Minutes other) {
        return value < other.value;
    }

    public boolean isGreaterThan(Minutes other) {
        return value > other.value;
    }

    @Override
    public int compareTo(Minutes other) {
        return Long.compare(value, other.value);
    }

    //-----------------------------------------------------------------------
    @Override
    public boolean equals(Object o) {
        return o instanceof Minutes other && value == other.value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    /** E.g. {@code 90 min} or {@code -5 min}. */
    @Override
    public String toString() {
        return value + " min";
    }
}
