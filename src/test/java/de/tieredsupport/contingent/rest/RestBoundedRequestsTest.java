package de.tieredsupport.contingent.rest;

import static de.tieredsupport.contingent.rest.RestFixture.AGENT;
import static de.tieredsupport.contingent.rest.RestFixture.MANAGER;
import static de.tieredsupport.contingent.rest.RestFixture.OUTSIDER;
import static de.tieredsupport.contingent.rest.RestFixture.PARTNER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import de.tieredsupport.contingent.rest.RestTestServer.Reply;

/**
 * Issue 12, bounded requests: a body is read only after the caller's permission was checked, never beyond 1 MiB
 * (a declared {@code Content-Length} over it is refused with 413 before a byte is read, a chunked body is read up to
 * one byte past it), and every write needs {@code Content-Type: application/json} (415 without one). Before, the
 * resources took the body as {@code byte[]}: a 256 MiB PUT by a user without any right was read whole before the
 * answer, and a POST without a content type was processed.
 */
public class RestBoundedRequestsTest {

    private static final int LIMIT = 1 << 20;
    private static final long HUGE = 256L << 20;

    /** Every write, with a body that would succeed for the manager. */
    private static final String[][] WRITES = {
        {"PUT", "/projects/ACME/contract/terms/2026-05", "{\"levels\": {\"L1\": {\"contingentMinutes\": 480,"
            + " \"rateAmount\": 70}, \"L2\": {\"contingentMinutes\": 720, \"rateAmount\": 80},"
            + " \"L3\": {\"contingentMinutes\": 720, \"rateAmount\": 90}}}"},
        {"POST", "/projects/ACME/months/2026-04/top-ups", "{\"level\": \"L1\", \"minutes\": 60}"},
        {"POST", "/projects/ACME/suspensions", "{\"level\": \"L2\"}"},
        {"POST", "/projects/ACME/suspensions/resume", "{}"},
        {"POST", "/projects/ACME/months/2026-03/close", "{}"},
        {"PUT", "/projects/ACME/bookings/10/level", "{\"level\": \"L3\"}"},
    };

    private RestTestServer server;

    @Before
    public void start() {
        server = RestFixture.start();
    }

    @After
    public void stop() {
        server.close();
    }

