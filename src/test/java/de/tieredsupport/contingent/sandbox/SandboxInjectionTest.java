package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeMailQueue.CapturedMail;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.testsupport.csv.CsvRecords;

/**
 * Script and HTML injection strings in project names, ticket summaries, user keys and display names, reasons and
 * recipients ({@link HostileContent}) over HTTP: on every screen (billing report and its Excel view, issue page with
 * the panel, contract settings, dashboard, mail outbox) and in the alert mail the raw string never appears, while
 * its text does (so the screen really showed it, escaped); no {@code javascript:} link is made of a text; the CSV
 * keeps spreadsheets from running summaries as formulas; recipients with markup are refused.
 */
public class SandboxInjectionTest {

    private static Sandbox sandbox;
    private static SandboxClient client;
    private static YearMonth current;
    private static YearMonth previous;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        client = new SandboxClient(sandbox.baseUrl());
        current = YearMonth.now(FakeJira.USER_ZONE);
        previous = current.minusMonths(1);
        HostileContent.seed(sandbox);
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    public void everyScreenShowsHostileTextsEscaped() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("report, closed month", HostileContent.reportPath(previous));
        pages.put("report, current month", HostileContent.reportPath(current));
        pages.put("Excel view, closed month", HostileContent.excelPath(previous));
        pages.put("Excel view, current month", HostileContent.excelPath(current));
        for (int i = 1; i <= HostileContent.SUMMARIES.size(); i++) {
            pages.put("issue page XSS-" + i, "/browse/XSS-" + i);
        }
        pages.put("contract settings", HostileContent.settingsPath());
        pages.put("dashboard", HostileContent.dashboardPath(current));
        pages.put("projects", "/");
        pages.put("mail outbox", "/sandbox/mail");
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> shown = new LinkedHashMap<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            HttpResponse<String> response = client.get(page.getValue(), FakeUsers.ADMIN);
            if (response.statusCode() != 200) {
                wrong.add(page.getKey() + ": status " + response.statusCode());
                continue;
            }
            String html = response.body();
            String text = unescape(html);
            for (String hostile : HostileContent.allTexts()) {
                if (isMarkup(hostile) && html.contains(hostile)) {
                    wrong.add(page.getKey() + ": unescaped " + hostile);
                }
                if (text.contains(hostile)) {
                    shown.merge(hostile, 1, Integer::sum);
                }
            }
            if (html.matches("(?s).*(href|src|action)\\s*=\\s*[\"']?\\s*javascript:.*")) {
                wrong.add(page.getKey() + ": a javascript: URL");
            }
        }
        System.out.println("Injection: screens " + pages.keySet() + "; times each text was shown " + shown.values());
        assertEquals(String.join("\n", wrong), List.of(), wrong);
        // the screens did show the texts (escaped), not leave them out
        for (String summary : HostileContent.SUMMARIES) {
            assertTrue("summary shown somewhere: " + summary, shown.getOrDefault(summary, 0) >= 3);
        }
        assertTrue("project name shown on report, Excel, settings", shown.get(HostileContent.PROJECT_NAME) >= 4);
        assertTrue("the manager who closed the month is shown", shown.containsKey(HostileContent.MANAGER_KEY));
        // the plugin shows user keys; display names appear in the host's user switcher on every page
        assertTrue("the manager's display name is shown", shown.containsKey(HostileContent.MANAGER_NAME));
        assertTrue("the top-up reason is shown", shown.containsKey(HostileContent.TOP_UP_REASON));
        assertTrue("the suspension reason is shown", shown.containsKey(HostileContent.SUSPENSION_REASON));
        assertTrue("the recipient is shown", shown.containsKey(HostileContent.RECIPIENT));
    }

    @Test
    public void theAlertMailEscapesTheProjectName() {
        List<CapturedMail> mails = sandbox.mail().captured().stream()
                .filter(m -> m.to().equals(HostileContent.RECIPIENT)).toList();
        assertFalse("the 80 % alert went to the hostile customer's recipient", mails.isEmpty());
        for (CapturedMail mail : mails) {
            for (String hostile : HostileContent.allTexts()) {
                assertFalse(mail.subject() + " body has raw " + hostile, isMarkup(hostile)
                        && "text/html".equalsIgnoreCase(mail.mimeType()) && mail.body().contains(hostile));
            }
            String body = "text/html".equalsIgnoreCase(mail.mimeType()) ? unescape(mail.body()) : mail.body();
            assertTrue(mail.body(), body.contains(HostileContent.PROJECT_NAME));
            assertFalse("no line break in the subject", mail.subject().contains("\n") || mail.subject().contains("\r"));
        }
    }

    @Test
    public void csvCellsNeverStartAsFormulas() throws Exception {
        for (YearMonth month : List.of(previous, current)) {
            HttpResponse<String> csv = client.get(Sandbox.REST_PATH + "/projects/XSS/months/" + month
                    + "/billing.csv", FakeUsers.ADMIN);
            assertEquals(200, csv.statusCode());
            List<List<String>> rows = CsvRecords.parse(csv.body().substring(1));
            int summaries = 0;
            for (List<String> row : rows.subList(1, rows.size())) {
                for (int column : new int[] {3, 4}) {
                    String cell = row.get(column);
                    assertFalse(month + " row " + row + ": formula in column " + column,
                            !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
                }
                if (row.get(0).equals("Ticket")) {
                    String summary = row.get(4);
                    String original = summary.startsWith("'") && HostileContent.SUMMARIES.contains(summary.substring(1))
                            ? summary.substring(1) : summary;
                    assertTrue(row.toString(), HostileContent.SUMMARIES.contains(original));
                    summaries++;
                }
            }
            assertTrue(month + ": " + summaries + " ticket lines", summaries >= 2);
        }
        String closed = client.get(Sandbox.REST_PATH + "/projects/XSS/months/" + previous + "/billing.csv",
                FakeUsers.ADMIN).body();
        assertTrue(closed, closed.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""));
        assertTrue(closed, closed.contains(",\"'-2+3\","));
        assertTrue(closed, closed.contains(",\"'@SUM(1,2)\","));
        assertTrue(closed, closed.contains(",\"'+1+cmd|' /C calc'!A0\","));
        assertTrue(closed, closed.contains(",\"'\t=1+1\","));
    }

    @Test
    public void recipientsWithMarkupAreRefusedAndNothingChanges() throws Exception {
        String before = sandbox.pluginTablesChecksum();
        String path = Sandbox.REST_PATH + "/projects/XSS/contract/terms/" + current.plusMonths(1);
        for (String recipient : List.of("<script>alert(1)</script>@x.example", "\\\"><img src=x>@x.example",
                "javascript:alert(1)@x.example", "a@b.example>", "'';!--\\\"<XSS>=&{()}@x.example")) {
            HttpResponse<String> response = client.put(path, FakeUsers.ADMIN, "application/json",
                    "{\"levels\":{\"L1\":{\"contingentMinutes\":60,\"rateAmount\":70},\"L2\":{\"contingentMinutes\":600,"
                            + "\"rateAmount\":80},\"L3\":{\"contingentMinutes\":600,\"rateAmount\":90}},"
                            + "\"recipients\":[\"" + recipient + "\"]}");
            assertEquals(recipient + ": " + response.body(), 400, response.statusCode());
            assertTrue(response.body(), response.body().contains("\"field\":\"recipients[0]\""));
            assertTrue("errors are JSON, never HTML", response.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/json"));
        }
        assertEquals(before, sandbox.pluginTablesChecksum());
    }

    private static boolean isMarkup(String text) {
        return text.chars().anyMatch(c -> "<>\"'&".indexOf(c) >= 0);
    }

    /** The text a browser shows for HTML source: the entities the escaping in use produces, decoded. */
    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#34;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&#039;", "'").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
