package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
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
 * not make it, over HTTP against the running sandbox: anonymous callers and forged user cookies get 401, the outsider
 * (no permission on the project) 403 everywhere (the API does not hide projects behind 404, docs/rest-api.md), the
 * agent (browse only) 403 on every money, audit and write endpoint and the hours without any money elsewhere. No
 * refusal leaks contract data, and afterwards every plugin table and the mail outbox are as before. The same
 * requests then succeed for the manager, so the refusals were about the caller, not the request.
 */
public class SandboxUnauthorizedCallersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A cookie naming no user: Jira treats such a session as anonymous. */
    private static final String FORGED = "root";
    private static final String ANONYMOUS = null;

    private static Sandbox sandbox;
    private static RawHttp http;
    private static String current;
    private static String previous;
    private static String next;
    private static String worklog;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        http = new RawHttp(sandbox.baseUrl());
        YearMonth month = YearMonth.now(FakeJira.USER_ZONE);
        current = month.toString();
        previous = month.minusMonths(1).toString();
        next = month.plusMonths(1).toString();
        worklog = SandboxHostileInputTest.firstWorklog(sandbox, "ACME-9");
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
        assertEquals(13, listed.size());
    }

    @Test
    public void callersWithoutTheRightAreRefusedOnEveryEndpointAndNothingChanges() throws Exception {
        String before = sandbox.pluginTablesChecksum();
        int mailsBefore = sandbox.mail().captured().size();
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Endpoint endpoint : RestEndpoints.ALL) {
            for (String caller : new String[] {ANONYMOUS, FORGED, FakeUsers.OUTSIDER, FakeUsers.AGENT}) {
                int expected = expectedStatus(endpoint, caller);
                RawHttp.Answer answer = call(endpoint, caller);
                calls++;
                String problem = check(endpoint, caller, expected, answer);
                if (problem != null) {
                    wrong.add(endpoint + " as " + caller + ": " + problem + " -> " + answer.status() + " "
                            + answer.body());
                }
            }
        }
        System.out.printf("Unauthorized callers: %d calls on %d endpoints, %d wrong%n", calls,
                RestEndpoints.ALL.size(), wrong.size());
        assertEquals(String.join("\n", wrong), List.of(), wrong);
        assertEquals("refused calls changed no plugin table", before, sandbox.pluginTablesChecksum());
        assertEquals("refused calls queued no mail", mailsBefore, sandbox.mail().captured().size());

        // the very same requests are fine for a billing manager
        for (Endpoint endpoint : RestEndpoints.ALL) {
            RawHttp.Answer answer = call(endpoint, FakeUsers.MANAGER);
            assertTrue(endpoint + " as manager: " + answer.status() + " " + answer.body(),
                    answer.status() == 200 || answer.status() == 201);
        }
        assertNotEquals("the manager's writes changed the tables", before, sandbox.pluginTablesChecksum());
    }

    private static int expectedStatus(Endpoint endpoint, String caller) {
        if (caller == null || FORGED.equals(caller)) {
            return 401;
        }
        if (endpoint.access() == Access.ANY_USER) {
            return 200;
        }
        if (FakeUsers.AGENT.equals(caller) && endpoint.access() == Access.BROWSE) {
            return 200;
        }
        return 403;
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
            // what a caller may read holds no money and, for the outsider, no contract at all
            if (answer.body().contains("rateAmount") || answer.body().contains("hourlyRate")
                    || answer.body().contains("\"moneyVisible\":true")) {
                return "money shown to " + caller;
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
        if (expected == 403) {
            JsonNode errors = body.get("errors");
            if (errors == null || errors.size() != 1 || !errors.get(0).get("field").isNull()
                    || errors.get(0).get("message").asText().isBlank()) {
                return "not the error format with one message about no field";
            }
        }
        return null;
    }

    private static RawHttp.Answer call(Endpoint endpoint, String caller) throws Exception {
        String project = endpoint == RestEndpoints.RESUME ? "NORD" : "ACME";
        String month = switch (endpoint.template()) {
            case "/projects/{projectKey}/contract/terms/{effectiveMonth}" -> next;
            case "/projects/{projectKey}/months/{month}/billing", "/projects/{projectKey}/months/{month}/billing.csv",
                    "/projects/{projectKey}/months/{month}/close" -> previous;
            default -> current;
        };
        String path = Sandbox.REST_PATH + endpoint.path(project, month, worklog)
                + (endpoint == RestEndpoints.STATUSES ? "?month=" + current : "");
        String body = body(endpoint);
        return http.send(endpoint.method(), path, caller, body == null ? null : "application/json",
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

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
        return "{}";
    }
}
