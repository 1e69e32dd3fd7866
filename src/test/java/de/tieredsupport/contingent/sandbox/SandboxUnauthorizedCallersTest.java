package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.tieredsupport.contingent.sandbox.RestEndpoints.Access;
import de.tieredsupport.contingent.sandbox.RestEndpoints.Endpoint;
import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;

/**
 * Every endpoint of the REST API, with a request that would succeed for a billing manager, sent by callers who may
 * not make it, over HTTP against the running sandbox: anonymous callers and forged user cookies get 401; the outsider
 * (no permission on the project) and the partner (administers NORD only) get, everywhere, exactly the answer of a
 * project key that does not exist (404, same body: the API reveals neither which projects exist nor what they hold);
 * the agent (browse only) gets 403 on every money, audit and write endpoint and, elsewhere, the hours and states
 * without money, contact addresses, reasons or carry-over caps. No refusal leaks contract data, and afterwards every
 * plugin table and the mail outbox are as before. The same requests then succeed for the manager, so the refusals
 * were about the caller, not the request. Bodies of any size are refused before they are read when the caller may
 * not make the request or the declared length is over 1 MiB.
 */
public class SandboxUnauthorizedCallersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A cookie naming no user: Jira treats such a session as anonymous. */
    private static final String FORGED = "root";
    private static final String ANONYMOUS = null;
    /** A project key no project has. */
    private static final String UNKNOWN = "NOPE";

    private static Sandbox sandbox;
    private static RawHttp http;
    private static String current;
    private static String previous;
    private static String next;
    private static String worklog;
    private static String nordWorklog;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        http = new RawHttp(sandbox.baseUrl());
        YearMonth month = YearMonth.now(FakeJira.USER_ZONE);
        current = month.toString();
        previous = month.minusMonths(1).toString();
        next = month.plusMonths(1).toString();
        worklog = SandboxHostileInputTest.firstWorklog(sandbox, "ACME-9");
        nordWorklog = firstNordWorklog();
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    public void theListHoldsEveryEndpointTheResourcesDeclare() {
        TreeSet<String> listed = RestEndpoints.ALL.stream().map(Endpoint::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals("RestEndpoints.ALL must list every resource method (and nothing else)",
                RestEndpoints.declared(sandbox), listed);
        assertEquals(23, listed.size());
        assertEquals("every endpoint is either for Jira users or for decision links",
                RestEndpoints.ALL.size(), RestEndpoints.ACCOUNT.size() + RestEndpoints.DECISION_LINK.size());
    }

    @Test
    public void callersWithoutTheRightAreRefusedOnEveryEndpointAndNothingChanges() throws Exception {
        String before = sandbox.pluginTablesChecksum();
        int mailsBefore = sandbox.mail().captured().size();
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Endpoint endpoint : RestEndpoints.ACCOUNT) {
            for (String caller : new String[] {ANONYMOUS, FORGED, FakeUsers.OUTSIDER, FakeUsers.PARTNER,
                FakeUsers.AGENT}) {
                int expected = expectedStatus(endpoint, caller);
                RawHttp.Answer answer = call(endpoint, caller, project(endpoint, caller));
                calls++;
                String problem = check(endpoint, caller, expected, answer);
                if (problem == null && expected == 404) {
                    RawHttp.Answer unknown = call(endpoint, caller, UNKNOWN);
                    calls++;
                    if (unknown.status() != 404 || !unknown.body().equals(answer.body())) {
                        problem = "not the answer of an unknown project: " + unknown.status() + " " + unknown.body();
                    }
                }
                if (problem != null) {
                    wrong.add(endpoint + " as " + caller + ": " + problem + " -> " + answer.status() + " "
                            + answer.body());
                }
            }
        }
        System.out.printf("Unauthorized callers: %d calls on %d endpoints, %d wrong%n", calls,
                RestEndpoints.ACCOUNT.size(), wrong.size());
        assertEquals(String.join("\n", wrong), List.of(), wrong);
        assertEquals("refused calls changed no plugin table", before, sandbox.pluginTablesChecksum());
        assertEquals("refused calls queued no mail", mailsBefore, sandbox.mail().captured().size());

        // the very same requests are fine for a billing manager (the change-request writes pass the permission and
        // meet the Defect ticket's state)
        for (Endpoint endpoint : RestEndpoints.ACCOUNT) {
            RawHttp.Answer answer = call(endpoint, FakeUsers.MANAGER, project(endpoint, FakeUsers.MANAGER));
            int expected = CHANGE_REQUEST_WRITES.contains(endpoint) ? 409 : 0;
            assertTrue(endpoint + " as manager: " + answer.status() + " " + answer.body(),
                    expected == 0 ? answer.status() == 200 || answer.status() == 201 : answer.status() == expected);
        }
        assertNotEquals("the manager's writes changed the tables", before, sandbox.pluginTablesChecksum());
    }

    /**
     * The decision page is the one public endpoint: reachable without a Jira account, its form post without Jira's
     * XSRF header, and only with a valid link. Every caller, logged in or not, with a token that opens no link gets
     * the same neutral page with the same status, not cached, never passed on as referrer, without a cookie; and
     * nothing changes.
     */
    @Test
    public void decisionLinkEndpointsAnswerEveryCallerAlikeWithoutAValidLink() throws Exception {
        String before = sandbox.pluginTablesChecksum();
        int mailsBefore = sandbox.mail().captured().size();
        String neutral = null;
        List<String> wrong = new ArrayList<>();
        String[] tokens = {"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "short", "%3Cb%3Enot-a-token%3C%3E",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%27%20OR%20%271%27%3D%271"};
        for (String caller : new String[] {ANONYMOUS, FORGED, FakeUsers.OUTSIDER, FakeUsers.PARTNER,
            FakeUsers.AGENT, FakeUsers.MANAGER}) {
            for (String token : tokens) {
                String path = Sandbox.REST_PATH + "/decisions/" + token;
                RawHttp.Answer page = http.send("GET", path, caller, null, null, Map.of());
                RawHttp.Answer post = http.send("POST", path, caller, "application/x-www-form-urlencoded",
                        "step=confirm&choice=TOP_UP&hours=1&minutes=0".getBytes(StandardCharsets.UTF_8), Map.of());
                for (RawHttp.Answer answer : new RawHttp.Answer[] {page, post}) {
                    neutral = neutral == null ? answer.body() : neutral;
                    if (answer.status() != 404 || !answer.contentType().startsWith("text/html")
                            || !answer.body().equals(neutral)
                            || !"no-store".equals(answer.header("Cache-Control"))
                            || !"no-referrer".equals(answer.header("Referrer-Policy"))
                            || answer.header("Set-Cookie") != null) {
                        wrong.add(caller + " " + token + ": " + answer.status() + " " + answer.contentType() + " "
                                + answer.body());
                    }
                }
            }
        }
        assertEquals(String.join("\n", wrong), List.of(), wrong);
        assertTrue(neutral, neutral.contains("Link not available") && neutral.contains("Link nicht verf\u00fcgbar"));
        assertEquals(before, sandbox.pluginTablesChecksum());
        assertEquals(mailsBefore, sandbox.mail().captured().size());
    }

    /**
     * Bookings: the partner, who administers NORD, learns nothing about ACME's worklogs through NORD's path (an
     * ACME worklog and one that does not exist get the same 404), and the agent gets the same 403 for a booked and
     * an unbooked worklog of ACME (the permission comes before the lookup).
     */
    @Test
    public void bookedAndUnbookedWorklogsAnswerAlike() throws Exception {
        String before = sandbox.pluginTablesChecksum();
        String body = "{\"level\":\"L2\",\"reason\":\"probe\"}";
        RawHttp.Answer acmeThroughNord = put("/projects/NORD/bookings/" + worklog + "/level", FakeUsers.PARTNER, body);
        RawHttp.Answer noneThroughNord = put("/projects/NORD/bookings/987654321/level", FakeUsers.PARTNER, body);
        assertEquals(acmeThroughNord.body(), 404, acmeThroughNord.status());
        assertEquals(noneThroughNord.body(), acmeThroughNord.body());
        assertFalse(acmeThroughNord.body(), acmeThroughNord.body().contains(worklog));

        RawHttp.Answer booked = put("/projects/ACME/bookings/" + worklog + "/level", FakeUsers.AGENT, body);
        RawHttp.Answer unbooked = put("/projects/ACME/bookings/987654321/level", FakeUsers.AGENT, body);
        RawHttp.Answer other = put("/projects/ACME/bookings/" + nordWorklog + "/level", FakeUsers.AGENT, body);
        assertEquals(403, booked.status());
        assertEquals(booked.body(), unbooked.body());
        assertEquals(booked.body(), other.body());
        assertEquals(before, sandbox.pluginTablesChecksum());
    }

    /**
     * Least disclosure: the agent browses every demo project and gets hours and states, but no alert recipients'
     * addresses, no carry-over caps (Bäckerei Müller carries unused minutes over), no reasons of a top-up (ACME's in
     * the previous month, from the demo data) or a suspension (Bäckerei Müller's 3rd level, suspended here) and not
     * who decided them. The manager gets them all.
     */
    @Test
    public void browseOnlyCallersGetNoContactsReasonsOrCaps() throws Exception {
        RawHttp.Answer suspended = http.send("POST", Sandbox.REST_PATH + "/projects/MUE/suspensions",
                FakeUsers.MANAGER, "application/json",
                "{\"level\":\"L3\",\"reason\":\"Kunde hat die Entwicklung pausiert\"}".getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertEquals(suspended.body(), 201, suspended.status());
        String[] paths = {"/projects/MUE/contract", "/projects/ACME/contract", "/projects/NORD/contract/terms",
            "/projects/ACME/months/" + previous + "/status", "/projects/MUE/months/" + current + "/status",
            "/statuses?month=" + previous, "/statuses?month=" + current};
        String[] secrets = {"@", "carryOverCapMinutes", "recipients", "\"reason\"", "grantedBy", "suspendedBy",
            "Kunde hat", FakeUsers.MANAGER};
        for (String path : paths) {
            RawHttp.Answer agent = get(path, FakeUsers.AGENT);
            assertEquals(path + ": " + agent.body(), 200, agent.status());
            for (String secret : secrets) {
                assertFalse(path + " shows the agent " + secret + ": " + agent.body(), agent.body().contains(secret));
            }
        }
        JsonNode mueller = JSON.readTree(get("/projects/MUE/contract", FakeUsers.AGENT).body());
        assertEquals("UNUSED_UP_TO", mueller.get("currentTerms").get("carryOver").get("policy").asText());
        JsonNode muellerNow = JSON.readTree(get("/projects/MUE/months/" + current + "/status", FakeUsers.AGENT)
                .body());
        assertTrue(muellerNow.get("levels").get(2).get("suspended").asBoolean());
        assertEquals("L3", muellerNow.get("activeSuspensions").get(0).get("level").asText());
        JsonNode acme = JSON.readTree(get("/projects/ACME/months/" + previous + "/status", FakeUsers.AGENT).body());
        assertEquals(60, acme.get("topUps").get(0).get("minutes").asLong());

        // the manager sees every detail
        assertTrue(get("/projects/MUE/contract", FakeUsers.MANAGER).body().contains("carryOverCapMinutes"));
        assertTrue(get("/projects/ACME/contract", FakeUsers.MANAGER).body().contains("it-leitung@acme.example"));
        assertTrue(get("/projects/ACME/months/" + previous + "/status", FakeUsers.MANAGER).body()
                .contains("Kunde hat telefonisch"));
        assertTrue(get("/projects/MUE/months/" + current + "/status", FakeUsers.MANAGER).body()
                .contains("Kunde hat die Entwicklung pausiert"));
    }

    /**
     * Issue 12: a 256 MiB PUT by a user without any right was read whole (3.3 s, +1.2 GB heap) before the answer.
     * Here only the first bytes of a declared 256 MiB are ever sent, so an answer that needed the body could not
     * come: every write answers at once, 413 for the manager (the declared length alone is over 1 MiB), the caller's
     * refusal for everyone else (outsider and partner: the unknown project's 404). A chunked body without a length is
     * read up to one byte past 1 MiB (413); exactly 1 MiB is fine; a body cut short of its declared length is a 400.
     */
    @Test
    public void bodiesAreRefusedBeforeTheyAreReadAndNeverReadBeyondTheLimit() throws Exception {
        String before = sandbox.pluginTablesChecksum();
        Map<String, String> huge = new LinkedHashMap<>();
        huge.put("Content-Type", "application/json");
        huge.put("Content-Length", String.valueOf(256L << 20));
        byte[] start = "{\"level\":\"L1\",\"reason\":\"".getBytes(StandardCharsets.UTF_8);
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : RestEndpoints.ACCOUNT) {
            if (!endpoint.writes()) {
                continue;
            }
            for (String caller : new String[] {FakeUsers.MANAGER, FakeUsers.AGENT, FakeUsers.OUTSIDER,
                FakeUsers.PARTNER, ANONYMOUS}) {
                // an agent may write what browse permission allows (the request category), so gets its 413
                int expected = caller == null ? 401 : FakeUsers.MANAGER.equals(caller) ? 413
                        : FakeUsers.AGENT.equals(caller) ? (endpoint.access() == Access.BROWSE ? 413 : 403) : 404;
                String path = Sandbox.REST_PATH + endpoint.path("ACME", current, worklog);
                long started = System.nanoTime();
                RawHttp.Answer answer = http.sendExactly(endpoint.method(), path, caller, huge, start);
                long millis = (System.nanoTime() - started) / 1_000_000;
                if (answer.status() != expected || !answer.contentType().startsWith("application/json")
                        || millis > 10_000) {
                    wrong.add(endpoint + " as " + caller + ": " + answer.status() + " " + answer.body() + " in "
                            + millis + " ms, expected " + expected);
                } else if (expected == 404) {
                    RawHttp.Answer unknown = http.sendExactly(endpoint.method(),
                            Sandbox.REST_PATH + endpoint.path(UNKNOWN, current, worklog), caller, huge, start);
                    if (!unknown.body().equals(answer.body())) {
                        wrong.add(endpoint + " as " + caller + ": " + answer.body() + " but " + unknown.body());
                    }
                }
            }
        }
        assertEquals(String.join("\n", wrong), List.of(), wrong);

        // a body that ends before its declared length is a bad request, not a server error (it was a 500)
        Map<String, String> cutShort = new LinkedHashMap<>();
        cutShort.put("Content-Type", "application/json");
        cutShort.put("Content-Length", "1000");
        RawHttp.Answer shortBody = http.sendExactly("POST", Sandbox.REST_PATH + RestEndpoints.TOP_UP.path("ACME",
                current, worklog), FakeUsers.MANAGER, cutShort, start);
        assertEquals(shortBody.body(), 400, shortBody.status());
        assertTrue(shortBody.body(), shortBody.body().contains("\"field\":\"body\""));

        Map<String, String> chunked = new LinkedHashMap<>();
        chunked.put("Content-Type", "application/json");
        chunked.put("Transfer-Encoding", "chunked");
        String topUp = "{\"level\":\"L1\",\"minutes\":60,\"reason\":\"padded\"}";
        String path = Sandbox.REST_PATH + RestEndpoints.TOP_UP.path("ACME", current, worklog);
        RawHttp.Answer over = http.sendExactly("POST", path, FakeUsers.MANAGER, chunked, chunked(padded(topUp,
                (1 << 20) + 1)));
        assertEquals(over.body(), 413, over.status());
        assertTrue(over.body(), over.body().contains("\"field\":\"body\""));
        assertEquals("nothing was stored", before, sandbox.pluginTablesChecksum());
        RawHttp.Answer exactly = http.sendExactly("POST", path, FakeUsers.MANAGER, chunked, chunked(padded(topUp,
                1 << 20)));
        assertEquals(exactly.body(), 201, exactly.status());
    }

    /**
     * A client that sends a body just over the limit in full, as an ordinary HTTP client does, must read the 413 every
     * time. The answer comes before the body is read; were the connection then closed with the rest of the body
     * unread, the closing side's TCP reset can destroy the answer before the client reads it (seen once in 2,240
     * hostile requests). Jira's Tomcat reads and drops up to 2 MiB of such a body after answering, and so does the
     * sandbox host.
     */
    @Test
    public void aBodyJustOverTheLimitSentInFullGetsItsAnswerEveryTime() throws Exception {
        String path = Sandbox.REST_PATH + RestEndpoints.TOP_UP.path("ACME", current, worklog);
        byte[] body = padded("{\"level\":\"L1\",\"minutes\":60,\"reason\":\"padded\"}", (1 << 20) + 41);
        List<String> wrong = new ArrayList<>();
        for (int attempt = 1; attempt <= 60; attempt++) {
            try {
                RawHttp.Answer answer = http.send("POST", path, FakeUsers.MANAGER, "application/json", body,
                        Map.of());
                if (answer.status() != 413 || !answer.body().contains("\"field\":\"body\"")) {
                    wrong.add("attempt " + attempt + ": " + answer.status() + " " + answer.body());
                }
            } catch (java.io.IOException e) {
                wrong.add("attempt " + attempt + ": no answer: " + e);
            }
        }
        assertEquals(String.join("\n", wrong), List.of(), wrong);
    }

    private static int expectedStatus(Endpoint endpoint, String caller) {
        if (caller == null || FORGED.equals(caller)) {
            return 401;
        }
        if (endpoint.access() == Access.ANY_USER) {
            return 200;
        }
        if (FakeUsers.AGENT.equals(caller)) {
            if (CHANGE_REQUEST_WRITES.contains(endpoint)) {
                // the permission passes; the Defect ticket has no change request to change (state, 409)
                return endpoint.access() == Access.BROWSE ? 409 : 403;
            }
            return endpoint.access() == Access.BROWSE ? 200 : 403;
        }
        return 404; // outsider and partner: ACME is a project they cannot see
    }

    /** Null if right, else what is wrong. */
    private static String check(Endpoint endpoint, String caller, int expected, RawHttp.Answer answer)
            throws Exception {
        if (answer.status() != expected) {
            return "expected " + expected;
        }
        if (!answer.contentType().startsWith("application/json")) {
            return "not JSON: " + answer.contentType();
        }
        JsonNode body = JSON.readTree(answer.body());
        if (expected == 200) {
            if (FakeUsers.PARTNER.equals(caller)) {
                // the partner manages NORD, so he sees its money and details there, and no other contract
                return body.isArray() && body.size() == 1 && "NORD".equals(body.get(0).get("projectKey").asText())
                        ? null : "the partner sees more than NORD";
            }
            // what a caller may read holds no money, no contacts and, for those without rights here, no contract
            if (answer.body().contains("rateAmount") || answer.body().contains("hourlyRate")
                    || answer.body().contains("\"moneyVisible\":true")) {
                return "money shown to " + caller;
            }
            if (answer.body().contains("acme.example") || answer.body().contains("\"reason\"")) {
                return "contract details shown to " + caller;
            }
            if (FakeUsers.OUTSIDER.equals(caller) && !(body.isArray() && body.isEmpty())) {
                return "the outsider sees contracts";
            }
            return null;
        }
        if (answer.body().contains("ACME Maschinenbau") || answer.body().contains("customer.example")
                || answer.body().contains("acme.example")) {
            return "the refusal leaks contract data";
        }
        JsonNode errors = body.get("errors");
        if (expected == 409 && (errors == null || errors.size() != 1
                || errors.get(0).get("message").asText().isBlank())) {
            return "not the error format with one message";
        }
        if (expected == 403 && (errors == null || errors.size() != 1 || !errors.get(0).get("field").isNull()
                || errors.get(0).get("message").asText().isBlank())) {
            return "not the error format with one message about no field";
        }
        if (expected == 404 && (errors == null || errors.size() != 1
                || !"projectKey".equals(errors.get(0).get("field").asText()))) {
            return "not the unknown project's error";
        }
        return null;
    }

    /** The project a request goes to: NORD for resume (suspended there), ACME else; ACME for the partner always. */
    private static String project(Endpoint endpoint, String caller) {
        return endpoint == RestEndpoints.RESUME && !FakeUsers.PARTNER.equals(caller) ? "NORD" : "ACME";
    }

    private static RawHttp.Answer call(Endpoint endpoint, String caller, String project) throws Exception {
        String month = switch (endpoint.template()) {
            case "/projects/{projectKey}/contract/terms/{effectiveMonth}" -> next;
            case "/projects/{projectKey}/months/{month}/billing", "/projects/{projectKey}/months/{month}/billing.csv",
                    "/projects/{projectKey}/months/{month}/billing.xls",
                    "/projects/{projectKey}/months/{month}/close" -> previous;
            default -> current;
        };
        String path = Sandbox.REST_PATH + endpoint.path(project, month, worklog)
                + (endpoint == RestEndpoints.STATUSES ? "?month=" + current : "");
        String body = body(endpoint);
        return http.send(endpoint.method(), path, caller, body == null ? null : "application/json",
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static RawHttp.Answer get(String path, String user) throws Exception {
        return http.send("GET", Sandbox.REST_PATH + path, user, null, null, Map.of());
    }

    private static RawHttp.Answer put(String path, String user, String body) throws Exception {
        return http.send("PUT", Sandbox.REST_PATH + path, user, "application/json",
                body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static String firstNordWorklog() {
        for (int number = 1; number < 50; number++) {
            var issue = sandbox.jira().issues.findByKey("NORD-" + number);
            if (issue != null && !sandbox.jira().worklogs.findByIssue(issue.getId()).isEmpty()) {
                return String.valueOf(sandbox.jira().worklogs.findByIssue(issue.getId()).get(0).getId());
            }
        }
        throw new IllegalStateException("no NORD worklog in the demo data");
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
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 65_536) {
            int size = Math.min(65_536, body.length - at);
            out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, size);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** Writes on the change request of {@link RestEndpoints#ISSUE_KEY}, a Defect: refused by its state, 409. */
    private static final List<Endpoint> CHANGE_REQUEST_WRITES = List.of(RestEndpoints.PREPARE_CHANGE_REQUEST,
            RestEndpoints.SUBMIT_CHANGE_REQUEST, RestEndpoints.WITHDRAW_CHANGE_REQUEST,
            RestEndpoints.DECIDE_CHANGE_REQUEST);

    private static String body(Endpoint endpoint) {
        if (!endpoint.writes()) {
            return null;
        }
        if (endpoint == RestEndpoints.PUT_TERMS) {
            return "{\"levels\":{\"L1\":{\"contingentMinutes\":480,\"rateAmount\":70},"
                    + "\"L2\":{\"contingentMinutes\":720,\"rateAmount\":80},"
                    + "\"L3\":{\"contingentMinutes\":720,\"rateAmount\":95}},"
                    + "\"recipients\":[\"it-leitung@acme.example\"]}";
        }
        if (endpoint == RestEndpoints.TOP_UP) {
            return "{\"level\":\"L1\",\"minutes\":60,\"reason\":\"Approved\"}";
        }
        if (endpoint == RestEndpoints.SUSPEND) {
            return "{\"level\":\"L2\",\"reason\":\"Budget\"}";
        }
        if (endpoint == RestEndpoints.CORRECT_LEVEL) {
            return "{\"level\":\"L3\",\"reason\":\"Defect analysis\"}";
        }
        if (endpoint == RestEndpoints.PREPARE_CHANGE_REQUEST) {
            return "{\"scope\":\"Probe\",\"estimateMinutes\":60}";
        }
        if (endpoint == RestEndpoints.DECIDE_CHANGE_REQUEST) {
            return "{\"approve\":true,\"comment\":\"Probe\"}";
        }
        if (endpoint == RestEndpoints.CATEGORY) {
            // the category the issue has: the agent may write it, and doing so changes and audits nothing, so the
            // plugin tables stay as they were for the check of the refused callers
            return "{\"category\":\"DEFECT\"}";
        }
        return "{}";
    }
}
