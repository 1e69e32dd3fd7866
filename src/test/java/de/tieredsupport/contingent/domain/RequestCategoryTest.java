package de.tieredsupport.contingent.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class RequestCategoryTest {

    @Test
    public void keysAndStoredValuesAreStableAndQuestionIsTheDefault() {
        assertEquals(List.of("QUESTION", "DEFECT", "CHANGE_REQUEST"),
                Arrays.stream(RequestCategory.values()).map(RequestCategory::key).toList());
        assertEquals(List.of("Question", "Defect", "Change request"),
                Arrays.stream(RequestCategory.values()).map(RequestCategory::fieldValue).toList());
        assertEquals(RequestCategory.QUESTION, RequestCategory.DEFAULT);
    }

    @Test
    public void lookupsAreExact() {
        assertEquals(Optional.of(RequestCategory.CHANGE_REQUEST), RequestCategory.fromKey("CHANGE_REQUEST"));
        assertEquals(Optional.empty(), RequestCategory.fromKey("change_request"));
        assertEquals(Optional.empty(), RequestCategory.fromKey("Change request"));
        assertEquals(Optional.empty(), RequestCategory.fromKey(null));
        assertEquals(Optional.of(RequestCategory.CHANGE_REQUEST), RequestCategory.fromFieldValue("Change request"));
        assertEquals(Optional.empty(), RequestCategory.fromFieldValue("change request"));
        assertEquals(Optional.empty(), RequestCategory.fromFieldValue("CHANGE_REQUEST"));
        assertEquals(Optional.empty(), RequestCategory.fromFieldValue(null));
    }

    @Test
    public void parsingTakesKeysOnly() {
        for (RequestCategory category : RequestCategory.values()) {
            assertEquals(category, RequestCategory.parse(category.key(), "category"));
        }
    }

    @Test
    public void anUnknownCategoryIsAViolationOfTheNamedField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> RequestCategory.parse("Change request", "category"));
        assertEquals(1, e.violations().size());
        Violation violation = e.violations().get(0);
        assertEquals("category", violation.field());
        assertEquals("category.unknown", violation.code());
        assertEquals(List.of("Change request"), violation.arguments());
    }

    @Test
    public void aMissingCategoryIsAViolationOfTheNamedField() {
        ValidationException e = assertThrows(ValidationException.class, () -> RequestCategory.parse(null, "kind"));
        assertEquals("kind", e.violations().get(0).field());
        assertEquals("category.required", e.violations().get(0).code());
    }

    @Test
    public void aLongUnknownInputIsQuotedShortened() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> RequestCategory.parse("X".repeat(5000), "category"));
        String quoted = (String) e.violations().get(0).arguments().get(0);
        assertEquals("X".repeat(40) + "...", quoted);
        assertFalse(e.getMessage().contains("X".repeat(41)));
        assertTrue(e.getMessage().contains("expected one of QUESTION, DEFECT, CHANGE_REQUEST"));
    }
}
