package de.tieredsupport.contingent.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.Test;

public class MinutesTest {

    private static final Minutes MAX = Minutes.of(Long.MAX_VALUE);
    private static final Minutes MIN = Minutes.of(Long.MIN_VALUE);
    private static final Minutes MAX_MINUS1 = Minutes.of(Long.MAX_VALUE - 1);
    private static final Minutes MIN_PLUS1 = Minutes.of(Long.MIN_VALUE + 1);

    //-----------------------------------------------------------------------
    // of, ZERO, toLong, value
    //-----------------------------------------------------------------------
    @Test
    public void shouldHoldTheGivenMinutes() {
        assertEquals(90, Minutes.of(90).toLong());
        assertEquals(90, Minutes.of(90).value());
        assertEquals(-5, Minutes.of(-5).toLong());
        assertEquals(Long.MAX_VALUE, MAX.toLong());
        assertEquals(Long.MIN_VALUE, MIN.toLong());
    }

    @Test
    public void shouldBeZero_ZERO() {
        assertEquals(0, Minutes.ZERO.toLong());
        assertTrue(Minutes.ZERO.isZero());
        assertSame(Minutes.ZERO, Minutes.of(0));
        assertFalse(Minutes.of(1).isZero());
        assertFalse(Minutes.of(-1).isZero());
    }

    @Test
    public void shouldTellTheSign() {
        assertTrue(Minutes.of(-1).isNegative());
        assertFalse(Minutes.of(-1).isPositive());
        assertFalse(Minutes.ZERO.isNegative());
        assertFalse(Minutes.ZERO.isPositive());
        assertTrue(Minutes.of(1).isPositive());
        assertFalse(Minutes.of(1).isNegative());
        assertTrue(MIN.isNegative());
        assertTrue(MAX.isPositive());
    }

    //-----------------------------------------------------------------------
    // plus, minus, multipliedBy, negated
    //-----------------------------------------------------------------------
    @Test
    public void shouldAdd_plus() {
        assertEquals(Minutes.of(95), Minutes.of(90).plus(Minutes.of(5)));
        assertEquals(Minutes.of(85), Minutes.of(90).plus(Minutes.of(-5)));
        assertEquals(Minutes.of(95), Minutes.of(90).plus(5));
        Minutes ninety = Minutes.of(90);
        assertSame(ninety, ninety.plus(Minutes.ZERO));
        assertSame(ninety, ninety.plus(0));
    }

    @Test
    public void shouldSubtract_minus() {
        assertEquals(Minutes.of(85), Minutes.of(90).minus(Minutes.of(5)));
        assertEquals(Minutes.of(-10), Minutes.of(5).minus(Minutes.of(15)));
        assertEquals(Minutes.of(-10), Minutes.of(5).minus(15));
        assertEquals(Minutes.ZERO, Minutes.of(5).minus(Minutes.of(5)));
    }

    @Test
    public void shouldReachTheBoundsExactly() {
        assertEquals(MAX, MAX_MINUS1.plus(Minutes.of(1)));
        assertEquals(MAX, MAX_MINUS1.plus(1));
        assertEquals(MIN, MIN_PLUS1.minus(Minutes.of(1)));
        assertEquals(MIN, MIN_PLUS1.minus(1));
        assertEquals(MIN, MIN_PLUS1.plus(-1));
        assertEquals(MAX, MIN_PLUS1.negated());
        assertEquals(Minutes.of(-1), MAX.plus(MIN));
    }

    @Test(expected = ArithmeticException.class)
    public void shouldRejectOverflowAtLongMaxValue_plus() {
        MAX.plus(Minutes.of(1));
    }

    @Test(expected = ArithmeticException.class)
    public void shouldRejectOverflowAtLongMaxValue_plusLong() {
        MAX.plus(1);
    }

    @Test(expected = ArithmeticException.class)
    public void shouldRejectOverflowAtLongMinValue_plus() {
        MIN.plus(Minutes.of(-1));
    }

    @Test(expected = ArithmeticException.class)
    public void shouldRejectOverflowAtLongMinValue_minus() {
        MIN.minus(Minutes.of(1));
    }

    @Test(expected = ArithmeticException.class)
    public void shouldRejectOverflowAtLongMinValue_minusLong() {
        MIN.minus(1);
    }

    @Test(expected = ArithmeticException.class)
    public void shouldRejectOverflowAtLongMaxValue_minus() {
        MAX.minus(Minutes.of(-1));
    }

    @Test(expected = ArithmeticException.class)
    public void shouldRejectOverflowAtLongMinValue_negated() {
        MIN.negated();
    }

