package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeLogin;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.testsupport.browser.HeadlessChromium;
import de.tieredsupport.contingent.testsupport.csv.CsvRecords;

/**
 * The sandbox's pages in headless Chromium: the issue panel after Log work, the alert mail in the outbox, the
 * billing report against its CSV, closing a month through the report's button and a late worklog as next month's
 * adjustment, German rendering, the print stylesheet, and a {@code <script>} summary shown as text everywhere.
 * Screenshots of every surface go to {@code target/screenshots/}.
 */
public class SandboxBrowserIT {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String REPORT_KEY = "de.tieredsupport.support-contingent:billing-report";
    /** A duration as the plugin shows it (as Jira shows logged time): "3h 20m", "8h", "10m". */
    private static final Pattern HOURS = Pattern.compile("(?<![\\w:])(?:(\\d+)h(?: (\\d+)m)?|(\\d+)m)(?![\\w:])");

    @ClassRule
    public static final SandboxInChromium HOST = new SandboxInChromium();

    private static Sandbox sandbox;
    private static HeadlessChromium chromium;
    private static ChromeDriver browser;
    private static YearMonth current;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = HOST.sandbox();
        chromium = HOST.chromium();
        browser = HOST.browser();
        current = YearMonth.now(FakeJira.USER_ZONE);
    }

    @Before
    public void freshSession() {
        browser.get(sandbox.baseUrl() + "/sandbox/mail");
        browser.manage().deleteAllCookies();
        // the language stays with a user (as in Jira's profile): back to English for every test
        browser.manage().addCookie(new Cookie.Builder(FakeLogin.LANGUAGE_COOKIE, "en")
                .path(SandboxOptions.CONTEXT_PATH).build());
    }

    // ---- the tests

    @Test
    public void agentLogsThreeMinutesSeesFiveBookedAndThePanelUpdates() {
        // the user and the language through the header's switchers, as a person would
        browser.get(sandbox.baseUrl() + "/browse/ACME-9");
        new Select(browser.findElement(By.cssSelector(".switcher select"))).selectByValue(FakeUsers.AGENT);
        browser.findElement(By.cssSelector(".switcher button")).click();
        waitFor(By.id("sc-contingent-panel"));
        assertEquals("1st level", text(".sc-panel-level .sc-level"));
        long before = firstHours(text(".sc-panel-usage"));

        WebElement time = browser.findElement(By.name("time"));
        time.sendKeys("3m");
        browser.findElement(By.cssSelector("form.log-work button")).click();
        WebElement success = waitFor(By.cssSelector("p.success"));

        assertTrue(success.getText(), success.getText().contains("raw 3m, billed 5m"));
        WebElement row = browser.findElement(By.cssSelector("tr.new"));
        assertTrue(row.getText(), row.getText().contains("5m"));
        assertEquals("the panel shows the 5 booked minutes", before + 5, firstHours(text(".sc-panel-usage")));
        assertNoAlert();
        chromium.screenshot("issue-page.png");
        chromium.screenshot("issue-panel.png", browser.findElement(By.cssSelector(".sc-web-panel")));
    }

    @Test
    public void eightyPercentAlertAppearsInTheMailOutbox() {
        // a current-month ACME ticket whose level has used less than 75 % and has not alerted at 80 % yet
        com.fasterxml.jackson.databind.JsonNode status = sandbox.rest().status(FakeUsers.ADMIN, "ACME", current);
        FakeIssue issue = null;
        com.fasterxml.jackson.databind.JsonNode usage = null;
        for (FakeIssue candidate : sandbox.jira().issues.findByProject(DemoData.ACME)) {
            String level = candidate.supportLevelKey() == null ? "L1" : candidate.supportLevelKey();
            com.fasterxml.jackson.databind.JsonNode l = null;
            for (com.fasterxml.jackson.databind.JsonNode each : status.path("levels")) {
                if (each.path("level").asText().equals(level)) {
                    l = each;
                }
            }
            long available = l.path("availableMinutes").asLong();
            boolean alerted = false;
            for (com.fasterxml.jackson.databind.JsonNode alert : status.path("alerts")) {
                alerted |= alert.path("level").asText().equals(level) && alert.path("thresholdPercent").asInt() == 80
                        && alert.path("availableMinutes").asLong() == available;
            }
            if (!alerted && l.path("percentUsed").asInt() < 75 && !l.path("suspended").asBoolean()) {
                issue = candidate;
                usage = l;
                break;
            }
        }
        assertNotNull("an ACME level below 75 %", issue);
        long minutes = (usage.path("availableMinutes").asLong() * 80 + 99) / 100 - usage.path("usedMinutes").asLong()
                + 5;
        int mailsBefore = sandbox.mail().captured().size();

        as(FakeUsers.AGENT, "en");
        browser.get(sandbox.baseUrl() + "/browse/" + issue.getKey());
        browser.findElement(By.name("time")).sendKeys(minutes + "m");
        browser.findElement(By.cssSelector("form.log-work button")).click();
        waitFor(By.cssSelector("p.success"));
        WebElement panel = browser.findElement(By.id("sc-contingent-panel"));
        assertTrue(panel.getText(), panel.getText().contains("80 % of the contingent of this level reached."));

        browser.get(sandbox.baseUrl() + "/sandbox/mail");
        List<WebElement> mails = browser.findElements(By.cssSelector("article.mail"));
        assertTrue("one alert per ACME recipient", mails.size() >= mailsBefore + 2);
        // newest first; ACME has a decision maker, whose decision request may come after the alerts
        String newest = mails.stream().map(m -> m.findElement(By.tagName("h2")).getText())
                .filter(h -> h.contains("[ACME]")).findFirst().orElse("");
        assertTrue(newest, newest.contains("80 %"));
        assertTrue(browser.findElement(By.tagName("header")).getText().contains("Mail outbox (" + mails.size() + ")"));
        assertNoAlert();
        chromium.screenshot("mail-outbox.png");
    }

    @Test
    public void reportShowsTheSameTotalsAsTheCsv() throws Exception {
        as(FakeUsers.MANAGER, "en");
        for (YearMonth month : List.of(current.minusMonths(2), current.minusMonths(1), current)) {
            openReport(DemoData.ACME, month);
            Map<String, String[]> html = reportLevels();
            assertEquals(month.toString(), List.of("L1", "L2", "L3"), new ArrayList<>(html.keySet()));

            String csvUrl = browser.findElement(By.cssSelector("a.sc-csv")).getAttribute("href");
            List<List<String>> csv = CsvRecords.parse(download(csvUrl, FakeUsers.MANAGER));
            assertEquals("Type", csv.get(0).get(0));
            BigDecimal adjustmentsInCsv = BigDecimal.ZERO;
            BigDecimal changeRequestsInCsv = BigDecimal.ZERO;
            int levelLines = 0;
            for (List<String> record : csv.subList(1, csv.size())) {
                switch (record.get(0)) {
                    case "Level" -> {
                        levelLines++;
                        assertEquals(month.toString(), record.get(1));
                        String[] shown = html.get(record.get(2));
                        assertEquals(month + " " + record.get(2) + " billed minutes", Long.parseLong(record.get(8)),
                                minutes(shown[0]));
                        assertEquals(month + " " + record.get(2) + " amount", new BigDecimal(record.get(10)),
                                money(shown[1], Locale.ENGLISH));
                    }
                    case "Adjustment level" -> adjustmentsInCsv = adjustmentsInCsv.add(new BigDecimal(record.get(10)));
                    case "Change request" ->
                        changeRequestsInCsv = changeRequestsInCsv.add(new BigDecimal(record.get(10)));
                    case "Total" -> assertEquals(month + " invoice total", new BigDecimal(record.get(10)),
                            money(text("#sc-invoice-total"), Locale.ENGLISH));
                    default -> { }
                }
            }
            assertEquals(3, levelLines);
            if (!browser.findElements(By.id("sc-change-requests-amount")).isEmpty()) {
                assertEquals(changeRequestsInCsv, money(text("#sc-change-requests-amount"), Locale.ENGLISH));
            } else {
                assertEquals(0, changeRequestsInCsv.signum());
            }
            if (!browser.findElements(By.id("sc-adjustments")).isEmpty()) {
                assertEquals(adjustmentsInCsv, money(text("#sc-adjustments tfoot .sc-amount"), Locale.ENGLISH));
            } else {
                assertEquals(0, adjustmentsInCsv.signum());
            }
        }
    }

    @Test
    public void monthClosedThroughTheReportThenALateWorklogIsNextMonthsAdjustment() {
        YearMonth previous = current.minusMonths(1);
        as(FakeUsers.MANAGER, "en");

        // the running month has not ended: the report offers no close
        openReport(DemoData.ACME, current);
        assertTrue(browser.findElements(By.id("sc-close-month-button")).isEmpty());
        // months close in order: Bäckerei Müller's first month is open, so its later month offers no close either
        openReport(DemoData.MUELLER, previous);
        assertTrue(browser.findElements(By.id("sc-close-month-button")).isEmpty());

        // someone else closed Bäckerei Müller's first month after the page was shown: the REST answer's message is
        // shown
        YearMonth first = current.minusMonths(2);
        openReport(DemoData.MUELLER, first);
        sandbox.rest().closeMonth(FakeUsers.ADMIN, "MUE", first);
        confirmClose();
        WebElement refused = patiently(10)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("sc-close-month-result")));
        assertEquals("The month is already closed.", refused.getText());
        assertEquals("the message gets the focus", "sc-close-month-result",
                browser.switchTo().activeElement().getAttribute("id"));
        assertTrue(browser.findElement(By.id("sc-close-month-button")).isEnabled());
        assertNoAlert();
        chromium.screenshot("report-close-refused.png");

        // by keyboard only: Enter opens the confirmation with Cancel focused, Escape cancels
        openReport(DemoData.ACME, previous);
        assertEquals(1, browser.findElements(By.cssSelector(".sc-open")).size());
        WebElement button = browser.findElement(By.id("sc-close-month-button"));
        button.sendKeys(Keys.ENTER);
        WebElement dialog = browser.findElement(By.id("sc-close-month-dialog"));
        assertTrue(dialog.isDisplayed());
        assertEquals("Close " + monthLabel(previous) + " for ACME Maschinenbau GmbH?",
                text("#sc-close-month-title"));
        assertEquals("sc-close-month-cancel", browser.switchTo().activeElement().getAttribute("id"));
        chromium.screenshot("report-close-confirmation.png");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        assertFalse(dialog.isDisplayed());
        assertEquals("focus returns to the button", "sc-close-month-button",
                browser.switchTo().activeElement().getAttribute("id"));
        assertFalse("cancel closes nothing", sandbox.tables().closed(DemoData.ACME, previous));

        button.sendKeys(Keys.ENTER);
        new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertEquals("sc-close-month-confirm", browser.switchTo().activeElement().getAttribute("id"));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        patiently(10)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sc-closed")));
        assertTrue("closed through the button", sandbox.tables().closed(DemoData.ACME, previous));
        assertTrue("no close button on a closed month", browser.findElements(By.id("sc-close-month-button")).isEmpty());

        // the agent logs 7 minutes on the 3rd-level ticket, started in the closed month
        as(FakeUsers.AGENT, "en");
        browser.get(sandbox.baseUrl() + "/browse/ACME-5");
        assertEquals("3rd level", text(".sc-panel-level .sc-level"));
        browser.findElement(By.name("time")).sendKeys("7m");
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.name("start")),
                previous.atDay(15) + "T10:00");
        browser.findElement(By.cssSelector("form.log-work button")).click();
        assertTrue(waitFor(By.cssSelector("p.success")).getText().contains("billed 10m"));

        as(FakeUsers.MANAGER, "en");
        openReport(DemoData.ACME, current);
        List<WebElement> adjustments = browser.findElements(By.cssSelector("#sc-adjustments tbody tr"));
        String label = monthLabel(previous);
        assertEquals(1, adjustments.size());
        List<WebElement> cells = adjustments.get(0).findElements(By.tagName("td"));
        assertEquals(label, cells.get(0).getText());
        assertEquals("3rd level", cells.get(1).getText());
        assertEquals("10m", cells.get(2).getText());
        assertEquals("\u20ac15.00", cells.get(3).getText());
        chromium.screenshot("report-adjustment.png");
    }

    /**
     * Issue 15: one format on every screen and in every export, in the reader's language. The report page, its Excel
     * download (whose amount cells add up to the amount to invoice) and its CSV (German: semicolons and decimal
     * commas) in English and German, and the issue panel's durations as Jira shows logged time.
     */
    @Test
    public void formatsFollowTheReadersLanguageOnThePageAndInTheDownloads() throws Exception {
        YearMonth previous = current.minusMonths(1);
        Map<String, Pattern> money = Map.of("en", Pattern.compile("\u20ac[\\d,]+\\.\\d{2}"),
                "de", Pattern.compile("[\\d.]+,\\d{2}[\u00a0 ]\u20ac"));
        for (String language : List.of("en", "de")) {
            Locale locale = Locale.forLanguageTag(language);
            as(FakeUsers.MANAGER, language);
            openReport(DemoData.ACME, previous);
            String monthName = previous.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " "
                    + previous.getYear();
            assertTrue(text(".sc-report-header h2"), text(".sc-report-header h2").endsWith(monthName));
            String invoice = text("#sc-invoice-total");
            assertTrue(language + ": " + invoice, money.get(language).matcher(invoice).matches());
            for (String[] shown : reportLevels().values()) {
                assertTrue(language + ": " + shown[0], HOURS.matcher(shown[0]).matches());
                assertTrue(language + ": " + shown[1], money.get(language).matcher(shown[1]).matches());
            }
            chromium.screenshot("report-formats-" + language + ".png",
                    browser.findElement(By.id("sc-summary")));

            // the Excel download: named by project and month, its amount cells add up to the amount to invoice
            String excelUrl = browser.findElement(By.cssSelector("a.sc-excel")).getAttribute("href");
            assertTrue(excelUrl, excelUrl.endsWith("/projects/ACME/months/" + previous + "/billing.xls"));
            org.w3c.dom.Document sheet = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(download(excelUrl, FakeUsers.MANAGER, language)
                            .getBytes(StandardCharsets.UTF_8)));
            BigDecimal amounts = BigDecimal.ZERO;
            BigDecimal invoiceInSheet = null;
            org.w3c.dom.NodeList cells = sheet.getElementsByTagName("*");
            for (int i = 0; i < cells.getLength(); i++) {
                org.w3c.dom.Element cell = (org.w3c.dom.Element) cells.item(i);
                String kind = cell.getAttribute("class");
                if (kind.equals("sc-money sc-amount")) {
                    amounts = amounts.add(new BigDecimal(cell.getAttribute("x:num")));
                } else if (kind.equals("sc-money sc-invoice")) {
                    invoiceInSheet = new BigDecimal(cell.getAttribute("x:num"));
                }
            }
            assertEquals(language, money(invoice, locale), invoiceInSheet);
            assertEquals(language, invoiceInSheet, amounts);

            // the CSV in the reader's conventions
            String csvUrl = browser.findElement(By.cssSelector("a.sc-csv")).getAttribute("href");
            char separator = language.equals("de") ? ';' : ',';
            List<List<String>> csv = CsvRecords.parse(download(csvUrl, FakeUsers.MANAGER, language), separator);
            assertEquals(12, csv.get(0).size());
            List<String> total = csv.get(csv.size() - 1);
            assertEquals(language, money(invoice, locale), new BigDecimal(separator == ';'
                    ? total.get(10).replace(',', '.') : total.get(10)));
        }

        as(FakeUsers.AGENT, "de");
        browser.get(sandbox.baseUrl() + "/browse/ACME-9");
        String usage = text(".sc-panel-usage");
        assertTrue(usage, usage.matches("(\\d+h( \\d+m)?|\\d+m) von (\\d+h( \\d+m)?|\\d+m) in diesem Monat "
                + "verbraucht"));
        chromium.screenshot("issue-panel-formats-de.png", browser.findElement(By.cssSelector(".sc-web-panel")));
    }

    @Test
    public void reportAndPanelRenderInGerman() {
        as(FakeUsers.MANAGER, "en");
        openReport(DemoData.ACME, current.minusMonths(1));
        // the header's language switch sets the user's Jira language
        new Select(browser.findElement(By.cssSelector(".language select"))).selectByValue("de");
        browser.findElement(By.cssSelector(".language button")).click();
        waitFor(By.cssSelector("html[lang='de']"));

        YearMonth previous = current.minusMonths(1);
        String monthDe = previous.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.GERMAN) + " "
                + previous.getYear();
        assertEquals("Abrechnung ACME Maschinenbau GmbH für " + monthDe, text(".sc-report-header h2"));
        assertEquals("Übersicht je Support\u2011Level", text("#sc-summary caption"));
        assertEquals("1st\u2011Level", text("#sc-summary tbody tr[data-level='L1'] th"));
        String amount = text("#sc-invoice-total");
        assertTrue(amount, amount.matches("[\\d.]+,\\d{2}[\\u00a0 ]\u20ac"));
        chromium.screenshot("billing-report-de.png");

        as(FakeUsers.AGENT, "de");
        browser.get(sandbox.baseUrl() + "/browse/ACME-9");
        assertEquals("Support\u2011Level:", text(".sc-panel-level strong"));
        assertTrue(text(".sc-panel-usage"), text(".sc-panel-usage").endsWith("in diesem Monat verbraucht"));
        chromium.screenshot("issue-panel-de.png", browser.findElement(By.cssSelector(".sc-web-panel")));
    }

    @Test
    public void scriptSummaryIsTextOnEveryPage() {
        as(FakeUsers.MANAGER, "en");
        List<String> pages = List.of("/", "/browse/ACME-5", reportPath(DemoData.ACME, current.minusMonths(1)));
        for (String page : pages) {
            browser.get(sandbox.baseUrl() + page);
            assertNoAlert();
            String body = browser.findElement(By.tagName("body")).getText();
            assertTrue(page + " shows the summary as text", body.contains(SCRIPT));
            Object injected = browser.executeScript("return Array.from(document.scripts)"
                    + ".filter(function (s) { return s.textContent.indexOf('alert(1)') >= 0; }).length");
            assertEquals(page + ": no script element from the summary", 0L, injected);
        }
        WebElement summary = browser.findElement(By.xpath(
                "//td[@class='sc-ticket-summary'][contains(., 'alert(1)')]"));
        assertTrue(summary.getText().contains(SCRIPT));
    }

    @Test
    public void printStylesheetPrintsTheReportAlone() {
        as(FakeUsers.MANAGER, "en");
        openReport(DemoData.ACME, current.minusMonths(1));
        chromium.screenshot("billing-report.png");
        // tall enough for the whole report in one picture
        org.openqa.selenium.Dimension window = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(window.getWidth(), 2000));
        try {
            chromium.screenshot("billing-report-content.png", browser.findElement(By.id("sc-billing-report")));
        } finally {
            browser.manage().window().setSize(window);
        }

        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertTrue(browser.findElement(By.id("sc-billing-report")).isDisplayed());
            assertTrue(browser.findElement(By.id("sc-summary")).isDisplayed());
            for (String chrome : List.of("header", "footer", "form.sc-report-form", ".sc-sandbox-links",
                    "a.sc-csv")) {
                assertFalse(chrome + " is not printed", browser.findElement(By.cssSelector(chrome)).isDisplayed());
            }
            if (!browser.findElements(By.id("sc-close-month")).isEmpty()) {
                assertFalse(browser.findElement(By.id("sc-close-month")).isDisplayed());
            }
            String printed = browser.findElement(By.tagName("body")).getText();
            assertFalse(printed.contains("Support Contingent sandbox"));
            assertTrue(printed.startsWith("Billing of ACME Maschinenbau GmbH"));
            chromium.screenshot("billing-report-print.png");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        Pdf pdf = browser.print(new PrintOptions());
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        HeadlessChromium.write("billing-report.pdf", bytes);
    }

    // ---- helpers

    /** Acts as {@code user} in {@code language} from the next page on (the switchers' cookies). */
    private static void as(String user, String language) {
        browser.manage().deleteAllCookies();
        browser.manage().addCookie(new Cookie.Builder(FakeLogin.COOKIE, user).path(SandboxOptions.CONTEXT_PATH)
                .build());
        browser.manage().addCookie(new Cookie.Builder(FakeLogin.LANGUAGE_COOKIE, language)
                .path(SandboxOptions.CONTEXT_PATH).build());
    }

    private static String reportPath(long projectId, YearMonth month) {
        return "/secure/ConfigureReport.jspa?selectedProjectId=" + projectId + "&reportKey=" + REPORT_KEY
                + "&month=" + month;
    }

    private static void openReport(long projectId, YearMonth month) {
        browser.get(sandbox.baseUrl() + reportPath(projectId, month));
        waitFor(By.id("sc-billing-report"));
        assertNoAlert();
    }

    private static String monthLabel(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.ENGLISH) + " " + month.getYear();
    }

    private static void confirmClose() {
        browser.findElement(By.id("sc-close-month-button")).click();
        patiently(5)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("sc-close-month-confirm"))).click();
    }

    /** Per level key: the billed hours and the amount of the summary table. */
    private static Map<String, String[]> reportLevels() {
        Map<String, String[]> levels = new LinkedHashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("#sc-summary tbody tr[data-level]"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            levels.put(row.getAttribute("data-level"), new String[] {cells.get(7).getText(), cells.get(9).getText()});
        }
        return levels;
    }

    private static WebElement waitFor(By locator) {
        return patiently(10)
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().trim();
    }

    private static void assertNoAlert() {
        try {
            String text = browser.switchTo().alert().getText();
            browser.switchTo().alert().dismiss();
            fail("an alert dialog opened: " + text);
        } catch (NoAlertPresentException expected) {
            // no dialog: scripts from user texts did not run
        }
    }

    private static long firstHours(String text) {
        Matcher matcher = HOURS.matcher(text);
        assertTrue(text, matcher.find());
        return minutes(matcher);
    }

    private static long minutes(String hours) {
        Matcher matcher = HOURS.matcher(hours);
        assertTrue(hours, matcher.matches());
        return minutes(matcher);
    }

    private static long minutes(Matcher duration) {
        if (duration.group(3) != null) {
            return Long.parseLong(duration.group(3));
        }
        return Long.parseLong(duration.group(1)) * 60
                + (duration.group(2) == null ? 0 : Long.parseLong(duration.group(2)));
    }

    /** "€1,234.56" (English) or "1.234,56 €" (German) as a decimal. */
    private static BigDecimal money(String text, Locale locale) {
        String number = text.replace("\u20ac", "").replace('\u00a0', ' ').trim();
        number = Locale.GERMAN.equals(locale) ? number.replace(".", "").replace(',', '.') : number.replace(",", "");
        return new BigDecimal(number);
    }

    /** Waits that keep polling while a page reloads under them (a node found a moment ago may be gone). */
    private static FluentWait<WebDriver> patiently(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds)).ignoring(WebDriverException.class);
    }

    private static String download(String url, String user) throws IOException, InterruptedException {
        return download(url, user, "en");
    }

    private static String download(String url, String user, String language)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", FakeLogin.COOKIE + "=" + user + "; " + FakeLogin.LANGUAGE_COOKIE + "=" + language)
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(url, 200, response.statusCode());
        String text = new String(response.body(), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
