package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeLogin;

/**
 * The sandbox speaks Jira's own REST API v2 for issues and worklogs: a script as one would write it for Jira
 * (HTTP Basic with a user name and any password, JSON only, Jira's field id looked up by name) creates an issue with
 * a Support Level, logs 3 minutes, reads back the 5 the plugin booked and sees them in the plugin's own REST status;
 * edits and deletes go the same way through Jira's worklog events. Errors come with Jira's status and error body.
 */
public class SandboxJiraRestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Jira's REST time format, as scripts write it. */
    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private static Sandbox sandbox;
    private static HttpClient http;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    /** An answer: status and parsed JSON body (null for none). */
    record Answer(int status, JsonNode body, HttpResponse<String> raw) {
    }

    /** As a script sends it: {@code Authorization: Basic} with the user name and some password (null: none). */
    private static Answer call(String method, String path, String basicUser, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (basicUser != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((basicUser + ":not-checked").getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
        return new Answer(response.statusCode(), body, response);
    }

    private static String started(Instant instant) {
        return ZonedDateTime.ofInstant(instant, FakeJira.USER_ZONE).format(JIRA_TIME);
    }

    private static long usedMinutes(String user, YearMonth month, String level) throws Exception {
        Answer status = call("GET", Sandbox.REST_PATH + "/projects/ACME/months/" + month + "/status", user, null);
        assertEquals(status.raw().body(), 200, status.status());
        for (JsonNode line : status.body().path("levels")) {
            if (line.path("level").asText().equals(level)) {
                return line.path("usedMinutes").asLong();
            }
        }
        throw new AssertionError("no level " + level + " in " + status.body());
    }

    @Test
    public void aScriptWrittenForJiraCreatesAnIssueLogsThreeMinutesAndReadsBackTheFiveThePluginBooked()
            throws Exception {
        String agent = "agent";
        // the Support Level's field id, by its name, as scripts find custom fields
        Answer fields = call("GET", "/rest/api/2/field", agent, null);
        assertEquals(200, fields.status());
        String fieldId = null;
        for (JsonNode field : fields.body()) {
            if (field.path("name").asText().equals("Support Level")) {
                fieldId = field.path("id").asText();
                assertTrue(field.path("custom").asBoolean());
                assertEquals("de.tieredsupport.support-contingent:support-level",
                        field.path("schema").path("custom").asText());
            }
        }
        assertEquals("customfield_10100", fieldId);

        Answer created = call("POST", "/rest/api/2/issue", agent, "{\"fields\":{\"project\":{\"key\":\"ACME\"},"
                + "\"summary\":\"Drucker im 2. OG druckt nur leere Seiten\",\"issuetype\":{\"name\":\"Task\"},\""
                + fieldId + "\":\"L2\"}}");
        assertEquals(created.raw().body(), 201, created.status());
        String key = created.body().path("key").asText();
        String id = created.body().path("id").asText();
        assertTrue(key, key.matches("ACME-\\d+"));
        assertEquals(sandbox.baseUrl() + "/rest/api/2/issue/" + id, created.body().path("self").asText());
        Answer issue = call("GET", "/rest/api/2/issue/" + key, agent, null);
        assertEquals(200, issue.status());
        assertEquals("L2", issue.body().path("fields").path(fieldId).asText());
        assertEquals("ACME", issue.body().path("fields").path("project").path("key").asText());

        Instant start = Instant.now().minusSeconds(120);
        YearMonth month = YearMonth.from(start.atZone(FakeJira.USER_ZONE));
        long before = usedMinutes(agent, month, "L2");
        Answer logged = call("POST", "/rest/api/2/issue/" + key + "/worklog", agent,
                "{\"comment\":\"Rückruf beim Kunden\",\"started\":\"" + started(start)
                        + "\",\"timeSpentSeconds\":180}");
        assertEquals(logged.raw().body(), 201, logged.status());
        String worklogId = logged.body().path("id").asText();
        String self = sandbox.baseUrl() + "/rest/api/2/issue/" + id + "/worklog/" + worklogId;
        assertEquals(self, logged.body().path("self").asText());
        assertEquals(self, logged.raw().headers().firstValue("Location").orElse(""));
        assertEquals("as created, before the plugin's rounding", 180, logged.body().path("timeSpentSeconds").asLong());
        assertEquals("agent", logged.body().path("author").path("name").asText());
        assertEquals("Alex Agent", logged.body().path("author").path("displayName").asText());
        assertEquals(started(start.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)),
                logged.body().path("started").asText());

        // read back: the plugin's listener rounded the 3 minutes up to 5 and booked them at the ticket's level
        Answer worklogs = call("GET", "/rest/api/2/issue/" + key + "/worklog", agent, null);
        assertEquals(200, worklogs.status());
        assertEquals(0, worklogs.body().path("startAt").asInt());
        assertEquals(1, worklogs.body().path("total").asInt());
        assertEquals(1, worklogs.body().path("maxResults").asInt());
        JsonNode worklog = worklogs.body().path("worklogs").get(0);
        assertEquals(worklogId, worklog.path("id").asText());
        assertEquals(id, worklog.path("issueId").asText());
        assertEquals(300, worklog.path("timeSpentSeconds").asLong());
        assertEquals("5m", worklog.path("timeSpent").asText());
        assertEquals("Rückruf beim Kunden", worklog.path("comment").asText());
        assertEquals(before + 5, usedMinutes(agent, month, "L2"));
        assertEquals(300, sandbox.tables().booking(Long.parseLong(worklogId)).orElseThrow().billedSeconds());

        // the level escalates; an edit of the worklog to 11 minutes is rebooked, rounded to 15, at L2 still
        assertEquals(204, call("PUT", "/rest/api/2/issue/" + key, agent,
                "{\"update\":{\"" + fieldId + "\":[{\"set\":\"L3\"}]}}").status());
        assertEquals("L3", call("GET", "/rest/api/2/issue/" + id, agent, null).body().path("fields").path(fieldId)
                .asText());
        Answer edited = call("PUT", "/rest/api/2/issue/" + key + "/worklog/" + worklogId, agent,
                "{\"timeSpentSeconds\":660}");
        assertEquals(edited.raw().body(), 200, edited.status());
        assertEquals("Rückruf beim Kunden", edited.body().path("comment").asText());
        Answer one = call("GET", "/rest/api/2/issue/" + key + "/worklog/" + worklogId, agent, null);
        assertEquals(900, one.body().path("timeSpentSeconds").asLong());
        assertEquals("15m", one.body().path("timeSpent").asText());
        assertEquals(before + 15, usedMinutes(agent, month, "L2"));

        // deleted through Jira's worklog service: the booking goes, the month is as before
        assertEquals(204, call("DELETE", "/rest/api/2/issue/" + key + "/worklog/" + worklogId, agent, null).status());
        Answer gone = call("GET", "/rest/api/2/issue/" + key + "/worklog/" + worklogId, agent, null);
        assertEquals(404, gone.status());
        assertEquals(List.of("Cannot find worklog with id: '" + worklogId + "'."), messages(gone.body()));
        assertEquals(404, call("DELETE", "/rest/api/2/issue/" + key + "/worklog/" + worklogId, agent, null).status());
        assertEquals(before, usedMinutes(agent, month, "L2"));
        assertEquals(0, call("GET", "/rest/api/2/issue/" + key + "/worklog", agent, null).body().path("total")
                .asInt());
    }

    @Test
    public void theUserSwitchersCookieWorksAsWellAsBasic() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl()
                + "/rest/api/2/issue/ACME-1/worklog")).header("Cookie", FakeLogin.COOKIE + "=manager").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(JSON.readTree(response.body()).path("total").asInt() > 0);
    }

    @Test
    public void unknownIssuesAnswer404WithJirasErrorShape() throws Exception {
        Answer answer = call("GET", "/rest/api/2/issue/NOPE-1/worklog", "agent", null);
        assertEquals(404, answer.status());
        assertEquals(List.of("Issue Does Not Exist"), messages(answer.body()));
        assertTrue(answer.body().path("errors").isObject());
        assertEquals(404, call("POST", "/rest/api/2/issue/ACME-999/worklog", "agent",
                "{\"timeSpentSeconds\":600}").status());
        assertEquals(404, call("GET", "/rest/api/2/issue/ACME-1/worklog/abc", "agent", null).status());
    }

    @Test
    public void callersWithoutBrowsePermissionGet403AndAnonymousCallers401() throws Exception {
        long worklogs = sandbox.jira().worklogs.count();
        String level = sandbox.jira().issues.findByKey("ACME-1").supportLevelKey();
        String body = "{\"started\":\"2026-12-02T10:15:00.000+0100\",\"timeSpentSeconds\":600}";
        Answer outsider = call("POST", "/rest/api/2/issue/ACME-1/worklog", "outsider", body);
        assertEquals(403, outsider.status());
        assertEquals(List.of("You do not have the permission to see the specified issue."), messages(outsider.body()));
        Answer anonymous = call("POST", "/rest/api/2/issue/ACME-1/worklog", null, body);
        assertEquals(401, anonymous.status());
        assertEquals(List.of("You do not have the permission to see the specified issue.", "Login Required"),
                messages(anonymous.body()));
        assertEquals(403, call("GET", "/rest/api/2/issue/ACME-1/worklog", "outsider", null).status());
        assertEquals(401, call("GET", "/rest/api/2/issue/ACME-1", null, null).status());
        assertEquals(403, call("PUT", "/rest/api/2/issue/ACME-1", "outsider",
                "{\"fields\":{\"customfield_10100\":\"L3\"}}").status());
        Answer create = call("POST", "/rest/api/2/issue", "outsider",
                "{\"fields\":{\"project\":{\"key\":\"ACME\"},\"summary\":\"x\",\"issuetype\":{\"id\":\"3\"}}}");
        assertEquals(403, create.status());
        assertEquals(List.of("You do not have permission to create issues in this project."), messages(create.body()));
        assertEquals(401, call("POST", "/rest/api/2/issue", null,
                "{\"fields\":{\"project\":{\"key\":\"ACME\"},\"summary\":\"x\",\"issuetype\":{\"id\":\"3\"}}}")
                .status());

        // Basic credentials of no sandbox user are refused as Jira's login refuses them, never served as anonymous
        Answer stranger = call("GET", "/rest/api/2/issue/ACME-1/worklog", "mallory", null);
        assertEquals(401, stranger.status());
        assertEquals("AUTHENTICATED_FAILED", stranger.raw().headers().firstValue("X-Seraph-LoginReason").orElse(""));
        assertEquals(worklogs, sandbox.jira().worklogs.count());
        assertEquals("nothing changed", level, sandbox.jira().issues.findByKey("ACME-1").supportLevelKey());
    }

    @Test
    public void badInputAnswers400WithJirasErrorShapeAndStoresNothing() throws Exception {
        long worklogs = sandbox.jira().worklogs.count();
        Answer started = call("POST", "/rest/api/2/issue/ACME-1/worklog", "agent",
                "{\"started\":\"2026-12-02 10:15\",\"timeSpentSeconds\":600}");
        assertEquals(400, started.status());
        assertEquals(List.of(), messages(started.body()));
        assertEquals("Invalid date format. Please enter the date in the format \"yyyy-MM-dd'T'HH:mm:ss.SSSZ\".",
                started.body().path("errors").path("started").asText());
        assertEquals(400, call("POST", "/rest/api/2/issue/ACME-1/worklog", "agent",
                "{\"started\":\"2026-12-02T10:15:00+01:00\",\"timeSpentSeconds\":600}").status());

        Answer noTime = call("POST", "/rest/api/2/issue/ACME-1/worklog", "agent",
                "{\"started\":\"2026-12-02T10:15:00.000+0100\",\"timeSpentSeconds\":30}");
        assertEquals(400, noTime.status());
        assertEquals(List.of("Worklog must not be null."), messages(noTime.body()));
        assertEquals("You must indicate the time spent working.",
                noTime.body().path("errors").path("timeLogged").asText());
        assertEquals(worklogs, sandbox.jira().worklogs.count());

        Answer level = call("POST", "/rest/api/2/issue", "agent", "{\"fields\":{\"project\":{\"key\":\"ACME\"},"
                + "\"summary\":\"x\",\"issuetype\":{\"name\":\"Task\"},\"customfield_10100\":\"L9\"}}");
        assertEquals(400, level.status());
        String levelError = level.body().path("errors").path("customfield_10100").asText();
        assertTrue("the plugin's own message for the field: " + levelError, levelError.startsWith("Support Level:"));
        assertFalse(levelError.contains("L9"));
        Answer missing = call("POST", "/rest/api/2/issue", "agent",
                "{\"fields\":{\"project\":{\"key\":\"ACME\"},\"issuetype\":{\"name\":\"Task\"}}}");
        assertEquals(400, missing.status());
        assertEquals("You must specify a summary of the issue.",
                missing.body().path("errors").path("summary").asText());
        assertEquals("valid project is required", call("POST", "/rest/api/2/issue", "agent",
                "{\"fields\":{\"project\":{\"key\":\"NOPE\"},\"summary\":\"x\",\"issuetype\":{\"name\":\"Task\"}}}")
                .body().path("errors").path("project").asText());
        assertEquals("issue type is required", call("POST", "/rest/api/2/issue", "agent",
                "{\"fields\":{\"project\":{\"key\":\"ACME\"},\"summary\":\"x\",\"issuetype\":{\"name\":\"Epos\"}}}")
                .body().path("errors").path("issuetype").asText());
        Answer unknownField = call("PUT", "/rest/api/2/issue/ACME-1", "agent",
                "{\"fields\":{\"description\":\"x\"}}");
        assertEquals(400, unknownField.status());
        assertNotNull(unknownField.body().path("errors").get("description"));

        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl()
                + "/rest/api/2/issue/ACME-1/worklog")).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("agent:x".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("timeSpentSeconds=600")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("JSON only, as Jira's REST", 415, form.statusCode());
        assertEquals(worklogs, sandbox.jira().worklogs.count());
    }

    private static List<String> messages(JsonNode body) {
        List<String> messages = new java.util.ArrayList<>();
        body.path("errorMessages").forEach(m -> messages.add(m.asText()));
        return messages;
    }
}
