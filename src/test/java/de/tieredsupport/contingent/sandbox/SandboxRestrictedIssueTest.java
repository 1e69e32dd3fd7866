package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.YearMonth;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;

/**
 * A booked issue the billing manager may not see (an issue security level): the report page, its Excel view, the CSV
 * and the REST billing show its key and its figures, never its summary; the Jira administrator still sees it.
 */
public class SandboxRestrictedIssueTest {

    private static final String SECRET = "Gehaltsdaten der Gesch\u00e4ftsf\u00fchrung";

    private static Sandbox sandbox;
    private static SandboxClient client;
    private static YearMonth current;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        client = new SandboxClient(sandbox.baseUrl());
        current = YearMonth.now(FakeJira.USER_ZONE);
        FakeIssue issue = sandbox.jira().issues.findByKey("ACME-9");
        sandbox.jira().issues.rename(issue.getId(), SECRET);
        sandbox.jira().permissions.hideIssue(issue.getId(), FakeUsers.MANAGER);
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    public void restBillingGivesTheKeyAndNoSummary() {
        JsonNode ticket = ticket(sandbox.rest().billing(FakeUsers.MANAGER, "ACME", current), "ACME-9");
        assertTrue(ticket.path("restricted").asBoolean());
        assertTrue(ticket.path("summary").isNull());
        assertTrue(ticket.path("figures").path("billedMinutes").asLong() > 0);
        JsonNode asAdmin = ticket(sandbox.rest().billing(FakeUsers.ADMIN, "ACME", current), "ACME-9");
        assertFalse(asAdmin.path("restricted").asBoolean());
        assertEquals(SECRET, asAdmin.path("summary").asText());
    }

    @Test
    public void reportPageExcelViewAndCsvNeverShowTheSummary() throws Exception {
        String query = "?selectedProjectId=" + DemoData.ACME
                + "&reportKey=de.tieredsupport.support-contingent:billing-report&month=" + current;
        HttpResponse<String> page = client.get("/secure/ConfigureReport.jspa" + query, FakeUsers.MANAGER);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("ACME-9"));
        assertFalse(page.body().contains("Gehaltsdaten"));
        assertTrue(page.body().contains("(you may not view this issue)"));
        String excel = client.get("/secure/ConfigureReport!excelView.jspa" + query, FakeUsers.MANAGER).body();
        assertTrue(excel.contains("ACME-9"));
        assertFalse(excel.contains("Gehaltsdaten"));
        String csv = client.get(Sandbox.REST_PATH + "/projects/ACME/months/" + current + "/billing.csv",
                FakeUsers.MANAGER).body();
        assertTrue(csv.contains("\"ACME-9\",\"\","));
        assertFalse(csv.contains("Gehaltsdaten"));
        assertTrue("the administrator still reads it", client.get(Sandbox.REST_PATH + "/projects/ACME/months/"
                + current + "/billing.csv", FakeUsers.ADMIN).body().contains("Gehaltsdaten"));
    }

    private static JsonNode ticket(JsonNode billing, String key) {
        for (JsonNode level : billing.path("levels")) {
            for (JsonNode ticket : level.path("tickets")) {
                if (key.equals(ticket.path("issueKey").asText())) {
                    return ticket;
                }
            }
        }
        assertNull("no ticket " + key + " in " + billing, billing);
        return null;
    }
}
