package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeMailQueue.CapturedMail;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The customer's decision over HTTP against the running sandbox, as a decision maker without a Jira account makes
 * it: the 2nd level of Bäckerei Müller crosses the decision threshold (75 %), the decision maker's mail (German,
 * no link into Jira) carries the decision link; the page opens without login, the confirmation shows the money and
 * stores nothing, the confirmation stores the top-up, which the REST status then shows as the customer's; the used
 * link gets the neutral page, a manager's second top-up is refused with what was decided, and the alert recipient
 * learns of the decision with a link into Jira.
 */
public class SandboxDecisionLinkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MAKER = "hanna@baeckerei-mueller.example";
    private static final String RECIPIENT = "chefin@baeckerei-mueller.example";
    private static final Pattern LINK = Pattern.compile(
            "https?://[^\"<>\\s]+(/rest/support-contingent/1\\.0/decisions/[A-Za-z0-9_-]{43})");
    private static final String FORM = "application/x-www-form-urlencoded";

    private static Sandbox sandbox;
    private static RawHttp http;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        http = new RawHttp(sandbox.baseUrl());
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    public void fromTheMailThroughTheConfirmationToTheStoredTopUp() throws Exception {
        FakeJira jira = sandbox.jira();
        Instant now = jira.clock.instant();
        YearMonth month = YearMonth.from(now.atZone(FakeJira.USER_ZONE));
        sandbox.rest().putTerms(FakeUsers.MANAGER, "MUE", month, TermsJson.terms()
                .level("L1", 240, "65", 120).level("L2", 6000, "85", 120).level("L3", 240, "110", 60)
                .rounding(15, "NEAREST").carryOver("UNUSED_UP_TO").overagePolicy("BILLED_AT_RATE").thresholds(75, 100)
                .recipients(RECIPIENT).decisionMaker("Hanna M\u00fcller", MAKER, "de").json());
        JsonNode level = sandbox.rest().status(FakeUsers.MANAGER, "MUE", month).get("levels").get(1);
        long used = level.get("usedMinutes").asLong();
        long available = level.get("availableMinutes").asLong();
        long needed = (available * 75 + 99) / 100 - used;
        assertTrue("L2 of MUE is below 75 % before: " + level, needed > 0);
        long minutes = (needed + 14) / 15 * 15 + 15;

        int mailsBefore = sandbox.mail().captured().size();
        FakeIssue issue = jira.issues.findByKey("MUE-1");
        jira.issues.setSupportLevel(issue.getId(), "L2");
        Instant monthStart = month.atDay(1).atStartOfDay(FakeJira.USER_ZONE).toInstant();
        Instant start = now.minusSeconds(minutes * 60 + 60).isAfter(monthStart) ? now.minusSeconds(minutes * 60 + 60)
                : monthStart;
        jira.worklogs.create(issue, FakeUsers.AGENT, start, minutes * 60, "Analyse Kassenschnittstelle");

        List<CapturedMail> mails = sandbox.mail().captured().subList(mailsBefore, sandbox.mail().captured().size());
        List<CapturedMail> toMaker = mails.stream().filter(m -> m.to().equals(MAKER)).toList();
        assertEquals(mails.toString(), 1, toMaker.size());
        CapturedMail request = toMaker.get(0);
        assertTrue(request.subject(), request.subject().contains("Bitte entscheiden Sie"));
        assertFalse("no link into Jira for the decision maker", request.body().contains("/plugins/servlet")
                || request.body().contains("/browse/") || request.body().contains("/secure/"));
        Matcher link = LINK.matcher(request.body());
        assertTrue(request.body(), link.find());
        String path = link.group(1);

        // the page, without any login or cookie
        RawHttp.Answer page = http.send("GET", path, null, null, null, Map.of());
        assertEquals(page.body(), 200, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertEquals("no-store", page.header("Cache-Control"));
        assertEquals("no-referrer", page.header("Referrer-Policy"));
        assertNull(page.header("Set-Cookie"));
        assertFalse(page.body().contains("<script"));
        assertTrue(page.body(), page.body().contains("Kontingent f\u00fcr 2nd"));
        assertTrue(page.body(), page.body().contains("<p id=\"service-hours\">Servicezeiten 1st-Level: "
                + "Mo\u2013Fr 10:00\u201316:00 (Europe/Berlin)</p>"));
        assertTrue(request.body(), request.body().contains("Servicezeiten 1st-Level: Mo\u2013Fr 10:00\u201316:00"));

        // a wrong amount is named, the confirmation shows the money and stores nothing
        RawHttp.Answer wrong = post(path, "step=review&choice=TOP_UP&hours=0&minutes=7&note=");
        assertEquals(wrong.body(), 400, wrong.status());
        assertTrue(wrong.body(), wrong.body().contains("aria-invalid=\"true\""));
        String before = sandbox.pluginTablesChecksum();
        RawHttp.Answer review = post(path, "step=review&choice=TOP_UP&hours=2&minutes=0&note=Freigabe+GF");
        assertEquals(review.body(), 200, review.status());
        assertTrue(review.body(), review.body().contains("170,00") && review.body().contains("Best\u00e4tigen"));
        assertEquals("nothing stored before the confirmation", before, sandbox.pluginTablesChecksum());

        RawHttp.Answer done = post(path, "step=confirm&choice=TOP_UP&hours=2&minutes=0&note=Freigabe+GF");
        assertEquals(done.body(), 200, done.status());
        assertTrue(done.body(), done.body().contains("Vielen Dank"));

        JsonNode status = sandbox.rest().status(FakeUsers.MANAGER, "MUE", month);
        JsonNode topUp = null;
        for (JsonNode t : status.get("topUps")) {
            if (t.get("decidedViaLink").asBoolean()) {
                topUp = t;
            }
        }
        assertTrue(status.toString(), topUp != null);
        assertEquals(120, topUp.get("minutes").asLong());
        assertEquals("L2", topUp.get("level").asText());
        assertEquals("Hanna M\u00fcller", topUp.get("grantedBy").asText());
        assertEquals("Freigabe GF", topUp.get("reason").asText());
        assertEquals(available + 120, status.get("levels").get(1).get("availableMinutes").asLong());

        // used: the neutral page; a manager's second decision is refused with what was decided
        RawHttp.Answer again = http.send("GET", path, null, null, null, Map.of());
        assertEquals(404, again.status());
        assertTrue(again.body().contains("Link not available"));
        RawHttp.Answer second = http.send("POST", Sandbox.REST_PATH + "/projects/MUE/months/" + month + "/top-ups",
                FakeUsers.MANAGER, "application/json",
                "{\"level\":\"L2\",\"minutes\":60,\"reason\":\"auch\"}".getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(second.body(), 409, second.status());
        assertTrue(second.body(), second.body().contains("Hanna M\u00fcller"));

        // the alert recipient hears of it, with the link into Jira
        List<CapturedMail> announced = sandbox.mail().captured().stream()
                .filter(m -> m.to().equals(RECIPIENT) && m.subject().contains("Hanna M\u00fcller")).toList();
        assertEquals(1, announced.size());
        assertTrue(announced.get(0).body().contains("/plugins/servlet/support-contingent/contract"));

        JsonNode audit = JSON.readTree(http.send("GET", Sandbox.REST_PATH + "/projects/MUE/audit", FakeUsers.MANAGER,
                null, null, Map.of()).body());
        assertTrue(audit.toString(), audit.toString().contains("Hanna M\u00fcller"));
    }

    @Test
    public void theDemoDataLeavesAPendingDecisionForAcmesThirdLevel() throws Exception {
        // besides the requests to decide on the change requests ACME-10 and ACME-11
        List<CapturedMail> requests = sandbox.mail().captured().stream()
                .filter(m -> m.to().equals("p.schneider@acme.example"))
                .filter(m -> !m.subject().contains("ACME-10") && !m.subject().contains("ACME-11")).toList();
        assertEquals(requests.toString(), 1, requests.size());
        Matcher link = LINK.matcher(requests.get(0).body());
        assertTrue(requests.get(0).body(), link.find());
        RawHttp.Answer page = http.send("GET", link.group(1), null, null, null, Map.of());
        assertEquals(page.body(), 200, page.status());
        assertTrue(page.body(), page.body().contains("3rd-Level") || page.body().contains("3rd\u2011Level"));
    }

    private static RawHttp.Answer post(String path, String form) throws Exception {
        return http.send("POST", path, null, FORM, form.getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
