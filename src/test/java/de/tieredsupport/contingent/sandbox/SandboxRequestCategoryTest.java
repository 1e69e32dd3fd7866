package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeIssueManager;
import de.tieredsupport.contingent.sandbox.fakejira.FakeLogin;
import de.tieredsupport.contingent.sandbox.fakejira.FakeRequestCategoryField;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The request category over HTTP against the running sandbox (the packaged plugin in Felix, real AO stores, demo
 * data): an agent sets it through the plugin's REST API, Jira's field holds it with a change history item, Jira's own
 * REST API and the issue panel (English and German) show it, the manager's audit names it; bad input is a 400 that
 * names {@code category} and stores nothing. The sandbox has no JQL search; that the field is found with
 * {@code "Request category" = "Change request"} rests on Jira's exact-text searcher over the stored value, which this
 * test shows is the English value.
 */
public class SandboxRequestCategoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISSUE = "ACME-2";

    private static Sandbox sandbox;
    private static SandboxClient client;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        client = new SandboxClient(sandbox.baseUrl());
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private static HttpResponse<String> put(String issueKey, String user, String body) throws Exception {
        return client.put(Sandbox.REST_PATH + "/projects/ACME/issues/" + issueKey + "/category", user,
                "application/json", body);
    }

    @Test
    public void anAgentSetsTheCategoryAndJiraTheAuditAndThePanelShowIt() throws Exception {
        FakeIssue issue = sandbox.jira().issues.findByKey(ISSUE);
        HttpResponse<String> set = put(ISSUE, FakeUsers.AGENT, "{\"category\":\"CHANGE_REQUEST\"}");

        assertEquals(set.body(), 200, set.statusCode());
        JsonNode answer = JSON.readTree(set.body());
        assertEquals("CHANGE_REQUEST", answer.get("category").asText());
        assertEquals("QUESTION", answer.get("previous").asText());
        // Jira's field holds the English value (what JQL compares), with a change history item by the agent
        assertEquals("Change request", sandbox.jira().issues.findByKey(ISSUE).requestCategory());
        assertEquals(List.of(new FakeIssueManager.ChangeItem(FakeRequestCategoryField.ID, null, "Change request",
                FakeUsers.AGENT)), sandbox.jira().issues.history(issue.getId()));

        HttpResponse<String> jira = client.get("/rest/api/2/issue/" + ISSUE, FakeUsers.AGENT);
        assertEquals(jira.body(), 200, jira.statusCode());
        assertEquals("Change request", JSON.readTree(jira.body()).get("fields").get(FakeRequestCategoryField.ID)
                .asText());

        String english = client.get("/browse/" + ISSUE, FakeUsers.AGENT).body();
        assertTrue(english, english.contains("<strong>Request category:</strong> <span class=\"sc-category\" "
                + "id=\"sc-category-label\">Change request</span>"));
        assertTrue(english.contains("<option value=\"CHANGE_REQUEST\" selected=\"selected\">Change request</option>"));
        assertTrue("the control's script is on the page", english.contains("contingent-panel.js"));
        String german = client.get("/browse/" + ISSUE, FakeUsers.AGENT + "; " + FakeLogin.LANGUAGE_COOKIE + "=de")
                .body();
        assertTrue(german.contains("<strong>Anfragekategorie:</strong> <span class=\"sc-category\" "
                + "id=\"sc-category-label\">\u00c4nderungswunsch</span>"));
        client.get("/", FakeUsers.AGENT + "; " + FakeLogin.LANGUAGE_COOKIE + "=en");

        JsonNode audit = JSON.readTree(client.get(Sandbox.REST_PATH + "/projects/ACME/audit?limit=1",
                FakeUsers.MANAGER).body()).get(0);
        assertEquals("CHANGE_CATEGORY", audit.get("type").asText());
        assertEquals("Issue ACME-2: Change request instead of Question", audit.get("text").asText());
    }

    @Test
    public void anUnknownCategoryIsA400NamingCategoryAndNothingIsStored() throws Exception {
        FakeIssue before = sandbox.jira().issues.findByKey("ACME-4");
        String tables = sandbox.pluginTablesChecksum();
        for (String body : new String[] {"{\"category\":\"Change request\"}", "{\"category\":\"FEATURE\"}",
            "{\"category\":null}", "{}"}) {
            HttpResponse<String> refused = put("ACME-4", FakeUsers.AGENT, body);
            assertEquals(body + " -> " + refused.body(), 400, refused.statusCode());
            assertEquals(body, "category", JSON.readTree(refused.body()).get("errors").get(0).get("field").asText());
        }
        assertEquals("Change request", sandbox.jira().issues.findByKey("ACME-4").requestCategory());
        assertEquals(before.requestCategory(), sandbox.jira().issues.findByKey("ACME-4").requestCategory());
        assertEquals(List.of(), sandbox.jira().issues.history(before.getId()));
        assertEquals(tables, sandbox.pluginTablesChecksum());
    }

    @Test
    public void anOutsiderGetsTheUnknownProjectAndAnIssueHiddenFromTheAgentIsUnknown() throws Exception {
        FakeIssue hidden = sandbox.jira().issues.findByKey("ACME-5");
        sandbox.jira().permissions.hideIssue(hidden.getId(), FakeUsers.AGENT);
        String tables = sandbox.pluginTablesChecksum();

        HttpResponse<String> outsider = put("ACME-3", FakeUsers.OUTSIDER, "{\"category\":\"QUESTION\"}");
        HttpResponse<String> unknownProject = client.put(Sandbox.REST_PATH
                + "/projects/NOPE/issues/ACME-3/category", FakeUsers.OUTSIDER, "application/json",
                "{\"category\":\"QUESTION\"}");
        assertEquals(404, outsider.statusCode());
        assertEquals(unknownProject.body(), outsider.body());

        HttpResponse<String> behindSecurity = put("ACME-5", FakeUsers.AGENT, "{\"category\":\"DEFECT\"}");
        HttpResponse<String> noSuchIssue = put("ACME-999", FakeUsers.AGENT, "{\"category\":\"DEFECT\"}");
        assertEquals(404, behindSecurity.statusCode());
        assertEquals(noSuchIssue.body(), behindSecurity.body());
        assertEquals(401, put("ACME-3", null, "{\"category\":\"QUESTION\"}").statusCode());

        assertEquals(tables, sandbox.pluginTablesChecksum());
        assertEquals("Defect", sandbox.jira().issues.findByKey("ACME-3").requestCategory());
        assertFalse(sandbox.jira().issues.history(hidden.getId()).stream()
                .anyMatch(item -> FakeRequestCategoryField.ID.equals(item.fieldId())));
    }
}
