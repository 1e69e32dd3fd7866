package de.tieredsupport.contingent.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.Test;

import de.tieredsupport.contingent.domain.ValidationException;
import de.tieredsupport.contingent.domain.Violation;
import de.tieredsupport.contingent.domain.Violations;

/**
 * The request body reader and the text check on their own, for the inputs the hostile-input run over HTTP found
 * answered wrongly: which field and which error code each gets.
 */
public class JsonBodyTest {

    @Test
    public void numbersAndBooleansAreNotText() {
        assertProblem("{\"level\":\"L1\",\"minutes\":60,\"reason\":1}", TopUpInput.class, "reason", "json.wrongType");
        assertProblem("{\"level\":\"L1\",\"minutes\":60,\"reason\":true}", TopUpInput.class, "reason",
                "json.wrongType");
        assertProblem("{\"level\":1.5}", SuspensionInput.class, "level", "json.wrongType");
    }

    @Test
    public void numbersBeyondTheirTypeNameTheirField() {
        assertProblem("{\"level\":\"L1\",\"minutes\":9223372036854775808}", TopUpInput.class, "minutes",
                "json.wrongType");
        assertProblem("{\"levels\":{\"L1\":{\"contingentMinutes\":99999999999999999999}}}", TermsInput.class,
                "levels.L1.contingentMinutes", "json.wrongType");
        assertProblem("{\"levels\":{},\"thresholds\":[80,2147483648]}", TermsInput.class, "thresholds[1]",
                "json.wrongType");
        assertProblem("{\"levels\":{},\"rounding\":{\"incrementMinutes\":-2147483649}}", TermsInput.class,
                "rounding.incrementMinutes", "json.wrongType");
    }

    @Test
    public void brokenSyntaxInsideAValueIsMalformedJson() {
        assertProblem("{\"levels\":{\"L1\":{\"contingentMinutes\":480,,\"rateAmount\":70}}}", TermsInput.class,
                "body", "json.malformed");
        assertProblem("{\"levels\":{\"L1\":{\"contingentMinutes\":NaN}}}", TermsInput.class, "body", "json.malformed");
        assertProblem("{\"level\":\"L1\",\"level\":\"L2\"}", SuspensionInput.class, "body", "json.malformed");
    }

    @Test
    public void textWithControlCharactersOrBrokenSurrogatesIsRefused() {
        for (String bad : List.of("a\u0000b", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\uD800", "x\uDBFF",
                "\uDC00y", "\uDC00\uD800")) {
            Violations v = new Violations();
            Inputs.text(v, bad, "reason");
            assertEquals(bad.codePoints().boxed().toList().toString(), List.of("reason text.invalidCharacters"),
                    v.list().stream().map(x -> x.field() + " " + x.code()).toList());
        }
        for (String good : List.of("", "Zeile 1\r\nZeile 2\tEnde", "B\u00e4ckerei \u20ac \uD83D\uDE00",
                "<script>alert(1)</script>")) {
            Violations v = new Violations();
            Inputs.text(v, good, "reason");
            assertTrue(good, v.list().isEmpty());
        }
    }

    /** Issue 12: bidi overrides and zero-width characters were taken; they are now refused with their own code. */
    @Test
    public void textWithInvisibleFormatCharactersIsRefused() {
        for (String bad : List.of("\u200B\u202E", "Kunde\u202Ehat abgelehnt", "zero\u200Bwidth", "\u2067rtl\u2069",
                "\uFEFF", "a\u00ADb", "a\u200Db", "\u061C")) {
            Violations v = new Violations();
            Inputs.text(v, bad, "reason");
            assertEquals(bad.codePoints().boxed().toList().toString(), List.of("reason text.formatCharacters"),
                    v.list().stream().map(x -> x.field() + " " + x.code()).toList());
        }
    }

    private static void assertProblem(String json, Class<?> type, String field, String code) {
        try {
            JsonBody.read(json.getBytes(StandardCharsets.UTF_8), type);
            fail("accepted " + json);
        } catch (RequestProblem problem) {
            assertEquals(json, field, problem.field());
            assertEquals(json, code, problem.code());
            assertEquals(400, problem.status());
        } catch (ValidationException e) {
            fail(json + " -> " + e.violations().stream().map(Violation::field).toList());
        }
        assertFalse(field.isEmpty());
    }
}
