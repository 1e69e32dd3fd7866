package de.tieredsupport.contingent.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
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

    /** Issue 12: a body is never read beyond one byte past the limit, and not at all if its declared length is over. */
    @Test
    public void bodiesAreReadOnlyUpToTheLimit() {
        CountingEndlessStream endless = new CountingEndlessStream();
        RequestProblem chunked = assertThrows(RequestProblem.class,
                () -> JsonBody.read(headers("application/json", null), endless, TopUpInput.class));
        assertEquals(413, chunked.status());
        assertEquals("body", chunked.field());
        assertEquals(JsonBody.MAX_BYTES + 1, endless.read);

        for (String length : List.of("1048577", "268435456", "99999999999999")) {
            CountingEndlessStream unread = new CountingEndlessStream();
            RequestProblem declared = assertThrows(RequestProblem.class,
                    () -> JsonBody.read(headers("application/json", length), unread, TopUpInput.class));
            assertEquals(413, declared.status());
            assertEquals(0, unread.read);
        }
        for (String type : java.util.Arrays.asList(null, "", "text/plain", "application/jsonx", "text/json",
                "application/json-patch+json", "multipart/form-data; boundary=x")) {
            CountingEndlessStream unread = new CountingEndlessStream();
            RequestProblem refused = assertThrows(String.valueOf(type), RequestProblem.class,
                    () -> JsonBody.read(headers(type, "10"), unread, TopUpInput.class));
            assertEquals(415, refused.status());
            assertEquals(0, unread.read);
        }
        byte[] ok = "{\"level\":\"L1\",\"minutes\":60}".getBytes(StandardCharsets.UTF_8);
        assertEquals("L1", JsonBody.read(headers("application/json; charset=utf-8", String.valueOf(ok.length)),
                new java.io.ByteArrayInputStream(ok), TopUpInput.class).level);
    }

    private static jakarta.ws.rs.core.HttpHeaders headers(String contentType, String contentLength) {
        jakarta.ws.rs.core.HttpHeaders headers = org.mockito.Mockito.mock(jakarta.ws.rs.core.HttpHeaders.class);
        org.mockito.Mockito.when(headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.CONTENT_TYPE))
                .thenReturn(contentType);
        org.mockito.Mockito.when(headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.CONTENT_LENGTH))
                .thenReturn(contentLength);
        return headers;
    }

    /** An endless body of spaces that counts the bytes read from it. */
    private static final class CountingEndlessStream extends java.io.InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
            read += length;
            return length;
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