    @Test
    public void shouldMultiply_multipliedBy() {
        assertEquals(Minutes.of(-30), Minutes.of(30).multipliedBy(-1));
        assertEquals(Minutes.ZERO, Minutes.of(30).multipliedBy(0));
        assertEquals(Minutes.of(90), Minutes.of(30).multipliedBy(3));
        assertEquals(MIN_PLUS1, MAX.multipliedBy(-1));
    }

    @Test(expected = ArithmeticException.class)
    public void shouldRejectOverflow_multipliedBy() {
        MIN.multipliedBy(-1);
    }

    @Test(expected = NullPointerException.class)
    public void shouldRejectNull_plus() {
        Minutes.of(1).plus(null);
    }

    @Test(expected = NullPointerException.class)
    public void shouldRejectNull_minus() {
        Minutes.of(1).minus(null);
    }

    //-----------------------------------------------------------------------
    // min, max, atLeastZero
    //-----------------------------------------------------------------------
    @Test
    public void shouldPickTheSmaller_min() {
        assertEquals(Minutes.of(5), Minutes.of(5).min(Minutes.of(10)));
        assertEquals(Minutes.of(5), Minutes.of(10).min(Minutes.of(5)));
        assertEquals(MIN, MAX.min(MIN));
        Minutes a = Minutes.of(7);
        assertSame(a, a.min(Minutes.of(7)));
    }

    @Test
    public void shouldPickTheLarger_max() {
        assertEquals(Minutes.of(10), Minutes.of(5).max(Minutes.of(10)));
        assertEquals(Minutes.of(10), Minutes.of(10).max(Minutes.of(5)));
        assertEquals(Minutes.ZERO, Minutes.of(-5).max(Minutes.ZERO));
        assertEquals(MAX, MIN.max(MAX));
        Minutes a = Minutes.of(7);
        assertSame(a, a.max(Minutes.of(7)));
    }

    @Test
    public void shouldCutNegativesToZero_atLeastZero() {
        assertEquals(Minutes.ZERO, Minutes.of(-1).atLeastZero());
        assertEquals(Minutes.ZERO, MIN.atLeastZero());
        assertEquals(Minutes.ZERO, Minutes.ZERO.atLeastZero());
        assertEquals(Minutes.of(1), Minutes.of(1).atLeastZero());
    }

    //-----------------------------------------------------------------------
    // compareTo, isLessThan, isGreaterThan
    //-----------------------------------------------------------------------
    @Test
    public void shouldOrderByValue_compareTo() {
        List<Minutes> list = new ArrayList<>(List.of(Minutes.of(5), MAX, Minutes.ZERO, MIN, Minutes.of(-5)));
        Collections.sort(list);
        assertEquals(List.of(MIN, Minutes.of(-5), Minutes.ZERO, Minutes.of(5), MAX), list);
        assertEquals(0, Minutes.of(3).compareTo(Minutes.of(3)));
        assertTrue(MIN.compareTo(MAX) < 0);
        assertTrue(MAX.compareTo(MIN) > 0);
    }

    @Test
    public void shouldCompare_isLessThan_isGreaterThan() {
        assertTrue(Minutes.of(4).isLessThan(Minutes.of(5)));
        assertFalse(Minutes.of(5).isLessThan(Minutes.of(5)));
        assertFalse(Minutes.of(6).isLessThan(Minutes.of(5)));
        assertTrue(Minutes.of(6).isGreaterThan(Minutes.of(5)));
        assertFalse(Minutes.of(5).isGreaterThan(Minutes.of(5)));
        assertFalse(Minutes.of(4).isGreaterThan(Minutes.of(5)));
    }

    //-----------------------------------------------------------------------
    // equals, hashCode, toString
    //-----------------------------------------------------------------------
    @Test
    public void shouldBeEqualByValue() {
        Minutes a = Minutes.of(90);
        Minutes b = Minutes.of(60).plus(30);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a, a);
        assertNotEquals(a, Minutes.of(-90));
        assertNotEquals(a, null);
        assertNotEquals(a, 90L);
        assertEquals(MAX, Minutes.of(Long.MAX_VALUE));
        assertEquals(MIN, Minutes.of(Long.MIN_VALUE));
    }

    @Test
    public void shouldReadAsMinutes_toString() {
        assertEquals("90 min", Minutes.of(90).toString());
        assertEquals("0 min", Minutes.ZERO.toString());
        assertEquals("-5 min", Minutes.of(-5).toString());
        assertEquals("9223372036854775807 min", MAX.toString());
    }
}
