package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.tieredsupport.contingent.sandbox.HostileRequests.Request;
import de.tieredsupport.contingent.sandbox.RestEndpoints.Endpoint;
import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.testsupport.pg.TestPostgres;
import de.tieredsupport.contingent.testsupport.pg.TestPostgresDatabase;

/**
 * Every REST endpoint of the running sandbox fed generated malformed and extreme requests ({@link HostileRequests},
 * fixed seed, bounded count) by a caller with every right (the Jira administrator), so only validation stands in the
 * way: every answer is a 4xx with the expected status, in the module's JSON error format, naming the field the input
 * was about; none is a 5xx or a success; afterwards every plugin table is exactly as before and no mail was queued.
 * Once on H2 and once on PostgreSQL, which refuses some texts (NUL characters) that H2 stores.
 * <p>
 * Reproduce a failure with {@code -Dhostile.seed=N} (the seed is printed with every failure).
 */
public class SandboxHostileInputTest {

    /** The seed of the committed run; override with {@code -Dhostile.seed=...}. */
    static final long SEED = Long.getLong("hostile.seed", 20_261_126L);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Requests per endpoint: more where bodies have more fields. */
    static Map<Endpoint, Integer> counts() {
        Map<Endpoint, Integer> counts = new LinkedHashMap<>();
        counts.put(RestEndpoints.PUT_TERMS, 600);
        counts.put(RestEndpoints.TOP_UP, 350);
        counts.put(RestEndpoints.SUSPEND, 200);
        counts.put(RestEndpoints.RESUME, 150);
        counts.put(RestEndpoints.CORRECT_LEVEL, 200);
        counts.put(RestEndpoints.CATEGORY, 150);
        counts.put(RestEndpoints.CLOSE, 120);
        counts.put(RestEndpoints.CHANGE_REQUEST, 40);
        counts.put(RestEndpoints.PREPARE_CHANGE_REQUEST, 150);
        counts.put(RestEndpoints.SUBMIT_CHANGE_REQUEST, 40);
        counts.put(RestEndpoints.WITHDRAW_CHANGE_REQUEST, 60);
        counts.put(RestEndpoints.DECIDE_CHANGE_REQUEST, 80);
        counts.put(RestEndpoints.CONTRACT, 50);
        counts.put(RestEndpoints.TERMS, 40);
        counts.put(RestEndpoints.AUDIT, 80);
        counts.put(RestEndpoints.STATUS, 80);
        counts.put(RestEndpoints.STATUSES, 50);
        counts.put(RestEndpoints.BOOKINGS, 80);
        counts.put(RestEndpoints.BILLING, 80);
        counts.put(RestEndpoints.BILLING_CSV, 80);
        counts.put(RestEndpoints.BILLING_XLS, 80);
        return counts;
    }

