package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;

/** The contract settings servlet as the sandbox host serves it, over HTTP, with the demo data. */
public class SandboxContractSettingsTest {

    private static final String PAGE = "/plugins/servlet/support-contingent/contract?projectKey=";
    private static final String SCRIPT = "/download/resources/de.tieredsupport.support-contingent:"
            + "contract-settings-resources/contract-settings.js";

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
    public void adminGetsThePageWithTheSeedTermsAndItsOwnScript() throws Exception {
        HttpResponse<String> page = client.get(PAGE + "ACME", FakeUsers.ADMIN);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("Support contract of ACME Maschinenbau GmbH"));
        assertTrue(html.contains("id=\"sc-L1-hours\""));
        assertTrue(html.contains("data-field=\"levels.L1.contingentMinutes\" value=\"8:00\""));
        assertTrue(html.contains("data-field=\"levels.L1.rateAmount\" value=\"70.00\""));
        assertTrue(html.contains("1st level: 8:00 h at 70.00 EUR"));
        assertTrue(html.contains("id=\"sc-zone-fixed\""));
        assertTrue(html.contains("data-rest-base=\"/jira/rest/support-contingent/1.0\""));
        YearMonth current = YearMonth.now(FakeJira.USER_ZONE);
        assertTrue("months up to the closed M-2 cannot get terms",
                html.contains("min=\"" + current.minusMonths(1) + "\""));
        assertTrue(html.contains("id=\"sc-audit\""));
        assertTrue(html.contains("<script src=\"/jira" + SCRIPT + "\" defer></script>"));

        HttpResponse<String> script = client.get(SCRIPT, FakeUsers.ADMIN);
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(script.body().contains("parseMinutes"));
        assertFalse("no HTML from server text", script.body().contains("innerHTML"));
        assertEquals(404, client.get("/download/resources/de.tieredsupport.support-contingent:"
                + "contract-settings-resources/../../atlassian-plugin.xml", FakeUsers.ADMIN).statusCode());
    }

    @Test
    public void projectAdminInGermanGetsGermanTexts() throws Exception {
        sandbox.jira().users.find(FakeUsers.MANAGER).setLocale(Locale.GERMAN);
        try {
            HttpResponse<String> page = client.get(PAGE + "ACME", FakeUsers.MANAGER);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Supportvertrag von ACME Maschinenbau GmbH"));
            assertTrue(page.body().contains("1st-Level: 8:00 Std. zu 70,00 EUR"));
            assertTrue(page.body().contains("Konditionen speichern"));
        } finally {
            sandbox.jira().users.find(FakeUsers.MANAGER).setLocale(Locale.ENGLISH);
        }
    }

    @Test
    public void agentsOutsidersAndAnonymousGetNoSettings() throws Exception {
        HttpResponse<String> agent = client.get(PAGE + "ACME", FakeUsers.AGENT);
        assertEquals(403, agent.statusCode());
        assertFalse(agent.body().contains("70.00"));
        assertTrue(agent.body().contains("Only project administrators and Jira administrators"));
        // those who may not see the project get the page of an unknown key (it must not tell which keys exist)
        for (String user : new String[] {FakeUsers.OUTSIDER, FakeUsers.PARTNER}) {
            HttpResponse<String> page = client.get(PAGE + "ACME", user);
            assertEquals(user, 404, page.statusCode());
            assertFalse(page.body().contains("70.00"));
            assertEquals(user, client.get(PAGE + "NOPE", user).body(), page.body());
        }
        HttpResponse<String> anonymous = client.get(PAGE + "ACME", null);
        assertEquals(302, anonymous.statusCode());
        String location = anonymous.headers().firstValue("Location").orElseThrow();
        assertTrue(location, location.contains("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2F"
                + "support-contingent%2Fcontract%3FprojectKey%3DACME"));
        assertEquals(200, client.follow(anonymous, null).statusCode());
        assertEquals(404, client.get(PAGE + "NOPE", FakeUsers.ADMIN).statusCode());
    }

    @Test
    public void projectListLinksTheSettingsForManagersOnly() throws Exception {
        assertTrue(client.get("/", FakeUsers.MANAGER).body().contains(
                "href=\"/jira/plugins/servlet/support-contingent/contract?projectKey=ACME\""));
        assertFalse(client.get("/", FakeUsers.AGENT).body().contains("contract-settings"));
    }

    @Test
    public void termsSavedThroughRestShowInHistoryAndAuditEscaped() throws Exception {
        String month = YearMonth.now(FakeJira.USER_ZONE).plusMonths(2).toString();
        String levels = "{\"levels\":{\"L1\":{\"contingentMinutes\":450,\"rateAmount\":72.5},"
                + "\"L2\":{\"contingentMinutes\":720,\"rateAmount\":80},"
                + "\"L3\":{\"contingentMinutes\":720,\"rateAmount\":90}},";
        HttpResponse<String> markup = client.put("/rest/support-contingent/1.0/projects/NORD/contract/terms/" + month,
                FakeUsers.ADMIN, "application/json", levels + "\"recipients\":[\"<script>alert(1)<\\/script>@evil.example\"]}");
        assertEquals("markup is no address", 400, markup.statusCode());
        // quote and ampersand are allowed in the local part of an address, so they must be escaped
        String hostile = "o'brien&co@evil.example";
        HttpResponse<String> put = client.put("/rest/support-contingent/1.0/projects/NORD/contract/terms/" + month,
                FakeUsers.ADMIN, "application/json", levels + "\"recipients\":[\"" + hostile + "\"]}");
        assertEquals(put.body(), 200, put.statusCode());

        String html = client.get(PAGE + "NORD", FakeUsers.ADMIN).body();
        assertTrue(html.contains("data-effective-month=\"" + month + "\""));
        assertTrue(html.contains("1st level: 7:30 h at 72.50 EUR"));
        assertFalse(html.contains(hostile));
        assertTrue(html.contains("o&#39;brien&amp;co@evil.example"));
        assertTrue("the audit entry names the recipient, escaped",
                html.contains("alert recipients: o&#39;brien&amp;co@evil.example"));
    }

    @Test
    public void theAuditListIsWrittenOutInTheReadersLanguageWithDisplayNames() throws Exception {
        // the demo data configured Nordlicht and suspended it for the rest of the month, as the manager
        sandbox.jira().users.find(FakeUsers.ADMIN).setLocale(Locale.GERMAN);
        String german;
        try {
            german = client.get(PAGE + "NORD", FakeUsers.ADMIN).body();
        } finally {
            sandbox.jira().users.find(FakeUsers.ADMIN).setLocale(Locale.ENGLISH);
        }
        String audit = german.substring(german.indexOf("id=\"sc-audit\""));
        assertTrue(audit, audit.contains("<td>Maria Manager</td>"));
        assertTrue(audit, audit.contains("alle Level ausgesetzt von "));
        assertTrue(audit, audit.contains("Konditionen hinzugef\u00fcgt, g\u00fcltig ab "));
        assertTrue(audit, audit.contains(" zu 60,00 EUR pro Stunde"));
        assertFalse("no raw instants", audit.matches("(?s).*\\d{4}-\\d\\d-\\d\\dT.*"));
        assertFalse("no stored English text", audit.contains("Suspended "));
    }
}
