package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeLogin;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.testsupport.browser.HeadlessChromium;

/**
 * The plugin's screens beyond the report's close button, in headless Chromium on the sandbox: the contract settings
 * page (inline errors that store nothing, new terms in the history, top-up and suspend/resume after a confirmation
 * in the audit list), the dashboard item (the manager's hours must be the billing report's for the same project and
 * month; its bars are used of available; forecasts only once they mean something; links only for those who may open
 * them) and the report's issue links and amount to invoice. Screenshots of every surface go to
 * {@code target/screenshots/}.
 */
public class PluginScreensBrowserIT {

    /** Durations as the plugin shows them everywhere (as Jira shows logged time): "6h 40m", "6h", "40m". */
    private static final String DURATION = "\\d+h(?: \\d+m)?|\\d+m";
    private static final Pattern USAGE = Pattern.compile("(" + DURATION + ") of (" + DURATION + ") used");
    private static final Pattern HOURS = Pattern.compile("(?:(\\d+)h)? ?(?:(\\d+)m)?");
    private static final String GADGET = "#gadget-10100";
    /** The demo contracts' zone (the plugin's default). */
    private static final ZoneId CONTRACT_ZONE = ZoneId.of("Europe/Berlin");

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
    public void asManager() {
        browser.get(sandbox.baseUrl() + "/sandbox/mail");
        browser.executeScript("window.localStorage.clear()"); // the dashboard item's saved preferences
        browser.manage().deleteAllCookies();
        browser.manage().addCookie(new Cookie.Builder(FakeLogin.COOKIE, FakeUsers.MANAGER)
                .path(SandboxOptions.CONTEXT_PATH).build());
        browser.manage().addCookie(new Cookie.Builder(FakeLogin.LANGUAGE_COOKIE, "en")
                .path(SandboxOptions.CONTEXT_PATH).build());
    }

    // ---- contract settings

    @Test
    public void invalidTermsShowTheErrorAtTheFieldAndStoreNothing() {
        openSettings("ACME");
        String before = sandbox.pluginTablesChecksum();

        // refused in the page: hours that are not hours
        replace("sc-L1-hours", "eight");
        browser.findElement(By.id("sc-terms-submit")).click();
        WebElement error = visible("sc-L1-hours-error");
        assertEquals("Enter hours as 7:30 or 7.5 (whole minutes).", error.getText());
        WebElement hours = browser.findElement(By.id("sc-L1-hours"));
        assertEquals("true", hours.getAttribute("aria-invalid"));
        assertTrue(hours.getAttribute("aria-describedby").contains("sc-L1-hours-error"));
        assertEquals("the field gets the focus", "sc-L1-hours", browser.switchTo().activeElement().getAttribute("id"));
        assertTrue(browser.findElement(By.id("sc-terms-errors")).isDisplayed());
        chromium.screenshot("contract-settings-error.png");

        // refused by the REST API (the page cannot know which levels are suspended): the summary shows its message
        replace("sc-L1-hours", "8:00");
        new Select(browser.findElement(By.id("sc-resume-level"))).selectByValue("L2");
        browser.findElement(By.id("sc-resume-submit")).click();
        confirmation().accept();
        WebElement decisionErrors = visible("sc-decisions-errors");
        patiently(10).until(ExpectedConditions.textToBePresentInElement(decisionErrors,
                "Support is not suspended for this scope."));
        assertEquals("sc-decisions-errors", browser.switchTo().activeElement().getAttribute("id"));
        assertNoAlert();

        assertEquals("nothing stored", before, sandbox.pluginTablesChecksum());
    }

