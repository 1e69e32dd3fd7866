package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
 * A change request over HTTP against the running sandbox (the packaged plugin in Felix, real AO stores): ACME-4 of
 * the demo data is a Change request; an agent estimates it and submits it; ACME's decision maker gets a German mail
 * with a link (and no link into Jira), opens the page without login, confirms the approval; work logged after the
 * approval is change-request work and does not use the contingent; the alert recipients hear of the decision with
 * a link to the ticket. Every link that cannot decide gets the same neutral page: used, tampered, of a withdrawn
 * round, expired.
 */
public class SandboxChangeRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MAKER = "p.schneider@acme.example";
    private static final String RECIPIENT = "it-leitung@acme.example";
    private static final String ISSUE = "ACME-4";
    private static final String CR = Sandbox.REST_PATH + "/projects/ACME/issues/" + ISSUE + "/change-request";
    private static final Pattern LINK = Pattern.compile(
            "https?://[^\"<>\\s]+(/rest/support-contingent/1\\.0/decisions/([A-Za-z0-9_-]{43}))");
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
    public void fromTheEstimateThroughTheMailAndTheConfirmationToChangeRequestWork() throws Exception {
        FakeJira jira = sandbox.jira();
        YearMonth month = YearMonth.from(jira.clock.instant().atZone(FakeJira.USER_ZONE));

        RawHttp.Answer draft = json("PUT", CR, FakeUsers.AGENT,
                "{\"scope\":\"Schnittstelle zum Lager: Export der Bestellungen\",\"estimateMinutes\":600}");
        assertEquals(draft.body(), 200, draft.status());
        assertEquals("L3", JSON.readTree(draft.body()).get("rounds").get(0).get("level").asText());

        String path = submitAndReadLink();

        // the page, without any login or cookie: the estimate with the money
        RawHttp.Answer page = get(path);
        assertEquals(page.body(), 200, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertEquals("no-store", page.header("Cache-Control"));
        assertNull(page.header("Set-Cookie"));
        assertFalse(page.body().contains("<script"));
        assertTrue(page.body(), page.body().contains(ISSUE) && page.body().contains("Export der Bestellungen")
                && page.body().contains("900,00") && page.body().contains("3rd"));

        // no choice is named at its field; the confirmation step stores nothing
        RawHttp.Answer none = post(path, "step=review&comment=");
        assertEquals(none.body(), 400, none.status());
        assertTrue(none.body(), none.body().contains("aria-invalid=\"true\""));
        String before = sandbox.pluginTablesChecksum();
        RawHttp.Answer review = post(path, "step=review&choice=APPROVE&comment=Freigabe+GF");
        assertEquals(review.body(), 200, review.status());
        assertTrue(review.body(), review.body().contains("Best\u00e4tigen") && review.body().contains("900,00"));
        assertEquals("nothing stored before the confirmation", before, sandbox.pluginTablesChecksum());

        long usedBefore = usedMinutes(month);
        RawHttp.Answer done = post(path, "step=confirm&choice=APPROVE&comment=Freigabe+GF");
        assertEquals(done.body(), 200, done.status());
        assertTrue(done.body(), done.body().contains("Vielen Dank"));

        JsonNode approved = JSON.readTree(get(CR, FakeUsers.MANAGER).body());
        assertEquals("APPROVED", approved.get("state").asText());
        JsonNode decision = approved.get("rounds").get(0).get("decision");
        assertEquals("Petra Schneider", decision.get("by").asText());
        assertTrue(decision.get("viaLink").asBoolean());
        assertEquals("Freigabe GF", decision.get("comment").asText());

        // the used link is done; the alert recipients hear of it with the link to the ticket
        RawHttp.Answer used = get(path);
        assertEquals(404, used.status());
        List<CapturedMail> announced = sandbox.mail().captured().stream()
                .filter(m -> m.to().equals(RECIPIENT) && m.subject().contains(ISSUE)).toList();
        assertEquals(sandbox.mail().captured().toString(), 1, announced.size());
        assertTrue(announced.get(0).body(), announced.get(0).body().contains("/browse/ACME-4"));

        // work after the approval: change-request work, the contingent's used minutes stay
        FakeIssue issue = jira.issues.findByKey(ISSUE);
        jira.worklogs.create(issue, FakeUsers.AGENT, jira.clock.instant().plusSeconds(1), 3600, "Umsetzung Export");
        JsonNode after = JSON.readTree(get(CR, FakeUsers.AGENT).body());
        assertEquals(after.toString(), 60, after.get("minutesToDate").asLong());
        assertEquals(10, after.get("percentOfEstimate").asInt());
        assertEquals(usedBefore, usedMinutes(month));

        // billing follows the decision: the category stays Change request
        RawHttp.Answer category = json("PUT", Sandbox.REST_PATH + "/projects/ACME/issues/" + ISSUE + "/category",
                FakeUsers.AGENT, "{\"category\":\"DEFECT\"}");
        assertEquals(category.body(), 409, category.status());
    }

    @Test
    public void everyLinkThatCannotDecideGetsTheSameNeutralPage() throws Exception {
        String issue = "ACME-5";
        String cr = Sandbox.REST_PATH + "/projects/ACME/issues/" + issue + "/change-request";
        assertEquals(200, json("PUT", Sandbox.REST_PATH + "/projects/ACME/issues/" + issue + "/category",
                FakeUsers.AGENT, "{\"category\":\"CHANGE_REQUEST\"}").status());
        RawHttp.Answer unknown = get(Sandbox.REST_PATH + "/decisions/" + "A".repeat(43));
        assertEquals(404, unknown.status());

        // withdrawn round
        assertEquals(200, json("PUT", cr, FakeUsers.AGENT, "{\"scope\":\"Report\",\"estimateMinutes\":120}").status());
        String withdrawn = submitAndReadLink(cr, issue);
        assertEquals(200, get(withdrawn).status());
        String tampered = withdrawn.substring(0, withdrawn.length() - 1)
                + (withdrawn.endsWith("A") ? "B" : "A");
        assertNeutral(unknown, get(tampered));
        assertEquals(200, json("POST", cr + "/withdraw", FakeUsers.AGENT, "{\"comment\":\"later\"}").status());
        assertNeutral(unknown, get(withdrawn));
        assertNeutral(unknown, post(withdrawn, "step=confirm&choice=APPROVE&comment="));

        // expired: the link's expiry lies in the past (the sandbox runs on the system clock)
        assertEquals(200, json("PUT", cr, FakeUsers.AGENT, "{\"scope\":\"Report\",\"estimateMinutes\":180}").status());
        String expired = submitAndReadLink(cr, issue);
        assertEquals(200, get(expired).status());
        String token = expired.substring(expired.lastIndexOf('/') + 1);
        try (Connection c = sandbox.openConnection(new Properties());
             PreparedStatement update = c.prepareStatement("UPDATE " + PluginTables.table("CR_LINK")
                     + " SET \"EXPIRES_AT\" = ? WHERE \"TOKEN_HASH\" = ?")) {
            update.setLong(1, Instant.now().minusSeconds(1).toEpochMilli());
            update.setString(2, sha256Hex(token));
            assertEquals(1, update.executeUpdate());
        }
        String before = sandbox.pluginTablesChecksum();
        assertNeutral(unknown, get(expired));
        assertNeutral(unknown, post(expired, "step=confirm&choice=APPROVE&comment="));
        assertEquals(before, sandbox.pluginTablesChecksum());
        assertEquals("SUBMITTED", JSON.readTree(get(cr, FakeUsers.AGENT).body()).get("state").asText());
    }

    private static void assertNeutral(RawHttp.Answer expected, RawHttp.Answer actual) {
        assertEquals(actual.body(), 404, actual.status());
        assertEquals(expected.body(), actual.body());
    }

    private static String submitAndReadLink() throws Exception {
        return submitAndReadLink(CR, ISSUE);
    }

    private static String submitAndReadLink(String cr, String issue) throws Exception {
        int mailsBefore = sandbox.mail().captured().size();
        RawHttp.Answer submitted = json("POST", cr + "/submit", FakeUsers.AGENT, "{}");
        assertEquals(submitted.body(), 200, submitted.status());
        assertEquals("SUBMITTED", JSON.readTree(submitted.body()).get("state").asText());
        List<CapturedMail> mails = sandbox.mail().captured().subList(mailsBefore, sandbox.mail().captured().size());
        List<CapturedMail> toMaker = mails.stream().filter(m -> m.to().equals(MAKER)).toList();
        assertEquals(mails.toString(), 1, toMaker.size());
        CapturedMail request = toMaker.get(0);
        assertTrue(request.subject(), request.subject().contains("\u00c4nderungswunsch " + issue));
        assertFalse("no link into Jira for the decision maker", request.body().contains("/plugins/servlet")
                || request.body().contains("/browse/") || request.body().contains("/secure/"));
        Matcher link = LINK.matcher(request.body());
        assertTrue(request.body(), link.find());
        return link.group(1);
    }

    /** The stored form of a token: lower-case hex SHA-256 (the plugin's classes live in its bundle, not here). */
    private static String sha256Hex(String token) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.US_ASCII)));
    }

    private static long usedMinutes(YearMonth month) throws Exception {
        JsonNode status = sandbox.rest().status(FakeUsers.MANAGER, "ACME", month);
        long used = 0;
        for (JsonNode level : status.get("levels")) {
            used += level.get("usedMinutes").asLong();
        }
        return used;
    }

    private static RawHttp.Answer get(String path) throws Exception {
        return http.send("GET", path, null, null, null, Map.of());
    }

    private static RawHttp.Answer get(String path, String user) throws Exception {
        return http.send("GET", path, user, null, null, Map.of());
    }

    private static RawHttp.Answer json(String method, String path, String user, String body) throws Exception {
        return http.send(method, path, user, "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static RawHttp.Answer post(String path, String form) throws Exception {
        return http.send("POST", path, null, FORM, form.getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