    @Test
    public void hostileInputOnH2IsRefusedWithoutChangingAnything() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.forTests())) {
            fuzz(sandbox, "H2");
        }
    }

    @Test
    public void hostileInputOnPostgresIsRefusedWithoutChangingAnything() throws Exception {
        try (TestPostgresDatabase db = TestPostgres.createDatabase("hostile");
             Sandbox sandbox = Sandbox.start(SandboxOptions.forTests().jdbc(db.jdbcUrl(), db.user(),
                     db.password()))) {
            fuzz(sandbox, "PostgreSQL");
        }
    }

    @Test
    public void theSameSeedGeneratesTheSameRequests() {
        HostileRequests.Fixture fixture = new HostileRequests.Fixture("ACME", "2026-04", "2026-03", "2026-02",
                "2026-05", "10", "20");
        List<String> first = new HostileRequests(SEED, fixture).generate(counts()).stream()
                .map(Request::describe).toList();
        List<String> second = new HostileRequests(SEED, fixture).generate(counts()).stream()
                .map(Request::describe).toList();
        assertEquals(first, second);
        assertTrue("bounded: " + first.size(), first.size() > 1_500 && first.size() <= 3_000);
        assertTrue(!first.equals(new HostileRequests(SEED + 1, fixture).generate(counts()).stream()
                .map(Request::describe).toList()));
    }

    private static void fuzz(Sandbox sandbox, String database) throws Exception {
        HostileRequests generator = new HostileRequests(SEED, fixture(sandbox));
        List<Request> requests = generator.generate(counts());
        RawHttp http = new RawHttp(sandbox.baseUrl());
        String before = sandbox.pluginTablesChecksum();
        int mailsBefore = sandbox.mail().captured().size();

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Integer> perEndpoint = new LinkedHashMap<>();
        int hostAnswered = 0;
        int retries = 0;
        long started = System.nanoTime();
        for (Request request : requests) {
            RawHttp.Answer answer;
            try {
                answer = http.send(request.method(), request.path(), FakeUsers.ADMIN, request.contentType(),
                        request.body(), request.headers());
            } catch (java.io.IOException e) {
                // the server may close a connection after refusing a large body unread; a new one must be answered
                retries++;
                System.out.println("sent again on a new connection: " + shorten(request.describe()) + ": " + e);
                try {
                    answer = http.send(request.method(), request.path(), FakeUsers.ADMIN, request.contentType(),
                            request.body(), request.headers());
                } catch (java.io.IOException again) {
                    failures.add("seed " + generator.seed() + " " + request.describe() + "\n    no answer: " + again);
                    continue;
                }
            }
            statuses.merge(answer.status(), 1, Integer::sum);
            perEndpoint.merge(request.endpoint().key(), 1, Integer::sum);
            String problem = check(request, answer);
            if (problem == null && request.hostMayAnswer() && !answer.contentType().startsWith("application/json")) {
                hostAnswered++;
            }
            if (problem != null) {
                failures.add("seed " + generator.seed() + " " + request.describe() + "\n    got " + answer.status()
                        + " " + answer.contentType() + " " + shorten(answer.body()) + "\n    " + problem);
            }
        }
        decisionLinkHostility(http, generator.seed(), failures, perEndpoint, statuses);
        long millis = (System.nanoTime() - started) / 1_000_000;
        String after = sandbox.pluginTablesChecksum();
        System.out.printf("Hostile input on %s: seed %d, %d requests in %d ms; per endpoint %s; statuses %s; "
                + "%d refused by the host before the plugin; %d sent again on a new connection; %d failures%n",
                database, generator.seed(), requests.size(), millis, perEndpoint, statuses, hostAnswered, retries,
                failures.size());
        failures.stream().limit(40).forEach(System.out::println);
        java.nio.file.Path report = java.nio.file.Paths.get("target", "hostile-input-" + database + ".txt");
        java.nio.file.Files.createDirectories(report.getParent());
        java.nio.file.Files.write(report, failures, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(failures.size() + " of " + requests.size() + " hostile requests were answered wrongly (seed "
                + generator.seed() + "), e.g.:\n" + String.join("\n", failures.stream().limit(10).toList()),
                0, failures.size());
        assertEquals("no plugin table changed on " + database, before, after);
        assertEquals("no mail was queued", mailsBefore, sandbox.mail().captured().size());
        assertTrue("every endpoint was exercised", perEndpoint.keySet().containsAll(
                RestEndpoints.ALL.stream().map(Endpoint::key).toList()));
    }

    /**
     * The public decision endpoints take no JSON and name no field: every hostile token and form gets the one
     * neutral page (404, HTML, the same bytes), an unsupported method 405, a body that is not a form 415, a form
     * that cannot be decoded 400; never a server error, never a success. (Path characters the host itself refuses,
     * such as encoded slashes and control characters, never reach the plugin and are left out.)
     */
    private static void decisionLinkHostility(RawHttp http, long seed, List<String> failures,
            Map<String, Integer> perEndpoint, Map<Integer, Integer> statuses) throws Exception {
        java.util.Random random = new java.util.Random(seed);
        String[] tokens = {"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "A".repeat(42), "A".repeat(44),
            "%3Cscript%3Ealert(1)%3Cb%3E",
            "%E2%80%AE" + "A".repeat(40), "x".repeat(4_000), "%27%20OR%201%3D1--", "null", "0", "-1"};
        String[] forms = {"", "step=confirm", "step=confirm&choice=TOP_UP&hours=-1&minutes=0",
            "step=review&choice=TOP_UP&hours=99999999999999999999&minutes=0", "step=confirm&choice=SUSPEND&note="
                + "x".repeat(5_000), "step=confirm&choice=DROP%20TABLE&hours=1", "%%%", "step=confirm&step=review",
            "step=confirm&choice=TOP_UP&hours=1&note=%00%E2%80%AE"};
        String neutral = null;
        for (int i = 0; i < 80; i++) {
            String token = tokens[random.nextInt(tokens.length)];
            String path = Sandbox.REST_PATH + "/decisions/" + token;
            int dice = random.nextInt(100);
            Endpoint endpoint = dice < 35 ? RestEndpoints.DECISION_PAGE : RestEndpoints.DECISION_SUBMIT;
            String method = dice < 35 ? "GET" : dice < 85 ? "POST" : random.nextBoolean() ? "PUT" : "DELETE";
            String type = dice >= 35 && dice < 75 ? "application/x-www-form-urlencoded"
                    : dice >= 75 && dice < 85 ? "application/json" : method.equals("GET") ? null
                    : "application/x-www-form-urlencoded";
            String form = forms[random.nextInt(forms.length)];
            byte[] body = method.equals("GET") ? null : form.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            RawHttp.Answer answer;
            try {
                answer = http.send(method, path, FakeUsers.ADMIN, type, body, Map.of());
            } catch (java.io.IOException e) {
                if (!RawHttp.closedBeforeAnswer(e)) {
                    throw e;
                }
                // as in the main loop: a connection the server closed unanswered; a new one must be answered
                System.out.println("sent again on a new connection: " + method + " " + shorten(path) + ": " + e);
                answer = http.send(method, path, FakeUsers.ADMIN, type, body, Map.of());
            }
            statuses.merge(answer.status(), 1, Integer::sum);
            perEndpoint.merge(endpoint.key(), 1, Integer::sum);
            // a body that is no form at all cannot be read: 400, before any token is looked at
            int expected = method.equals("PUT") || method.equals("DELETE") ? 405
                    : "application/json".equals(type) ? 415 : method.equals("POST") && form.equals("%%%") ? 400 : 404;
            boolean ok = answer.status() == expected;
            if (ok && expected == 404) {
                neutral = neutral == null ? answer.body() : neutral;
                ok = answer.contentType().startsWith("text/html") && answer.body().equals(neutral);
            }
            if (!ok) {
                failures.add("seed " + seed + " decision link: " + method + " " + shorten(path) + " " + type
                        + " -> " + answer.status() + " " + answer.contentType() + " " + shorten(answer.body())
                        + ", expected " + expected);
            }
        }
    }

    /** Null if the answer is right for the request, else what is wrong with it. */
    static String check(Request request, RawHttp.Answer answer) {
        int status = answer.status();
        if (status >= 500) {
            return "a server error for invalid input";
        }
        if (status < 400) {
            return "invalid input was not refused";
        }
        if (request.hostMayAnswer() && !answer.contentType().startsWith("application/json")) {
            return null;
        }
        if (!request.statuses().isEmpty() && !request.statuses().contains(status)) {
            return "status " + status + " instead of " + request.statuses();
        }
        if (request.hostMayAnswer() && !answer.body().contains("\"errors\"")) {
            // Jira's own REST layer (XSRF check) answered in its format
            return null;
        }
        if (!answer.contentType().startsWith("application/json")) {
            return "not the JSON error format: " + answer.contentType();
        }
        JsonNode errors;
        try {
            errors = JSON.readTree(answer.body()).get("errors");
        } catch (Exception e) {
            return "unreadable JSON: " + e.getMessage();
        }
        if (errors == null || !errors.isArray() || errors.isEmpty()) {
            return "no errors list";
        }
        List<String> named = new ArrayList<>();
        for (JsonNode item : errors) {
            JsonNode message = item.get("message");
            if (message == null || !message.isTextual() || message.asText().isBlank()) {
                return "an error without message";
            }
            JsonNode field = item.get("field");
            if (field == null || !(field.isNull() || field.isTextual())) {
                return "an error without field (string or null)";
            }
            if (field.isTextual()) {
                named.add(field.asText());
            }
        }
        Set<String> expected = request.fields();
        if (expected.contains(HostileRequests.ANY_FIELD)) {
            return null;
        }
        for (String field : named) {
            for (String wanted : expected) {
                if (field.equals(wanted) || field.startsWith(wanted + ".") || field.startsWith(wanted + "[")) {
                    return null;
                }
            }
        }
        return "the error names " + named + ", not " + expected;
    }

    static HostileRequests.Fixture fixture(Sandbox sandbox) {
        YearMonth current = YearMonth.now(FakeJira.USER_ZONE);
        return new HostileRequests.Fixture("ACME", current.toString(), current.minusMonths(1).toString(),
                current.minusMonths(2).toString(), current.plusMonths(1).toString(), firstWorklog(sandbox, "ACME-9"),
                firstWorklog(sandbox, "MUE-5"));
    }

    static String firstWorklog(Sandbox sandbox, String issueKey) {
        long issueId = sandbox.jira().issues.findByKey(issueKey).getId();
        return String.valueOf(sandbox.jira().worklogs.findByIssue(issueId).get(0).getId());
    }

    private static String shorten(String text) {
        String flat = text.replace("\n", "\\n").replace("\r", "\\r");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
