package de.tieredsupport.contingent.rest;

import static de.tieredsupport.contingent.rest.RestFixture.ADMIN;
import static de.tieredsupport.contingent.rest.RestFixture.AGENT;
import static de.tieredsupport.contingent.rest.RestFixture.MANAGER;
import static de.tieredsupport.contingent.rest.RestFixture.OUTSIDER;
import static de.tieredsupport.contingent.rest.RestTestServer.ACME;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import de.tieredsupport.contingent.rest.RestTestServer.Reply;
import de.tieredsupport.contingent.service.port.AuditEntry;

/**
 * The {@code Idempotency-Key} header over HTTP: a retried write with the same key and body answers the first answer
 * (status and bytes) and stores nothing more; the same key with another body or target is refused with 422 at the
 * header; without a key every write is carried out as before; keys count per caller; malformed keys are 400s that
 * name the header, after the permission checks, and change nothing.
 */
public class RestIdempotencyTest {

    private static final String TOP_UP = "/projects/ACME/months/2026-04/top-ups";
    private static final String TWO_HOURS = "{\"level\": \"L1\", \"minutes\": 120, \"reason\": \"Customer approved\"}";
    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    private RestTestServer server;

    @Before
    public void start() {
        server = RestFixture.start();
    }

    @After
    public void stop() {
        server.close();
    }