    @Test
    public void threeBadFieldsShowThreeErrorsAtOnceAndASummaryLinkingThem() {
        openSettings("ACME");
        String before = sandbox.pluginTablesChecksum();
        replace("sc-L1-hours", "1000000");
        replace("sc-L2-rate", "99999999");
        replace("sc-increment", "0");
        browser.findElement(By.id("sc-terms-submit")).click();

        assertEquals("Enter at most 100,000 hours.", visible("sc-L1-hours-error").getText());
        assertEquals("Enter at most 1,000,000.00.", visible("sc-L2-rate-error").getText());
        assertEquals("Enter whole minutes from 1 to 60.", visible("sc-increment-error").getText());
        assertEquals("three fields, three errors", 3, shownErrors());
        assertEquals(List.of(
                "#sc-L1-hours Contingent per month of the 1st level (hours): Enter at most 100,000 hours.",
                "#sc-L2-rate Hourly rate of the 2nd level: Enter at most 1,000,000.00.",
                "#sc-increment Rounding increment (minutes): Enter whole minutes from 1 to 60."),
                summaryLinks());
        assertEquals("Nothing was saved. Correct these fields:",
                browser.findElement(By.cssSelector("#sc-terms-errors .title")).getText());
        assertEquals("sc-L1-hours", browser.switchTo().activeElement().getAttribute("id"));
        browser.findElements(By.cssSelector("#sc-terms-errors li a")).get(1).click();
        assertEquals("a link leads to its field", "sc-L2-rate",
                browser.switchTo().activeElement().getAttribute("id"));
        chromium.screenshot("contract-settings-errors-summary.png");

        // an empty field shows its example as an example, and saying so is the message
        replace("sc-L1-hours", "");
        assertEquals("e.g. 8:00", browser.findElement(By.id("sc-L1-hours")).getAttribute("placeholder"));
        assertEquals("italic", browser.executeScript(
                "return getComputedStyle(document.getElementById('sc-L1-hours'), '::placeholder').fontStyle"));
        browser.findElement(By.id("sc-terms-submit")).click();
        patiently(5).until(ExpectedConditions.textToBe(By.id("sc-L1-hours-error"),
                "Enter hours, for example 8:00 or 7.5."));
        assertEquals(3, shownErrors());
        assertEquals("nothing stored", before, sandbox.pluginTablesChecksum());
    }

