package de.tieredsupport.contingent.domain;

import static de.tieredsupport.contingent.domain.SupportLevel.L1;
import static de.tieredsupport.contingent.domain.SupportLevel.L2;
import static de.tieredsupport.contingent.domain.SupportLevel.L3;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class LevelMinutesTest {

    //-----------------------------------------------------------------------
    // construction
    //-----------------------------------------------------------------------
    @Test
    public void shouldHoldTheMinutesOfEachLevel() {
        LevelMinutes minutes = LevelMinutes.of(60, 120, 30);
        assertEquals(Minutes.of(60), minutes.get(L1));
        assertEquals(Minutes.of(120), minutes.get(L2));
        assertEquals(Minutes.of(30), minutes.get(L3));
    }

    @Test
    public void shouldBeZeroAtEveryLevel_ZERO() {
        for (SupportLevel level : SupportLevel.values()) {
            assertEquals(Minutes.of(0), LevelMinutes.ZERO.get(level));
        }
        assertTrue(LevelMinutes.ZERO.isZero());
        assertFalse(LevelMinutes.of(0, 0, 1).isZero());
    }

    @Test
    public void shouldAllowNegativeAndExtremeMinutes() {
        LevelMinutes minutes = LevelMinutes.of(-5, Long.MAX_VALUE, Long.MIN_VALUE);
        assertEquals(Minutes.of(-5), minutes.get(L1));
        assertEquals(Minutes.of(Long.MAX_VALUE), minutes.get(L2));
        assertEquals(Minutes.of(Long.MIN_VALUE), minutes.get(L3));
    }

    @Test
    public void shouldCountMissingLevelsAsZero_ofMap() {
        assertEquals(LevelMinutes.of(0, 45, 0), LevelMinutes.of(Map.of(L2, 45L)));
        assertEquals(LevelMinutes.ZERO, LevelMinutes.of(Map.of()));
        assertEquals(LevelMinutes.of(1, 2, 3), LevelMinutes.of(Map.of(L3, 3L, L1, 1L, L2, 2L)));
    }

    @Test(expected = NullPointerException.class)
    public void shouldRejectNullValue_ofMap() {
        Map<SupportLevel, Long> withNull = new EnumMap<>(SupportLevel.class);
        withNull.put(L1, null);
        LevelMinutes.of(withNull);
    }

    @Test(expected = NullPointerException.class)
    public void shouldRejectNullMap_ofMap() {
        LevelMinutes.of((Map<SupportLevel, Long>) null);
    }

    @Test
    public void shouldAskForEachLevelInOrder_byLevel() {
        List<SupportLevel> asked = new java.util.ArrayList<>();
        LevelMinutes minutes = LevelMinutes.byLevel(level -> {
            asked.add(level);
            return Minutes.of(10L * (level.ordinal() + 1));
        });
        assertEquals(List.of(L1, L2, L3), asked);
        assertEquals(LevelMinutes.of(10, 20, 30), minutes);
    }

    @Test(expected = NullPointerException.class)
    public void shouldRejectNullMinutes_byLevel() {
        LevelMinutes.byLevel(level -> level == L2 ? null : Minutes.ZERO);
    }

    //-----------------------------------------------------------------------
    // with, plus, minus, total
    //-----------------------------------------------------------------------
    @Test
    public void shouldReplaceOneLevel_with() {
        LevelMinutes base = LevelMinutes.of(1, 2, 3);
        assertEquals(LevelMinutes.of(1, 20, 3), base.with(L2, Minutes.of(20)));
        assertEquals(LevelMinutes.of(1, 2, 3), base);
        assertSame(base, base.with(L3, Minutes.of(3)));
    }

    @Test
    public void shouldAddLevelWise_plus() {
        assertEquals(LevelMinutes.of(11, 22, 33), LevelMinutes.of(1, 2, 3).plus(LevelMinutes.of(10, 20, 30)));
        assertEquals(LevelMinutes.of(1, 2, 8), LevelMinutes.of(1, 2, 3).plus(L3, Minutes.of(5)));
        assertEquals(LevelMinutes.of(1, 2, -2), LevelMinutes.of(1, 2, 3).plus(L3, Minutes.of(-5)));
    }

    @Test
    public void shouldSubtractLevelWise_minus() {
        assertEquals(LevelMinutes.of(9, -2, 0), LevelMinutes.of(10, 0, 3).minus(LevelMinutes.of(1, 2, 3)));
    }

    @Test
    public void shouldAddAllLevels_total() {
        assertEquals(Minutes.of(6), LevelMinutes.of(1, 2, 3).total());
        assertEquals(Minutes.of(0), LevelMinutes.of(-4, 4, 0).total());
    }

    @Test
    public void shouldReachLongMaxValueExactly() {
        assertEquals(Minutes.of(Long.MAX_VALUE),
                LevelMinutes.of(Long.MAX_VALUE - 1, 0, 0).plus(L1, Minutes.of(1)).get(L1));
        assertEquals(Minutes.of(Long.MAX_VALUE), LevelMinutes.of(Long.MAX_VALUE - 2, 1, 1).total());
    }

    @Test(expected = ArithmeticException.class)
    public void shouldRejectOverflow_plus() {
        LevelMinutes.of(0, Long.MAX_VALUE, 0).plus(LevelMinutes.of(0, 1, 0));
    }

    @Test(expected = ArithmeticException.class)
    public void shouldRejectOverflow_plusLevel() {
        LevelMinutes.of(0, 0, Long.MAX_VALUE).plus(L3, Minutes.of(1));
    }

    @Test(expected = ArithmeticException.class)
    public void shouldRejectOverflow_minus() {
        LevelMinutes.of(Long.MIN_VALUE, 0, 0).minus(LevelMinutes.of(1, 0, 0));
    }

    @Test(expected = ArithmeticException.class)
    public void shouldRejectOverflow_total() {
        LevelMinutes.of(Long.MAX_VALUE, 1, 0).total();
    }

    //-----------------------------------------------------------------------
    // asMap
    //-----------------------------------------------------------------------
    @Test
    public void shouldListEveryLevelInOrder_asMap() {
        Map<SupportLevel, Long> map = LevelMinutes.of(0, 7, 0).asMap();
        assertEquals(List.of(L1, L2, L3), List.copyOf(map.keySet()));
        assertEquals(Map.of(L1, 0L, L2, 7L, L3, 0L), map);
        assertEquals(LevelMinutes.of(0, 7, 0), LevelMinutes.of(map));
    }

    @Test(expected = UnsupportedOperationException.class)
    public void shouldNotBeModifiable_asMap() {
        LevelMinutes.of(1, 2, 3).asMap().put(L1, 99L);
    }

    @Test
    public void shouldNotSeeChangesOfTheSourceMap() {
        Map<SupportLevel, Long> source = new HashMap<>(Map.of(L1, 5L));
        LevelMinutes minutes = LevelMinutes.of(source);
        source.put(L1, 6L);
        assertEquals(Minutes.of(5), minutes.get(L1));
    }

    //-----------------------------------------------------------------------
    // equals, hashCode, toString
    //-----------------------------------------------------------------------
    @Test
    public void shouldBeEqualByMinutes() {
        LevelMinutes a = LevelMinutes.of(1, 2, 3);
        LevelMinutes b = LevelMinutes.ZERO.with(L1, Minutes.of(1)).with(L2, Minutes.of(2))
                .with(L3, Minutes.of(3));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a, a);
        assertNotEquals(a, LevelMinutes.of(3, 2, 1));
        assertNotEquals(a, null);
        assertNotEquals(a, a.asMap());
    }

    @Test
    public void shouldNameEachLevel_toString() {
        assertEquals("LevelMinutes[L1=60, L2=0, L3=-30]", LevelMinutes.of(60, 0, -30).toString());
    }
}