    private HttpResponse<byte[]> keyed(String method, String path, String user, String body, String key) {
        return server.send(method, path, user, "application/json", body, null,
                key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    private int topUpsInApril() {
        return server.host.topUps.findByMonth(ACME, APRIL).size();
    }

    private long audited(AuditEntry.Action action) {
        return server.host.audit.entries().stream().filter(e -> e.action() == action).count();
    }

    @Test
    public void aRetriedTopUpAnswersTheFirstAnswerAndIsStoredOnce() {
        HttpResponse<byte[]> first = keyed("POST", TOP_UP, MANAGER, TWO_HOURS, "3f2a6c1e-retry");
        server.host.clock.advance(java.time.Duration.ofSeconds(30));
        HttpResponse<byte[]> retry = keyed("POST", TOP_UP, MANAGER, TWO_HOURS, "3f2a6c1e-retry");

        assertEquals(new String(first.body(), StandardCharsets.UTF_8), 201, first.statusCode());
        assertEquals(201, retry.statusCode());
        assertEquals("the same bytes, grantedAt included", new String(first.body(), StandardCharsets.UTF_8),
                new String(retry.body(), StandardCharsets.UTF_8));
        assertTrue(retry.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertTrue(first.headers().firstValue("Idempotent-Replayed").isEmpty());
        assertEquals(120, server.reply(first).json().get("minutes").asLong());
        assertEquals(1, topUpsInApril());
        assertEquals(1, audited(AuditEntry.Action.ADD_TOP_UP));
    }

    @Test
    public void theSameKeyWithAnotherBodyOrMonthIsRefusedAndChangesNothing() {
        assertEquals(201, keyed("POST", TOP_UP, MANAGER, TWO_HOURS, "k-1").statusCode());
        String before = server.snapshot();

        Reply otherBody = server.reply(keyed("POST", TOP_UP, MANAGER,
                "{\"level\": \"L1\", \"minutes\": 240, \"reason\": \"Customer approved\"}", "k-1"));
        assertEquals(otherBody.toString(), 422, otherBody.status);
        assertEquals(List.of("Idempotency-Key"), otherBody.errorFields());
        assertEquals("This Idempotency-Key was already used for a different request. Nothing was changed; send a new"
                + " key for a new request.", otherBody.firstMessage());

        Reply otherMonth = server.reply(keyed("POST", "/projects/ACME/months/2026-05/top-ups", MANAGER, TWO_HOURS,
                "k-1"));
        assertEquals(otherMonth.toString(), 422, otherMonth.status);

        Reply german = server.reply(server.send("POST", TOP_UP, MANAGER, "application/json", "{\"level\": \"L2\","
                + " \"minutes\": 120, \"reason\": \"Customer approved\"}", "de", Map.of("Idempotency-Key", "k-1")));
        assertEquals(422, german.status);
        assertEquals("Dieser Idempotency-Key wurde bereits f\u00fcr eine andere Anfrage verwendet. Es wurde nichts"
                + " ge\u00e4ndert; senden Sie f\u00fcr eine neue Anfrage einen neuen Schl\u00fcssel.",
                german.firstMessage());

        assertEquals(before, server.snapshot());
        assertEquals(1, topUpsInApril());
    }

    @Test
    public void withoutAKeyEveryRequestIsCarriedOutAsBefore() {
        assertEquals(201, keyed("POST", TOP_UP, MANAGER, TWO_HOURS, null).statusCode());
        HttpResponse<byte[]> second = keyed("POST", TOP_UP, MANAGER, TWO_HOURS, null);
        assertEquals(201, second.statusCode());
        assertTrue(second.headers().firstValue("Idempotent-Replayed").isEmpty());
        assertEquals(2, topUpsInApril());

        assertEquals(201, keyed("POST", "/projects/ACME/suspensions", MANAGER, "{\"level\": \"L3\"}", null)
                .statusCode());
        assertEquals("no key: a repeat is a second suspension, refused as before", 409,
                keyed("POST", "/projects/ACME/suspensions", MANAGER, "{\"level\": \"L3\"}", null).statusCode());
    }

    @Test
    public void keysCountPerCaller() {
        assertEquals(201, keyed("POST", TOP_UP, MANAGER, TWO_HOURS, "shared").statusCode());
        HttpResponse<byte[]> admin = keyed("POST", TOP_UP, ADMIN, TWO_HOURS, "shared");
        assertEquals(201, admin.statusCode());
        assertTrue(admin.headers().firstValue("Idempotent-Replayed").isEmpty());
        assertEquals(ADMIN, server.reply(admin).json().get("grantedBy").asText());
        assertEquals(2, topUpsInApril());
    }

    @Test
    public void suspendAndResumeRepeatedWithTheirKeysAnswerTheFirstAnswers() {
        HttpResponse<byte[]> suspended = keyed("POST", "/projects/ACME/suspensions", MANAGER,
                "{\"level\": \"L3\", \"reason\": \"Budget\"}", "suspend-1");
        HttpResponse<byte[]> again = keyed("POST", "/projects/ACME/suspensions", MANAGER,
                "{\"level\": \"L3\", \"reason\": \"Budget\"}", "suspend-1");
        assertEquals(201, suspended.statusCode());
        assertEquals("not the 409 of a second suspension", 201, again.statusCode());
        assertEquals(new String(suspended.body(), StandardCharsets.UTF_8),
                new String(again.body(), StandardCharsets.UTF_8));
        assertEquals(1, server.host.suspensions.findByMonth(ACME, APRIL).size());

        HttpResponse<byte[]> resumed = keyed("POST", "/projects/ACME/suspensions/resume", MANAGER,
                "{\"level\": \"L3\"}", "resume-1");
        HttpResponse<byte[]> resumedAgain = keyed("POST", "/projects/ACME/suspensions/resume", MANAGER,
                "{\"level\": \"L3\"}", "resume-1");
        assertEquals(200, resumed.statusCode());
        assertEquals("not the 409 of nothing to resume", 200, resumedAgain.statusCode());
        assertEquals(new String(resumed.body(), StandardCharsets.UTF_8),
                new String(resumedAgain.body(), StandardCharsets.UTF_8));
        assertEquals(MANAGER, server.reply(resumedAgain).json().get(0).get("resumedBy").asText());
        assertEquals(1, audited(AuditEntry.Action.SUSPEND));
        assertEquals(1, audited(AuditEntry.Action.RESUME));
    }

    @Test
    public void retriedTermsAnswerTheContractAsTheFirstWriteLeftIt() {
        String terms = "{\"levels\": {\"L1\": {\"contingentMinutes\": 480, \"rateAmount\": 70},"
                + " \"L2\": {\"contingentMinutes\": 720, \"rateAmount\": 85.50},"
                + " \"L3\": {\"contingentMinutes\": 600, \"rateAmount\": 95}}}";
        long before = audited(AuditEntry.Action.CONFIGURE_TERMS);
        HttpResponse<byte[]> first = keyed("PUT", "/projects/ACME/contract/terms/2026-05", MANAGER, terms, "t-1");
        assertEquals(new String(first.body(), StandardCharsets.UTF_8), 200, first.statusCode());
        // a later change by someone else does not alter the stored answer of the first request
        assertEquals(200, keyed("PUT", "/projects/ACME/contract/terms/2026-06", ADMIN, terms, null).statusCode());
        HttpResponse<byte[]> retry = keyed("PUT", "/projects/ACME/contract/terms/2026-05", MANAGER, terms, "t-1");
        assertEquals(200, retry.statusCode());
        assertEquals(new String(first.body(), StandardCharsets.UTF_8),
                new String(retry.body(), StandardCharsets.UTF_8));
        assertEquals(2, server.reply(retry).json().get("termsHistory").size());
        assertEquals(before + 2, audited(AuditEntry.Action.CONFIGURE_TERMS));
        assertEquals(422, keyed("PUT", "/projects/ACME/contract/terms/2026-07", MANAGER, terms, "t-1").statusCode());
    }

    @Test
    public void aRefusedWriteLeavesItsKeyFree() {
        RestFixture.closeBeforeMarch(server.host);
        server.host.closeMonth.close(ADMIN, ACME, YearMonth.of(2026, 3));
        Reply closed = server.reply(keyed("POST", "/projects/ACME/months/2026-03/top-ups", MANAGER, TWO_HOURS,
                "k-free"));
        assertEquals(409, closed.status);
        HttpResponse<byte[]> corrected = keyed("POST", TOP_UP, MANAGER, TWO_HOURS, "k-free");
        assertEquals("the refusal stored no answer for the key", 201, corrected.statusCode());
        assertEquals(1, topUpsInApril());
    }

    @Test
    public void malformedKeysAre400sNamingTheHeaderAndChangeNothing() {
        String before = server.snapshot();
        for (String key : new String[] {"two words", "x".repeat(256), "k\u00e4y", ""}) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            headers.put("Content-Length", String.valueOf(TWO_HOURS.length()));
            headers.put("Idempotency-Key", key);
            Reply reply = server.raw("POST", TOP_UP, MANAGER, headers, TWO_HOURS.getBytes(StandardCharsets.UTF_8));
            assertEquals("[" + key + "] " + reply, 400, reply.status);
            assertEquals(List.of("Idempotency-Key"), reply.errorFields());
            assertTrue(reply.firstMessage(), reply.firstMessage().startsWith(
                    "The Idempotency-Key header must be 1 to 255 visible ASCII characters"));
        }
        Map<String, String> twice = new LinkedHashMap<>();
        twice.put("Content-Type", "application/json");
        twice.put("Content-Length", String.valueOf(TWO_HOURS.length()));
        twice.put("Idempotency-Key", "a");
        twice.put("idempotency-key", "b");
        assertEquals(400, server.raw("POST", TOP_UP, MANAGER, twice, TWO_HOURS.getBytes(StandardCharsets.UTF_8))
                .status);
        assertEquals("nothing stored", before, server.snapshot());
        assertEquals("255 characters are fine", 201, keyed("POST", TOP_UP, MANAGER, TWO_HOURS, "x".repeat(255))
                .statusCode());
        assertEquals(1, topUpsInApril());

        // the permission comes first: no answer tells an outsider or an agent anything about keys
        assertEquals(404, keyed("POST", TOP_UP, OUTSIDER, TWO_HOURS, "two words").statusCode());
        assertEquals(403, keyed("POST", TOP_UP, AGENT, TWO_HOURS, "two words").statusCode());
    }
}
