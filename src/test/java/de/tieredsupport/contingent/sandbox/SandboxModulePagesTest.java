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
import de.tieredsupport.contingent.sandbox.fakejira.FakeLogin;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;

/** The plugin's report and issue panel on the sandbox's pages, over HTTP (no browser needed). */
public class SandboxModulePagesTest {

    private static final String REPORT = "/secure/ConfigureReport.jspa?selectedProjectId=" + DemoData.ACME
            + "&reportKey=de.tieredsupport.support-contingent:billing-report";

    private static Sandbox sandbox;
    private static SandboxClient client;
    private static YearMonth previous;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        client = new SandboxClient(sandbox.baseUrl());
        previous = YearMonth.now(FakeJira.USER_ZONE).minusMonths(1);
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    public void reportRendersThroughTheModuleWithEscapedSummariesAndACloseButtonForManagers() throws Exception {
        HttpResponse<String> manager = client.get(REPORT + "&month=" + previous, FakeUsers.MANAGER);
        assertEquals(200, manager.statusCode());
        assertTrue(manager.body().contains("id=\"sc-billing-report\""));
        assertTrue(manager.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(manager.body().contains("<script>alert(1)"));
        assertTrue(manager.body().contains("id=\"sc-close-month-button\""));
        // the print stylesheet is part of the report's web resource, not added by the sandbox
        assertTrue(manager.body().contains("billing-report-resources/report-print.css"));
        // the button is the plugin's own: its script comes from the web resource the module required
        String script = "/download/resources/de.tieredsupport.support-contingent:billing-report-resources/"
                + "billing-report.js";
        assertTrue(manager.body().contains("<script src=\"" + SandboxOptions.CONTEXT_PATH + script + "\" defer>"));
        assertEquals(200, client.get(script, FakeUsers.MANAGER).statusCode());
        assertFalse("the running month has not ended", client.get(REPORT + "&month=" + previous.plusMonths(1),
                FakeUsers.MANAGER).body().contains("sc-close-month-button"));

        HttpResponse<String> agent = client.get(REPORT + "&month=" + previous, FakeUsers.AGENT);
        assertEquals(200, agent.statusCode());
        assertFalse("no money, no report", agent.body().contains("id=\"sc-summary\""));
        assertFalse(agent.body().contains("sc-close-month-button"));

        HttpResponse<String> closed = client.get(REPORT + "&month=" + previous.minusMonths(1), FakeUsers.MANAGER);
        assertTrue(closed.body().contains("sc-closed"));
        assertFalse("a closed month has no close button", closed.body().contains("sc-close-month-button"));
    }

    @Test
    public void malformedMonthIsRefusedByTheModulesValidation() throws Exception {
        HttpResponse<String> response = client.get(REPORT + "&month=2026-13", FakeUsers.MANAGER);
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("role=\"alert\""));
        assertFalse(response.body().contains("sc-billing-report"));
        assertEquals(404, client.get("/secure/ConfigureReport.jspa?selectedProjectId=" + DemoData.ACME
                + "&reportKey=other:report", FakeUsers.MANAGER).statusCode());
    }

    @Test
    public void excelViewAndPrintStylesheetAreServed() throws Exception {
        HttpResponse<String> excel = client.get(REPORT.replace("ConfigureReport.jspa", "ConfigureReport!excelView.jspa")
                + "&month=" + previous, FakeUsers.MANAGER);
        assertEquals(200, excel.statusCode());
        assertTrue(excel.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.ms-excel"));
        assertTrue(excel.body().contains("&lt;script&gt;"));

        HttpResponse<String> css = client.get("/sandbox/web/report/report-print.css", null);
        assertEquals(200, css.statusCode());
        assertTrue(css.body().contains(".sc-report"));
        assertEquals(404, client.get("/sandbox/web/../atlassian-plugin.xml", null).statusCode());
        assertEquals(404, client.get("/sandbox/web/report/missing.css", null).statusCode());
    }

    @Test
    public void issuePageShowsThePanelAndTheLanguageCookieSetsTheUsersLanguage() throws Exception {
        HttpResponse<String> english = client.get("/browse/ACME-9", FakeUsers.AGENT);
        assertTrue(english.body().contains("id=\"sc-contingent-panel\""));
        assertTrue(english.body().contains("used this month"));

        HttpResponse<String> redirect = client.postForm("/sandbox/switch-language", FakeUsers.OUTSIDER, "lang", "de",
                "back", "/jira/browse/ACME-9");
        assertEquals(303, redirect.statusCode());
        assertTrue(redirect.headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith(FakeLogin.LANGUAGE_COOKIE + "=de")));

        HttpResponse<String> german = client.get("/browse/ACME-9", FakeUsers.AGENT + "; " + FakeLogin.LANGUAGE_COOKIE
                + "=de");
        assertTrue(german.body().contains("<html lang=\"de\""));
        assertTrue(german.body().contains("in diesem Monat verbraucht"));
        assertEquals(Locale.GERMAN, sandbox.jira().users.find(FakeUsers.AGENT).locale());

        client.get("/", FakeUsers.AGENT + "; " + FakeLogin.LANGUAGE_COOKIE + "=en");
        assertEquals(Locale.ENGLISH, sandbox.jira().users.find(FakeUsers.AGENT).locale());
    }
}
