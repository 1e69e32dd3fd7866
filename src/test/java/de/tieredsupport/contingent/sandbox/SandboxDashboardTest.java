package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.sandbox.web.DashboardHost;

/** The dashboard page of the sandbox hosts the plugin's own dashboard item files, over HTTP. */
public class SandboxDashboardTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FILES = {"contingent-model.js", "contingent-view.js", "contingent-messages.js",
        "contingent-dashboard-item.js", "contingent-dashboard.css"};

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

    @Test
    public void dashboardPageHoldsTheItemFrameAndLoadsTheHostThenThePluginScriptsInOrder() throws Exception {
        HttpResponse<String> page = client.get("/secure/Dashboard.jspa", FakeUsers.MANAGER);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html, html.contains("<section class=\"sc-gadget\" id=\"gadget-10100\""));
        assertTrue(html.contains("data-module=\"support-contingent/dashboard-item\""));
        assertTrue(html.contains("data-context-path=\"/jira\""));
        assertTrue(html.contains("data-user=\"manager\""));
        assertTrue(html.contains("id=\"gadget-10100-content\""));
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/jira/sandbox/dashboard/web/contingent-dashboard.css\">"));
        Matcher scripts = Pattern.compile("<script src=\"([^\"]+)\"></script>").matcher(html);
        StringBuilder order = new StringBuilder();
        while (scripts.find()) {
            // AUI's own scripts, where the sandbox loads them (-Dsandbox.aui.js=true), come first, as in Jira
            if (scripts.group(1).startsWith("/jira/sandbox/aui/")) {
                assertEquals("AUI before the host and the plugin", 0, order.length());
                continue;
            }
            order.append(scripts.group(1).replace("/jira/sandbox/dashboard/", "")).append(' ');
        }
        assertEquals("host.js i18n.js web/contingent-model.js web/contingent-view.js web/contingent-messages.js "
                + "web/contingent-dashboard-item.js start.js ", order.toString());
    }

    @Test
    public void headerLinksTheDashboard() throws Exception {
        String home = client.get("/", FakeUsers.AGENT).body();
        assertTrue(home.contains("<a href=\"/jira/secure/Dashboard.jspa\">Dashboard</a>"));
    }

    @Test
    public void anonymousGetsThePageButCannotEdit() throws Exception {
        String html = client.get("/secure/Dashboard.jspa", null).body();
        assertTrue(html.contains("data-user=\"\""));
        assertTrue(html.contains("id=\"gadget-10100-edit\" disabled"));
    }

    @Test
    public void pluginFilesAreServedUnchangedFromTheJar() throws Exception {
        for (String file : FILES) {
            HttpResponse<String> response = client.get("/sandbox/dashboard/web/" + file, FakeUsers.MANAGER);
            assertEquals(file, 200, response.statusCode());
            assertEquals(file, fromJar("web/dashboard/" + file), response.body());
            String type = response.headers().firstValue("Content-Type").orElse("");
            assertTrue(file + ": " + type, type.startsWith(file.endsWith(".css") ? "text/css" : "text/javascript"));
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
        assertTrue(client.get("/sandbox/dashboard/web/contingent-dashboard-item.js", null).body()
                .contains("define('support-contingent/dashboard-item'"));
    }

    @Test
    public void hostScriptIsServedAndOnlyKnownNamesAreFiles() throws Exception {
        HttpResponse<String> host = client.get("/sandbox/dashboard/host.js", null);
        assertEquals(200, host.statusCode());
        assertTrue(host.body().contains("window.define = function"));
        assertTrue(host.body().contains("savePreferences"));
        int traversal = client.get("/sandbox/dashboard/web/..%2F..%2Fi18n%2Fsupport-contingent.properties", null)
                .statusCode();
        assertTrue("refused (Jetty: 400, the servlet: 404): " + traversal, traversal == 400 || traversal == 404);
        assertEquals(404, client.get("/sandbox/dashboard/web/missing.js", null).statusCode());
        assertEquals(404, client.get("/sandbox/dashboard/web/Contingent.JS", null).statusCode());
    }

    @Test
    public void translationsFollowTheUsersLanguageAndCannotBreakOutOfTheScript() throws Exception {
        String english = client.get("/sandbox/dashboard/i18n.js", FakeUsers.MANAGER).body();
        assertTrue(english, english.startsWith("SandboxDashboard.translations({"));
        assertTrue(english.contains("\"support-contingent.dashboard.state.exhausted\":\"Contingent exhausted\""));
        assertTrue(english.contains("\"support-contingent.dashboard.forecast.from\":\"Forecast from {0}, "));

        sandbox.jira().users.find(FakeUsers.AGENT).setLocale(Locale.GERMAN);
        try {
            String german = client.get("/sandbox/dashboard/i18n.js", FakeUsers.AGENT).body();
            assertTrue(german.contains("\"support-contingent.dashboard.state.exhausted\":\"Kontingent aufgebraucht\""));
            assertTrue("umlauts as text", german.contains("\u00fcber dem Kontingent"));
        } finally {
            sandbox.jira().users.find(FakeUsers.AGENT).setLocale(Locale.ENGLISH);
        }
        assertEquals("{\"a\":\"\\u003c/script\\u003e\\u0026\"}",
                DashboardHost.scriptSafe("{\"a\":\"</script>&\"}"));
        assertFalse(english.contains("</"));
    }

    @Test
    public void theItemsRestCallsAnswerForTheUser() throws Exception {
        String month = YearMonth.now(FakeJira.USER_ZONE).toString();
        JsonNode all = JSON.readTree(client.get("/rest/support-contingent/1.0/statuses?month=" + month,
                FakeUsers.ADMIN).body());
        assertEquals(3, all.size());
        JsonNode acme = JSON.readTree(client.get("/rest/support-contingent/1.0/projects/ACME/months/" + month
                + "/status", FakeUsers.AGENT).body());
        assertEquals("ACME", acme.get("projectKey").asText());
        assertFalse("hours only for the agent", acme.get("moneyVisible").asBoolean());
        // the item links to the report and the contract page only where moneyVisible is true
        JsonNode managed = JSON.readTree(client.get("/rest/support-contingent/1.0/projects/ACME/months/" + month
                + "/status", FakeUsers.MANAGER).body());
        assertTrue("the project admin may open the report and the contract page",
                managed.get("moneyVisible").asBoolean());
    }

    @Test
    public void jiraProjectLookupGivesTheIdToThoseWhoMayBrowse() throws Exception {
        HttpResponse<String> found = client.get("/rest/api/2/project/ACME", FakeUsers.MANAGER);
        assertEquals(200, found.statusCode());
        JsonNode project = JSON.readTree(found.body());
        assertEquals("10000", project.get("id").asText());
        assertTrue("Jira answers the id as a string", project.get("id").isTextual());
        assertEquals("ACME", project.get("key").asText());
        assertEquals(404, client.get("/rest/api/2/project/ACME", FakeUsers.OUTSIDER).statusCode());
        assertEquals(404, client.get("/rest/api/2/project/NOPE", FakeUsers.ADMIN).statusCode());
        assertTrue(client.get("/rest/api/2/project/NOPE", FakeUsers.ADMIN).body().contains("errorMessages"));
    }

    /** The file as the plugin jar holds it. */
    private static String fromJar(String entry) throws IOException {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(sandbox.options().pluginJar().toFile());
             InputStream in = jar.getInputStream(jar.getEntry(entry))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
