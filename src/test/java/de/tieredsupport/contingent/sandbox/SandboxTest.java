package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import de.tieredsupport.contingent.sandbox.PluginTables.BookingRow;
import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeMailQueue.CapturedMail;
import de.tieredsupport.contingent.sandbox.fakejira.FakeProject;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.sandbox.fakejira.FakeWorklog;

import com.atlassian.scheduler.JobRunner;

/**
 * The sandbox host in-process on a free port with an in-memory database and demo data, the plugin jar running as a
 * bundle in its OSGi framework, tested over HTTP, through Jira's interfaces and the plugin's tables.
 */
public class SandboxTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private static Sandbox sandbox;
    private static SandboxClient client;
    private static YearMonth current;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        client = new SandboxClient(sandbox.baseUrl());
        current = YearMonth.now(FakeJira.USER_ZONE);
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    public void listensOnLoopbackUnderTheSdkContextPath() {
        assertTrue(sandbox.baseUrl(), sandbox.baseUrl().matches("http://localhost:\\d+/jira"));
        assertEquals(DemoData.Outcome.SEEDED, sandbox.demoData());
    }

    @Test
    public void demoDataShowsTheCustomersDecisionsAndChangeRequests() {
        // a pending decision link: ACME's 3rd level at its threshold, mailed, undecided
        JsonNode acme = sandbox.rest().status(FakeUsers.ADMIN, "ACME", current);
        assertTrue(acme.path("levels").get(2).path("percentUsed").asInt() >= 80);
        assertTrue("the decision maker got the links", sandbox.mail().captured().stream()
                .anyMatch(m -> m.to().equals(DemoData.ACME_DECISION_MAKER) && m.body().contains("/decisions/")));
        assertEquals(0, acme.path("topUps").size());

        // a customer's top-up through the link
        JsonNode topUp = sandbox.rest().status(FakeUsers.ADMIN, "MUE", current).path("topUps").get(0);
        assertTrue(topUp.toString(), topUp.path("decidedViaLink").asBoolean());
        assertEquals(60, topUp.path("minutes").asLong());

        // an approved change request with work on it, and a rejected one
        JsonNode report = sandbox.rest().billing(FakeUsers.ADMIN, "ACME", current);
        JsonNode changeRequest = report.path("changeRequests").get(0);
        assertEquals("ACME-10", changeRequest.path("issueKey").asText());
        assertTrue(changeRequest.path("approvedViaLink").asBoolean());
        assertEquals(150 + 45, changeRequest.path("minutesThisMonth").asLong());
        assertEquals(1, report.path("changeRequests").size());
        assertEquals("REJECTED", sandbox.rest().send(FakeUsers.MANAGER, "GET",
                "/projects/ACME/issues/ACME-11/change-request", null).path("state").asText());
    }

    @Test
    public void demoDataHasThreeContractsWithClosedMonthTopUpSuspensionAndEscalations() {
        PluginTables tables = sandbox.tables();
        assertEquals(3, tables.contracts());
        YearMonth first = current.minusMonths(2);
        YearMonth previous = current.minusMonths(1);

        assertTrue("ACME's first month is closed", tables.closed(DemoData.ACME, first));
        JsonNode report = sandbox.rest().billing(FakeUsers.ADMIN, "ACME", previous);
        assertTrue("the late worklog into the closed month is an adjustment", report.path("adjustments").size() > 0);

        JsonNode acmePrevious = sandbox.rest().status(FakeUsers.ADMIN, "ACME", previous);
        assertEquals(1, acmePrevious.path("topUps").size());
        JsonNode firstLevel = acmePrevious.path("levels").get(0);
        assertEquals("L1", firstLevel.path("level").asText());
        assertTrue("1st level over its contingent despite the top-up", firstLevel.path("overageMinutes").asLong() > 0);
        assertEquals(540, firstLevel.path("availableMinutes").asLong());

        JsonNode nordlicht = sandbox.rest().status(FakeUsers.ADMIN, "NORD", current);
        assertTrue(nordlicht.path("levels").get(0).path("suspended").asBoolean());

        FakeIssue sap = sandbox.jira().issues.findByKey("ACME-3");
        Set<String> levels = new TreeSet<>();
        for (FakeWorklog worklog : sandbox.jira().worklogs.findByIssue(sap.getId())) {
            BookingRow booking = tables.booking(worklog.getId()).orElseThrow();
            levels.add(booking.level());
            assertTrue("billed in 5-minute steps", booking.billedSeconds() % 300 == 0);
            assertEquals("Jira's worklog holds the billed time", booking.billedSeconds(),
                    (long) worklog.getTimeSpent());
        }
        assertEquals("escalated 1st -> 2nd -> 3rd level", Set.of("L1", "L2", "L3"), levels);
        assertTrue("some worklogs had odd minutes", sandbox.jira().worklogs.findByIssue(sap.getId()).stream()
                .anyMatch(w -> tables.booking(w.getId()).orElseThrow().rawSeconds() % 300 != 0));
    }

    @Test
    public void everyPageAnswers() throws Exception {
        for (String path : pages()) {
            HttpResponse<String> response = client.get(path, FakeUsers.ADMIN);
            assertEquals(path, 200, response.statusCode());
            assertTrue(path, response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(path, response.body().contains("</html>"));
        }
        assertEquals(200, client.get("/", null).statusCode());
        assertEquals(200, client.get("/", FakeUsers.OUTSIDER).statusCode());
        assertEquals(404, client.get("/browse/NOPE-1", FakeUsers.ADMIN).statusCode());
    }

    @Test
    public void issuePagesFollowBrowsePermission() throws Exception {
        assertEquals(200, client.get("/browse/ACME-1", FakeUsers.AGENT).statusCode());
        assertEquals(200, client.get("/browse/ACME-1", FakeUsers.MANAGER).statusCode());
        assertEquals(403, client.get("/browse/ACME-1", FakeUsers.OUTSIDER).statusCode());
        assertEquals(401, client.get("/browse/ACME-1", null).statusCode());
        assertFalse(client.get("/", FakeUsers.OUTSIDER).body().contains("ACME-1"));
    }

    @Test
    public void logWorkRoundsThreeMinutesToFiveThroughTheListenerPath() throws Exception {
        long before = sandbox.jira().worklogs.count();
        HttpResponse<String> posted = client.postForm("/sandbox/log-work", FakeUsers.AGENT, "issue", "ACME-9",
                "time", "3m", "start", "", "comment", "Rückruf");
        assertEquals(posted.body(), 303, posted.statusCode());
        String location = posted.headers().firstValue("Location").orElseThrow();
        long worklogId = Long.parseLong(location.replaceAll(".*logged=", ""));
        assertEquals(before + 1, sandbox.jira().worklogs.count());

        BookingRow booking = sandbox.tables().booking(worklogId).orElseThrow();
        assertEquals(180, booking.rawSeconds());
        assertEquals(300, booking.billedSeconds());
        assertEquals("L1", booking.level());
        assertEquals("rewritten in Jira", 300L, (long) sandbox.jira().worklogs.getById(worklogId).getTimeSpent());

        HttpResponse<String> page = client.follow(posted, FakeUsers.AGENT);
        assertEquals(200, page.statusCode());
        assertTrue(page.body(), page.body().contains("Worklog " + worklogId + " logged: raw 3m, billed 5m"));
        assertTrue(page.body().contains("Rückruf"));
    }

    @Test
    public void logWorkIsRefusedWithoutPermissionOrWithBadInput() throws Exception {
        long before = sandbox.jira().worklogs.count();
        assertEquals(403, client.postForm("/sandbox/log-work", FakeUsers.OUTSIDER, "issue", "ACME-9", "time", "3m")
                .statusCode());
        assertEquals(401, client.postForm("/sandbox/log-work", null, "issue", "ACME-9", "time", "3m").statusCode());
        HttpResponse<String> bad = client.postForm("/sandbox/log-work", FakeUsers.AGENT, "issue", "ACME-9", "time",
                "drei Minuten <b>");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("drei Minuten &lt;b&gt;"));
        assertEquals(400, client.postForm("/sandbox/log-work", FakeUsers.AGENT, "issue", "ACME-9", "time", "3m",
                "start", "gestern").statusCode());
        assertEquals(before, sandbox.jira().worklogs.count());
    }

    @Test
    public void scriptInASummaryIsTextOnEveryPage() throws Exception {
        boolean shown = false;
        for (String path : pages()) {
            for (String user : new String[] {FakeUsers.ADMIN, FakeUsers.AGENT}) {
                String body = client.get(path, user).body();
                assertFalse(path + " as " + user, body.contains(SCRIPT));
                // the page's own scripts (AUI, as Jira loads it) stand in its head; none may come from content
                String content = body.substring(Math.max(0, body.indexOf("<body")));
                assertFalse(path + " as " + user, content.toLowerCase(java.util.Locale.ROOT).contains("<script"));
                shown |= body.contains(ESCAPED_SCRIPT);
            }
        }
        assertTrue(shown);
        assertTrue(client.get("/browse/ACME-5", FakeUsers.AGENT).body().contains(ESCAPED_SCRIPT));
        assertTrue(client.get("/", FakeUsers.AGENT).body().contains(ESCAPED_SCRIPT));
    }

    @Test
    public void alertMailIsCapturedAndShownInTheOutbox() throws Exception {
        assertFalse("the demo data already fired alerts", sandbox.mail().captured().isEmpty());
        int before = sandbox.mail().captured().size();
        // a long call on an ACME 1st-level ticket crosses 80 % and 100 % of this month's 1st level
        HttpResponse<String> posted = client.postForm("/sandbox/log-work", FakeUsers.AGENT, "issue", "ACME-1",
                "time", "1w", "start", "");
        assertEquals(303, posted.statusCode());
        List<CapturedMail> fresh = new ArrayList<>(sandbox.mail().captured().subList(before,
                sandbox.mail().captured().size()));
        assertFalse("alert mail queued", fresh.isEmpty());
        assertTrue(fresh.stream().map(CapturedMail::to).collect(Collectors.toSet())
                .contains("it-leitung@acme.example"));
        String outbox = client.get("/sandbox/mail", FakeUsers.AGENT).body();
        for (CapturedMail mail : fresh) {
            assertTrue(outbox.contains(de.tieredsupport.contingent.sandbox.web.Html.esc(mail.subject())));
        }
    }

    @Test
    public void userSwitcherSetsAndClearsTheCookie() throws Exception {
        HttpResponse<String> switched = client.postForm("/sandbox/switch-user", null, "user", "manager", "back",
                "/jira/browse/ACME-2");
        assertEquals(303, switched.statusCode());
        assertEquals("/jira/browse/ACME-2", switched.headers().firstValue("Location").orElseThrow());
        assertTrue(switched.headers().firstValue("Set-Cookie").orElseThrow().startsWith("sandbox.user=manager"));
        HttpResponse<String> anonymous = client.postForm("/sandbox/switch-user", "manager", "user", "anonymous",
                "back", "https://elsewhere.example/");
        assertEquals("/jira/", anonymous.headers().firstValue("Location").orElseThrow());
        String cleared = anonymous.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cleared, cleared.startsWith("sandbox.user=;")
                && (cleared.contains("Max-Age=0") || cleared.contains("Expires=Thu, 01 Jan 1970")));
    }

    @Test
    public void theAdaptersRunOnTheFakesAndTheReconciliationJobBooksAMissedWorklog() {
        assertNotNull("the plugin's job runner is a component of its bundle",
                sandbox.plugin().component(JobRunner.class));
        assertTrue("the plugin's listener registered with Jira's event publisher", sandbox.jira().events.listeners()
                .stream().anyMatch(l -> l.getClass().getName().endsWith(".WorklogListener")));
        assertEquals(1, sandbox.jira().scheduler.runnerKeys().size());

        // a worklog Jira stored while its event got lost
        FakeIssue issue = sandbox.jira().issues.findByKey("ACME-2");
        FakeWorklog missed = sandbox.jira().worklogs.createWithoutEvent(issue, FakeUsers.AGENT,
                sandbox.jira().clock.instant().minusSeconds(600), 7 * 60, "missed");
        assertFalse(sandbox.tables().booking(missed.getId()).isPresent());

        sandbox.jira().scheduler.runNow(sandbox.jira().scheduler.runnerKeys().iterator().next());

        BookingRow booked = sandbox.tables().booking(missed.getId()).orElseThrow();
        assertEquals(420, booked.rawSeconds());
        assertEquals(600, booked.billedSeconds());
    }

    private static List<String> pages() {
        List<String> paths = new ArrayList<>(List.of("/", "/sandbox/mail"));
        for (FakeProject project : sandbox.jira().projects.all()) {
            for (FakeIssue issue : sandbox.jira().issues.findByProject(project.id())) {
                paths.add("/browse/" + issue.getKey());
            }
        }
        return paths;
    }
}
