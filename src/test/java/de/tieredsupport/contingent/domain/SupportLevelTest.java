package de.tieredsupport.contingent.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Arrays;
import java.util.Optional;
import org.junit.Test;

public class SupportLevelTest {

    @Test
    public void shouldHaveStableKeysInOrder() {
        assertEquals(Arrays.asList("L1", "L2", "L3"),
                Arrays.stream(SupportLevel.values()).map(SupportLevel::key).toList());
        assertTrue(SupportLevel.L1.compareTo(SupportLevel.L2) < 0);
        assertTrue(SupportLevel.L2.compareTo(SupportLevel.L3) < 0);
        assertEquals("2nd level", SupportLevel.L2.displayName());
    }

    @Test
    public void shouldFindByExactKeyOnly() {
        assertEquals(Optional.of(SupportLevel.L3), SupportLevel.fromKey("L3"));
        assertEquals(Optional.empty(), SupportLevel.fromKey("l3"));
        assertEquals(Optional.empty(), SupportLevel.fromKey("L4"));
        assertEquals(Optional.empty(), SupportLevel.fromKey(null));
    }

    @Test
    public void shouldReportAnUnknownKeyAsViolationOfTheField() {
        try {
            SupportLevel.parse("L4", "level");
            fail();
        } catch (ValidationException e) {
            assertEquals(1, e.violations().size());
            assertEquals("level", e.violations().get(0).field());
            assertEquals("level.unknown", e.violations().get(0).code());
        }
    }
}