    @Test
    public void germanFormShowsAndTakesTheDecimalComma() {
        asGerman();
        YearMonth later = current.plusMonths(2);
        openSettings("ACME");
        assertEquals("70,00", browser.findElement(By.id("sc-L1-rate")).getAttribute("value"));
        assertEquals("z.\u00a0B. 70,00", browser.findElement(By.id("sc-L1-rate")).getAttribute("placeholder"));

        String before = sandbox.pluginTablesChecksum();
        replace("sc-L1-hours", "1000000");
        replace("sc-L2-rate", "99999999");
        replace("sc-increment", "0");
        browser.findElement(By.id("sc-terms-submit")).click();
        assertEquals("H\u00f6chstens 100.000 Stunden eingeben.", visible("sc-L1-hours-error").getText());
        assertEquals("H\u00f6chstens 1.000.000,00 eingeben.", visible("sc-L2-rate-error").getText());
        assertEquals("Ganze Minuten von 1 bis 60 eingeben.", visible("sc-increment-error").getText());
        assertEquals(3, shownErrors());
        List<String> links = summaryLinks();
        assertEquals(links.toString(), 3, links.size());
        assertTrue(links.get(0), links.get(0).startsWith("#sc-L1-hours Kontingent pro Monat im 1st\u2011Level (Stunden): "));
        assertEquals("Nichts wurde gespeichert. Bitte diese Felder korrigieren:",
                browser.findElement(By.cssSelector("#sc-terms-errors .title")).getText());
        chromium.screenshot("contract-settings-errors-de.png");
        assertEquals("nothing stored", before, sandbox.pluginTablesChecksum());

        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("sc-effective-month")),
                later.toString());
        replace("sc-L1-hours", "10,5");
        replace("sc-L2-rate", "80,00");
        replace("sc-increment", "5");
        replace("sc-L1-rate", "75,50");
        browser.findElement(By.id("sc-terms-submit")).click();
        WebElement notice = patiently(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("sc-notice")));
        assertTrue(notice.getText(), notice.getText().contains("Die Konditionen wurden gespeichert."));
        WebElement row = browser.findElement(By.cssSelector("#sc-history tr[data-effective-month='" + later + "']"));
        assertTrue(row.getText(), row.getText().contains("1st\u2011Level: 10h 30m zu 75,50 \u20ac"));
        assertEquals("the form shows the saved rate with a comma", "75,50",
                browser.findElement(By.id("sc-L1-rate")).getAttribute("value"));
        com.fasterxml.jackson.databind.JsonNode contract = sandbox.rest().contract(FakeUsers.ADMIN, "ACME");
        boolean found = false;
        for (com.fasterxml.jackson.databind.JsonNode version : contract.path("termsHistory")) {
            if (version.path("effectiveMonth").asText().equals(later.toString())) {
                found = true;
                assertEquals(630, version.path("levels").path("L1").path("contingentMinutes").asLong());
                assertEquals(0, new BigDecimal("75.50").compareTo(version.path("levels").path("L1")
                        .path("rateAmount").decimalValue()));
            }
        }
        assertTrue("terms from " + later + " in " + contract, found);
        // dates on the page are German dates, not ISO
        String audit = firstAuditRow();
        assertTrue(audit, audit.matches("(?s)\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2}.*Konditionen ge\u00e4ndert.*"));
    }

    @Test
    public void newTermsForAMonthAreSavedAndAppearInTheHistory() {
        YearMonth next = current.plusMonths(1);
        openSettings("ACME");
        String before = sandbox.pluginTablesChecksum();
        assertTrue(browser.findElements(By.cssSelector("#sc-history tr[data-effective-month='" + next + "']"))
                .isEmpty());

        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("sc-effective-month")),
                next.toString());
        replace("sc-L1-hours", "10:30");
        replace("sc-L1-rate", "75,50");
        browser.findElement(By.id("sc-terms-submit")).click();

        WebElement notice = patiently(10)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("sc-notice")));
        assertTrue(notice.getText(), notice.getText().contains("The terms were saved."));
        WebElement row = browser.findElement(By.cssSelector("#sc-history tr[data-effective-month='" + next + "']"));
        assertTrue(row.getText(), row.getText().contains("1st level: 10h 30m at \u20ac75.50"));
        assertNotEquals(before, sandbox.pluginTablesChecksum());

        com.fasterxml.jackson.databind.JsonNode contract = sandbox.rest().contract(FakeUsers.ADMIN, "ACME");
        com.fasterxml.jackson.databind.JsonNode terms = null;
        for (com.fasterxml.jackson.databind.JsonNode version : contract.path("termsHistory")) {
            if (version.path("effectiveMonth").asText().equals(next.toString())) {
                terms = version;
            }
        }
        assertNotNull("terms from " + next + " in " + contract, terms);
        assertEquals(630, terms.path("levels").path("L1").path("contingentMinutes").asLong());
        assertEquals(0, new BigDecimal("75.50").compareTo(terms.path("levels").path("L1").path("rateAmount")
                .decimalValue()));
        assertEquals("this month keeps its terms", 480, contract.path("currentTerms").path("levels").path("L1")
                .path("contingentMinutes").asLong());
        assertTrue(firstAuditRow().contains("Terms changed"));
    }

    @Test
    public void topUpAndSuspendResumeNeedAConfirmationAndAreAudited() {
        openSettings("ACME");

        // a dismissed confirmation changes nothing
        new Select(browser.findElement(By.id("sc-topup-level"))).selectByValue("L2");
        browser.findElement(By.id("sc-topup-hours")).sendKeys("1:30");
        browser.findElement(By.id("sc-topup-reason")).sendKeys("Release weekend <b>urgent</b>");
        String before = sandbox.pluginTablesChecksum();
        browser.findElement(By.id("sc-topup-submit")).click();
        Alert confirmation = confirmation();
        assertTrue(confirmation.getText(), confirmation.getText().startsWith("Add 1:30 h to the 2nd\u00a0level for "));
        confirmation.dismiss();
        assertEquals(before, sandbox.pluginTablesChecksum());

        browser.findElement(By.id("sc-topup-submit")).click();
        confirmation().accept();
        waitForNotice("The top-up was added.");
        String topUps = browser.findElement(By.id("sc-topups")).getText();
        assertTrue(topUps, topUps.contains("2nd level: 1h 30m added by manager"));
        String audit = firstAuditRow();
        assertTrue(audit, audit.contains("Top-up added"));
        assertTrue("the reason is text", audit.contains("Release weekend <b>urgent</b>"));

        new Select(browser.findElement(By.id("sc-suspend-level"))).selectByValue("L3");
        browser.findElement(By.id("sc-suspend-reason")).sendKeys("Invoice overdue");
        browser.findElement(By.id("sc-suspend-submit")).click();
        confirmation = confirmation();
        assertTrue(confirmation.getText(), confirmation.getText().startsWith("Suspend support (3rd\u00a0level) for the rest"));
        confirmation.accept();
        waitForNotice("Support was suspended for the rest of the month.");
        String suspensions = browser.findElement(By.id("sc-suspensions")).getText();
        assertTrue(suspensions, suspensions.contains("3rd level suspended since"));
        audit = firstAuditRow();
        assertTrue(audit, audit.contains("Support suspended"));
        chromium.screenshot("contract-settings-suspended.png");

        new Select(browser.findElement(By.id("sc-resume-level"))).selectByValue("L3");
        browser.findElement(By.id("sc-resume-submit")).click();
        confirmation().accept();
        waitForNotice("Support was resumed.");
        assertFalse(browser.findElements(By.id("sc-suspensions-none")).isEmpty());
        assertTrue(firstAuditRow().contains("Support resumed"));
        assertNoAlert();
    }

    @Test
    public void aTopUpSubmitThatReachesTheServerTwiceIsStoredOnce() {
        openSettings("ACME");
        long before = topUpRows();
        // the network delivers the page's request twice (a resend after a lost answer): the page's key goes with both
        browser.executeScript("var original = window.fetch;"
                + "window.fetch = function (url, options) {"
                + "  if (String(url).indexOf('/top-ups') < 0) { return original.apply(this, arguments); }"
                + "  return original(url, options).then(function () { return original(url, options); });"
                + "};");
        new Select(browser.findElement(By.id("sc-topup-level"))).selectByValue("L1");
        browser.findElement(By.id("sc-topup-hours")).sendKeys("0:30");
        browser.findElement(By.id("sc-topup-reason")).sendKeys("Sent twice");
        browser.findElement(By.id("sc-topup-submit")).click();
        confirmation().accept();
        waitForNotice("The top-up was added.");

        assertEquals("stored once", before + 1, topUpRows());
        assertNoAlert();
    }

    private static long topUpRows() {
        return sandbox.tables().count(PluginTables.table("TOP_UP") + " WHERE \"REASON\" = ?", "Sent twice");
    }

    // ---- the dashboard item against the billing report

    @Test
    public void dashboardShowsTheReportsHoursForEveryContractAndAChosenMonth() {
        browser.get(sandbox.baseUrl() + "/secure/Dashboard.jspa");
        List<WebElement> contracts = dashboard();
        assertEquals(3, contracts.size());
        assertEquals("all", browser.findElement(By.cssSelector(GADGET + " .sc-dashboard")).getAttribute("data-scope"));
        Map<String, Map<String, long[]>> shown = new LinkedHashMap<>();
        Map<String, String> links = new LinkedHashMap<>();
        Map<String, String> contractLinks = new LinkedHashMap<>();
        for (WebElement contract : contracts) {
            String key = contract.getAttribute("data-project");
            shown.put(key, dashboardLevels(contract));
            links.put(key, reportLink(contract));
            contractLinks.put(key, contract.findElement(By.cssSelector("a.sc-contract-link")).getAttribute("href"));
        }
        assertForecasts(current, contracts);
        shootDashboard("dashboard-item.png");
        for (Map.Entry<String, String> link : links.entrySet()) {
            assertTrue(link.getValue(), link.getValue().endsWith("&month=" + current));
            browser.get(link.getValue());
            waitFor(By.id("sc-summary"));
            assertSameHours(link.getKey() + " " + current, reportLevels(), shown.get(link.getKey()));
        }
        for (Map.Entry<String, String> link : contractLinks.entrySet()) {
            assertTrue(link.getValue(), link.getValue().endsWith("/contract?projectKey=" + link.getKey()));
            browser.get(link.getValue());
            assertTrue(link.getKey() + ": the contract page opens for the manager",
                    waitFor(By.id("sc-terms-form")).isDisplayed());
        }

        // Edit: ACME in the previous month (a top-up and the 1st level over its contingent), then its report link
        YearMonth previous = current.minusMonths(1);
        browser.get(sandbox.baseUrl() + "/secure/Dashboard.jspa");
        dashboard();
        browser.findElement(By.id("gadget-10100-edit")).click();
        // the form is drawn again once the contracts for its project list have arrived
        waitFor(By.cssSelector(GADGET + " form.sc-dashboard-edit .sc-edit-project option[value='ACME']"));
        WebElement edit = browser.findElement(By.cssSelector(GADGET + " form.sc-dashboard-edit"));
        new Select(edit.findElement(By.cssSelector(".sc-edit-project"))).selectByValue("ACME");
        WebElement month = edit.findElement(By.cssSelector(".sc-edit-month"));
        month.clear();
        month.sendKeys(previous.toString());
        edit.findElement(By.cssSelector(".sc-edit-save")).click();
        patiently(10).until(ExpectedConditions.attributeToBe(
                By.cssSelector(GADGET + " .sc-dashboard"), "data-month", previous.toString()));
        contracts = dashboard();
        assertEquals(1, contracts.size());
        Map<String, long[]> acme = dashboardLevels(contracts.get(0));
        assertTrue("the 1st level is over its contingent", acme.get("L1")[0] > acme.get("L1")[1]);
        assertForecasts(previous, contracts);
        shootDashboard("dashboard-item-previous-month.png");
        browser.get(reportLink(contracts.get(0)));
        waitFor(By.id("sc-summary"));
        assertSameHours("ACME " + previous, reportLevels(), acme);
        assertNoAlert();
    }

    @Test
    public void agentsSeeTheHoursButNoLinksTheyCouldNotOpen() {
        browser.manage().addCookie(new Cookie.Builder(FakeLogin.COOKIE, FakeUsers.AGENT)
                .path(SandboxOptions.CONTEXT_PATH).build());
        browser.get(sandbox.baseUrl() + "/secure/Dashboard.jspa");
        patiently(10).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(GADGET + " .sc-contract[data-project][data-state]")));
        List<WebElement> contracts = browser.findElements(By.cssSelector(GADGET + " .sc-contract[data-project]"));
        assertEquals(3, contracts.size());
        for (WebElement contract : contracts) {
            dashboardLevels(contract);
        }
        assertForecasts(current, contracts);
        assertEquals("no link in the item at all", List.of(),
                browser.findElements(By.cssSelector(GADGET + " .sc-dashboard a")));
        assertTrue(browser.findElements(By.cssSelector(GADGET + " .sc-links")).isEmpty());
        assertTrue("no rates either", browser.findElements(By.cssSelector(GADGET + " .sc-level-rate")).isEmpty());
        shootDashboard("dashboard-item-agent.png");
        assertNoAlert();
    }

    // ---- the report's issue links and amount to invoice

    @Test
    public void reportLinksTicketKeysToTheIssuesAndTheAmountToInvoiceStandsOutInTheAmountColumn() {
        YearMonth previous = current.minusMonths(1);
        browser.get(sandbox.baseUrl() + "/secure/ConfigureReport.jspa?selectedProjectId=" + DemoData.ACME
                + "&reportKey=de.tieredsupport.support-contingent:billing-report&month=" + previous);
        waitFor(By.id("sc-billing-report"));
        List<WebElement> keys = browser.findElements(By.cssSelector("table.sc-tickets tbody td.sc-ticket-key"));
        assertFalse(keys.isEmpty());
        for (WebElement key : keys) {
            WebElement link = key.findElement(By.tagName("a"));
            assertEquals(SandboxOptions.CONTEXT_PATH + "/browse/" + link.getText(), link.getDomAttribute("href"));
        }

        // the amount to invoice: in the amount column, right-aligned with the level amounts, bold and larger
        assertInvoiceTotalStandsOutAligned("screen");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertInvoiceTotalStandsOutAligned("print");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        tall(() -> chromium.screenshot("billing-report-totals.png", browser.findElement(By.id("sc-summary"))));

        // a key opens its issue
        String first = keys.get(0).getText();
        keys.get(0).findElement(By.tagName("a")).click();
        assertEquals(first, waitFor(By.cssSelector("h1 small")).getText());
        assertTrue(browser.getCurrentUrl(), browser.getCurrentUrl().endsWith("/browse/" + first));
        assertNoAlert();
    }

    private static void assertInvoiceTotalStandsOutAligned(String media) {
        WebElement total = browser.findElement(By.id("sc-invoice-total"));
        WebElement amount = browser.findElement(By.cssSelector("#sc-summary tbody tr td.sc-amount"));
        Rectangle t = total.getRect();
        Rectangle a = amount.getRect();
        assertEquals(media + ": same column", a.getX(), t.getX());
        assertEquals(media + ": same width", a.getWidth(), t.getWidth());
        assertEquals(media + ": right-aligned", "right", total.getCssValue("text-align"));
        assertTrue(media + ": bold", Integer.parseInt(total.getCssValue("font-weight")) >= 700);
        assertTrue(media + ": larger than the amounts", px(total.getCssValue("font-size"))
                > px(amount.getCssValue("font-size")));
        WebElement label = browser.findElement(By.cssSelector("#sc-summary tfoot tr.sc-invoice-row th"));
        assertEquals(media + ": the label next to it", "right", label.getCssValue("text-align"));
        assertTrue(media, label.getText().contains("Amount to invoice"));
        assertTrue(media + ": the last line of the summary", browser.findElements(
                By.cssSelector("#sc-summary tfoot tr:last-child #sc-invoice-total")).size() == 1);
    }

    private static double px(String cssLength) {
        assertTrue(cssLength, cssLength.endsWith("px"));
        return Double.parseDouble(cssLength.substring(0, cssLength.length() - 2));
    }

    @Test
    public void screenshotsOfEverySurface() {
        // the billing report with the close button of the ended, open month
        browser.get(sandbox.baseUrl() + "/secure/ConfigureReport.jspa?selectedProjectId=" + DemoData.ACME
                + "&reportKey=de.tieredsupport.support-contingent:billing-report&month=" + current.minusMonths(1));
        waitFor(By.id("sc-billing-report"));
        assertTrue(browser.findElement(By.id("sc-close-month-button")).isDisplayed());
        assertEquals("the plugin's own styles align figures", "right", browser.findElement(
                By.cssSelector("#sc-summary tbody td.sc-num")).getCssValue("text-align"));
        tall(() -> chromium.screenshot("surface-billing-report.png",
                browser.findElement(By.id("sc-billing-report"))));

        browser.get(sandbox.baseUrl() + "/browse/ACME-9");
        WebElement panel = waitFor(By.cssSelector(".sc-web-panel"));
        assertTrue("the panel's own styles draw the bar",
                browser.findElement(By.cssSelector(".sc-panel .sc-bar")).getSize().getHeight() > 0
                && browser.findElement(By.cssSelector(".sc-panel .sc-bar-fill")).getSize().getWidth() > 0);
        chromium.screenshot("surface-issue-panel.png", panel);

        browser.get(sandbox.baseUrl() + "/secure/Dashboard.jspa");
        dashboard();
        shootDashboard("surface-dashboard-item.png");

        openSettings("ACME");
        tall(() -> chromium.screenshot("contract-settings.png", browser.findElement(By.id("sc-settings"))));
        assertNoAlert();
    }

    // ---- helpers

    private static void asGerman() {
        browser.manage().deleteCookieNamed(FakeLogin.LANGUAGE_COOKIE);
        browser.manage().addCookie(new Cookie.Builder(FakeLogin.LANGUAGE_COOKIE, "de")
                .path(SandboxOptions.CONTEXT_PATH).build());
    }

    /** The error texts shown under fields of the terms form. */
    private static int shownErrors() {
        int shown = 0;
        for (WebElement error : browser.findElements(By.cssSelector("#sc-terms-form .error"))) {
            shown += error.isDisplayed() ? 1 : 0;
        }
        return shown;
    }

    /** The terms summary's entries as "href text", each a link to its field. */
    private static List<String> summaryLinks() {
        List<String> links = new ArrayList<>();
        for (WebElement item : browser.findElements(By.cssSelector("#sc-terms-errors li"))) {
            WebElement link = item.findElement(By.tagName("a"));
            String href = link.getAttribute("href");
            links.add(href.substring(href.indexOf('#')) + " " + link.getText());
        }
        return links;
    }

    private static void openSettings(String projectKey) {
        browser.get(sandbox.baseUrl() + Sandbox.PLUGIN_SERVLETS + "/support-contingent/contract?projectKey="
                + projectKey);
        waitFor(By.id("sc-terms-form"));
    }

    private static void replace(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private static WebElement visible(String id) {
        return patiently(10)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private static Alert confirmation() {
        return patiently(5).until(ExpectedConditions.alertIsPresent());
    }

    private static void waitForNotice(String text) {
        patiently(10)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("sc-notice"), text));
    }

    private static String firstAuditRow() {
        return browser.findElement(By.cssSelector("#sc-audit tbody tr")).getText();
    }

    /** The item's contracts once rendered and their report links upgraded to Jira's report page. */
    private static List<WebElement> dashboard() {
        FluentWait<WebDriver> wait = patiently(10);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(GADGET + " .sc-dashboard")));
        wait.until(driver -> {
            List<WebElement> reportLinks = driver.findElements(By.cssSelector(GADGET + " a.sc-report-link"));
            return !reportLinks.isEmpty() && reportLinks.stream()
                    .allMatch(link -> link.getAttribute("data-project-id") != null);
        });
        return browser.findElements(By.cssSelector(GADGET + " .sc-contract[data-project][data-state]"));
    }

    private static String reportLink(WebElement contract) {
        return contract.findElement(By.cssSelector("a.sc-report-link")).getAttribute("href");
    }

    /**
     * Per level: used and available minutes as the item says them, checked against its progress bar: the bar is the
     * contingent, its used part as wide as used of available, the part over the contingent after its end.
     */
    private static Map<String, long[]> dashboardLevels(WebElement contract) {
        Map<String, long[]> levels = new LinkedHashMap<>();
        for (WebElement level : contract.findElements(By.cssSelector(".sc-level[data-level]"))) {
            String usage = level.findElement(By.cssSelector(".sc-level-usage")).getText();
            Matcher matcher = USAGE.matcher(usage);
            assertTrue(usage, matcher.find());
            long used = minutes(matcher.group(1));
            long available = minutes(matcher.group(2));
            WebElement bar = level.findElement(By.cssSelector(".sc-bar"));
            assertEquals(usage, available, Long.parseLong(bar.getAttribute("aria-valuemax")));
            assertEquals(usage, Math.min(used, available), Long.parseLong(bar.getAttribute("aria-valuenow")));
            Rectangle track = bar.getRect();
            Rectangle fill = level.findElement(By.cssSelector(".sc-bar-used")).getRect();
            assertEquals(usage + ": the used part is used of available", track.getWidth()
                    * (double) Math.min(used, available) / available, fill.getWidth(), 1.5);
            List<WebElement> over = level.findElements(By.cssSelector(".sc-bar-over"));
            assertEquals(usage + ": an over part exactly when over the contingent", used > available, !over.isEmpty());
            if (used > available) {
                Rectangle part = over.get(0).getRect();
                assertEquals(usage + ": the over part starts at the bar's end", track.getX() + track.getWidth(),
                        part.getX(), 1.5);
                assertTrue(usage, part.getWidth() > 0 && part.getWidth() <= track.getWidth() * 0.2 + 1.5);
            }
            levels.put(level.getAttribute("data-level"), new long[] {used, available});
        }
        assertEquals(List.of("L1", "L2", "L3"), new ArrayList<>(levels.keySet()));
        return levels;
    }

    /**
     * Forecasts as the item promises them: from the day after the month's third working day (Monday to Friday, in
     * the contract's zone) to the month's end, never for exhausted or suspended levels; before, the item says from
     * when.
     */
    private static void assertForecasts(YearMonth month, List<WebElement> contracts) {
        LocalDate today = LocalDate.now(CONTRACT_ZONE);
        LocalDate from = forecastFrom(month);
        boolean pending = today.isBefore(from);
        boolean shown = !pending && !today.isAfter(month.atEndOfMonth());
        List<WebElement> notes = browser.findElements(By.cssSelector(GADGET + " .sc-forecast-note"));
        assertEquals(month + " on " + today + ": the note says from when", pending, !notes.isEmpty());
        if (pending) {
            assertEquals(from.toString(), notes.get(0).getAttribute("data-forecast-from"));
            assertTrue(notes.get(0).getText(), notes.get(0).getText().startsWith("Forecast from "));
        }
        for (WebElement contract : contracts) {
            for (WebElement level : contract.findElements(By.cssSelector(".sc-level[data-level]"))) {
                String state = level.getAttribute("data-state");
                boolean expected = shown && !state.equals("exhausted") && !state.equals("suspended");
                String what = contract.getAttribute("data-project") + " " + level.getAttribute("data-level") + " "
                        + state + " " + month + " on " + today;
                assertEquals(what + ": forecast marker", expected,
                        !level.findElements(By.cssSelector(".sc-bar-forecast")).isEmpty());
                assertEquals(what + ": forecast in words", expected,
                        !level.findElements(By.cssSelector(".sc-level-forecast")).isEmpty());
            }
        }
    }

    /**
     * The day after the month's third working day (Monday to Friday): the dashboard's forecasts start then, since
     * the demo contracts keep the default service hours (Monday to Friday) and have no holiday calendar; the status
     * names that day ({@code forecastFrom}, counting service days).
     */
    private static LocalDate forecastFrom(YearMonth month) {
        LocalDate day = month.atDay(1);
        int working = 0;
        while (working < 3) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                working++;
            }
            day = day.plusDays(1);
        }
        return day;
    }

    /** Per level of the report's summary: used, and available = contingent + top-ups + carried in. */
    private static Map<String, long[]> reportLevels() {
        Map<String, long[]> levels = new LinkedHashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("#sc-summary tbody tr[data-level]"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            long available = minutes(cells.get(0).getText()) + minutes(cells.get(1).getText())
                    + minutes(cells.get(2).getText());
            levels.put(row.getAttribute("data-level"), new long[] {minutes(cells.get(3).getText()), available});
        }
        return levels;
    }

    private static void assertSameHours(String message, Map<String, long[]> expected,
            Map<String, long[]> actual) {
        assertEquals(message + " levels", expected.keySet(), actual.keySet());
        for (String level : expected.keySet()) {
            org.junit.Assert.assertArrayEquals(message + " " + level + " used and available minutes",
                    expected.get(level), actual.get(level));
        }
    }

    private static long minutes(String hours) {
        Matcher matcher = HOURS.matcher(hours.trim());
        assertTrue(hours, !hours.isBlank() && matcher.matches());
        return (matcher.group(1) == null ? 0 : Long.parseLong(matcher.group(1)) * 60)
                + (matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2)));
    }

    /**
     * Waits that survive the page changing under them: the dashboard item redraws itself and the settings page
     * reloads after each action, so an element found a moment ago may be replaced or gone (Chromium then answers
     * "stale element" or "node does not belong to the document"). They keep polling until the time is up.
     */
    private static FluentWait<WebDriver> patiently(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds)).ignoring(WebDriverException.class);
    }

    private static WebElement waitFor(By locator) {
        return patiently(10)
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private static void shootDashboard(String name) {
        tall(() -> chromium.screenshot(name, browser.findElement(By.cssSelector(GADGET))));
    }

    /** Runs a screenshot in a window tall enough for the whole element. */
    private static void tall(Runnable screenshot) {
        Dimension window = browser.manage().window().getSize();
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(window.getWidth(), Math.max(window.getHeight(),
                height.intValue() + 100)));
        try {
            screenshot.run();
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    private static void assertNoAlert() {
        try {
            String text = browser.switchTo().alert().getText();
            browser.switchTo().alert().dismiss();
            fail("an alert dialog opened: " + text);
        } catch (NoAlertPresentException expected) {
            // no dialog
        }
    }
}