    private static Map<String, String> json(long length) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Content-Length", String.valueOf(length));
        return headers;
    }

    @Test
    public void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() {
        String before = server.snapshot();
        List<String> wrong = new ArrayList<>();
        // only the first bytes of the declared 256 MiB are ever sent: an answer that needed the body could not come
        byte[] start = "{\"level\": \"L1\", \"reason\": \"".getBytes(StandardCharsets.UTF_8);
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put(MANAGER, 413);
        expected.put(AGENT, 403);
        expected.put(OUTSIDER, 404);
        expected.put(PARTNER, 404);
        for (String[] write : WRITES) {
            for (Map.Entry<String, Integer> caller : expected.entrySet()) {
                long started = System.nanoTime();
                Reply reply = server.raw(write[0], write[1], caller.getKey(), json(HUGE), start);
                long millis = (System.nanoTime() - started) / 1_000_000;
                if (reply.status != caller.getValue() || !reply.contentType.startsWith("application/json")) {
                    wrong.add(write[1] + " as " + caller.getKey() + ": " + reply);
                    continue;
                }
                if (reply.status == 413 && (!reply.errorFields().equals(List.of("body"))
                        || !reply.firstMessage().equals("The body may have at most 1,048,576 bytes."))) {
                    wrong.add(write[1] + " as " + caller.getKey() + ": " + reply);
                }
                if (reply.status == 404) {
                    Reply unknown = server.raw(write[0], write[1].replace("/ACME/", "/NOPE/"), caller.getKey(),
                            json(HUGE), start);
                    if (unknown.status != 404 || !unknown.text().equals(reply.text())) {
                        wrong.add(write[1] + " as " + caller.getKey() + ": " + reply + " but for NOPE " + unknown);
                    }
                }
                assertTrue(write[1] + " took " + millis + " ms", millis < 10_000);
            }
        }
        assertEquals(String.join("\n", wrong), List.of(), wrong);
        assertEquals(before, server.snapshot());
    }

    @Test
    public void aChunkedBodyIsReadOnlyUpToTheLimit() {
        String topUp = "{\"level\": \"L1\", \"minutes\": 60, \"reason\": \"padded\"}";
        String before = server.snapshot();
        Reply over = server.raw("POST", "/projects/ACME/months/2026-04/top-ups", MANAGER, chunkedJson(),
                chunked(padded(topUp, LIMIT + 1)));
        assertEquals(over.toString(), 413, over.status);
        assertEquals(List.of("body"), over.errorFields());
        // refused unread: only the start is sent (a server that closes on unread bytes would reset the connection)
        Reply overDeclared = server.raw("POST", "/projects/ACME/months/2026-04/top-ups", MANAGER,
                json(LIMIT + 1), padded(topUp, 1_000));
        assertEquals(overDeclared.toString(), 413, overDeclared.status);
        assertEquals(before, server.snapshot());

        Reply exactly = server.raw("POST", "/projects/ACME/months/2026-04/top-ups", MANAGER, chunkedJson(),
                chunked(padded(topUp, LIMIT)));
        assertEquals(exactly.toString(), 201, exactly.status);
        assertEquals("padded", exactly.json().get("reason").asText());
        Reply exactlyDeclared = server.raw("POST", "/projects/ACME/months/2026-04/top-ups", MANAGER, json(LIMIT),
                padded(topUp, LIMIT));
        assertEquals(exactlyDeclared.toString(), 201, exactlyDeclared.status);
    }

    /** A body that ends before its declared length: the old code answered 500 (found while writing these tests). */
    @Test
    public void aBodyCutShortIsABadRequest() {
        String before = server.snapshot();
        for (String[] write : WRITES) {
            byte[] body = write[2].getBytes(StandardCharsets.UTF_8);
            Reply reply = server.raw(write[0], write[1], MANAGER, json(body.length + 500), body);
            assertEquals(write[1] + ": " + reply, 400, reply.status);
            assertEquals(write[1] + ": " + reply, List.of("body"), reply.errorFields());
        }
        assertEquals(before, server.snapshot());
    }

    @Test
    public void everyWriteNeedsAJsonContentType() {
        String before = server.snapshot();
        List<String> wrong = new ArrayList<>();
        for (String[] write : WRITES) {
            for (String type : new String[] {null, "text/plain", "application/x-www-form-urlencoded",
                "application/octet-stream", "application/json-patch+json", "text/json"}) {
                for (String body : new String[] {write[2], ""}) {
                    Reply reply = server.reply(server.send(write[0], write[1], MANAGER, type, body, null));
                    if (reply.status != 415 || !reply.contentType.startsWith("application/json")
                            || !reply.firstMessage().equals("Send the request body as application/json.")) {
                        wrong.add(write[1] + " with " + type + " and body '" + body + "': " + reply);
                    }
                }
            }
        }
        assertEquals(String.join("\n", wrong), List.of(), wrong);
        assertEquals(before, server.snapshot());
        // a charset parameter and any letter case are fine
        Reply utf8 = server.reply(server.send("POST", "/projects/ACME/months/2026-04/top-ups", MANAGER,
                "Application/JSON; charset=UTF-8", "{\"level\": \"L1\", \"minutes\": 60}", null));
        assertEquals(utf8.toString(), 201, utf8.status);
    }

    @Test
    public void thePermissionIsCheckedBeforeTheBody() {
        String before = server.snapshot();
        List<String> wrong = new ArrayList<>();
        for (String[] write : WRITES) {
            for (String body : new String[] {"{\"level\": ", "[]", "{\"surprise\": 1}", "", "x".repeat(5000)}) {
                for (String caller : new String[] {OUTSIDER, PARTNER}) {
                    Reply reply = server.call(write[0], write[1], caller, body);
                    Reply unknown = server.call(write[0], write[1].replace("/ACME/", "/NOPE/"), caller, body);
                    if (reply.status != 404 || !reply.text().equals(unknown.text())) {
                        wrong.add(write[1] + " as " + caller + " with '" + body + "': " + reply + " / " + unknown);
                    }
                }
                Reply agent = server.call(write[0], write[1], AGENT, body);
                if (agent.status != 403) {
                    wrong.add(write[1] + " as agent with '" + body + "': " + agent);
                }
            }
        }
        assertEquals(String.join("\n", wrong), List.of(), wrong);
        assertEquals(before, server.snapshot());
    }

    private static Map<String, String> chunkedJson() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Transfer-Encoding", "chunked");
        return headers;
    }

    /** {@code json} followed by spaces up to {@code length} bytes: valid JSON of exactly that size. */
    private static byte[] padded(String json, int length) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[length];
        java.util.Arrays.fill(body, (byte) ' ');
        System.arraycopy(bytes, 0, body, 0, bytes.length);
        return body;
    }

    /** HTTP/1.1 chunked encoding in 64 KiB chunks, with the last chunk. */
    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 65_536) {
            int size = Math.min(65_536, body.length - at);
            out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, size);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
