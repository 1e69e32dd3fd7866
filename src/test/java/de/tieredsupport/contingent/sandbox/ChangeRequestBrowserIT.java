package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import de.tieredsupport.contingent.sandbox.fakejira.FakeLogin;
import de.tieredsupport.contingent.sandbox.fakejira.FakeMailQueue.CapturedMail;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.testsupport.browser.HeadlessChromium;

/**
 * A change request in headless Chromium on the sandbox, from the issue panel to the approval: the agent estimates
 * ACME-4 in English (a wrong estimate is named at its field), saves and submits it; ACME's decision maker opens the
 * link from the German mail, approves and confirms; the panel then shows the approval in German. Screenshots:
 * {@code target/screenshots/change-request-*.png}.
 */
public class ChangeRequestBrowserIT {

    @ClassRule
    public static final SandboxInChromium HOST = new SandboxInChromium();

    private static final Pattern LINK = Pattern.compile(
            "https?://[^\"<>\\s]+(/rest/support-contingent/1\\.0/decisions/[A-Za-z0-9_-]{43})");

    private static Sandbox sandbox;
    private static HeadlessChromium chromium;
    private static ChromeDriver browser;

    @BeforeClass
    public static void start() {
        sandbox = HOST.sandbox();
        chromium = HOST.chromium();
        browser = HOST.browser();
    }

    private static void as(String user, String language) {
        browser.get(sandbox.baseUrl() + "/sandbox/mail");
        browser.manage().deleteAllCookies();
        browser.manage().addCookie(new Cookie.Builder(FakeLogin.COOKIE, user)
                .path(SandboxOptions.CONTEXT_PATH).build());
        browser.manage().addCookie(new Cookie.Builder(FakeLogin.LANGUAGE_COOKIE, language)
                .path(SandboxOptions.CONTEXT_PATH).build());
    }

    private static FluentWait<WebDriver> patiently() {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class);
    }

    private static WebElement field(String id) {
        return browser.findElement(By.id(id));
    }

    private static void type(String id, String text) {
        WebElement element = field(id);
        element.clear();
        element.sendKeys(text);
    }

    @Test
    public void fromThePanelToTheApprovalInEnglishAndGerman() {
        as(FakeUsers.AGENT, "en");
        browser.get(sandbox.baseUrl() + "/browse/ACME-4");
        patiently().until(ExpectedConditions.visibilityOfElementLocated(By.id("sc-cr-form")));
        assertEquals("No estimate yet.", field("sc-cr-state").getText());
        assertFalse("nothing to submit yet", field("sc-cr-submit").isDisplayed());

        type("sc-cr-scope-input", "Export of the parts list as Excel");
        type("sc-cr-hours", "2");
        type("sc-cr-minutes", "7");
        field("sc-cr-save").click();
        patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sc-cr-error-estimateMinutes"),
                "The estimate must be a multiple of 5 minutes."));
        assertEquals("true", field("sc-cr-hours").getAttribute("aria-invalid"));

        type("sc-cr-minutes", "30");
        field("sc-cr-save").click();
        patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sc-cr-status"), "Saved."));
        assertEquals("draft", field("sc-cr-state").getText());
        assertEquals("", field("sc-cr-error-estimateMinutes").getText());

        int mails = sandbox.mail().captured().size();
        field("sc-cr-submit").click();
        patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sc-cr-state"), "submitted"));
        assertTrue(field("sc-cr-withdraw").isDisplayed());
        assertFalse(field("sc-cr-submit").isDisplayed());
        chromium.screenshot("change-request-panel-en.png", browser.findElement(By.cssSelector(".sc-web-panel")));

        String link = null;
        for (CapturedMail mail : sandbox.mail().captured().subList(mails, sandbox.mail().captured().size())) {
            if (mail.to().equals("p.schneider@acme.example")) {
                Matcher m = LINK.matcher(mail.body());
                assertTrue(mail.body(), m.find());
                link = sandbox.baseUrl() + m.group(1);
            }
        }
        assertTrue("a mail to the decision maker", link != null);

        browser.manage().deleteAllCookies();
        browser.get(link);
        assertEquals("de", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.getPageSource().contains("Export of the parts list as Excel"));
        chromium.screenshot("change-request-page-de.png");
        browser.findElement(By.cssSelector("input[value=APPROVE]")).click();
        browser.findElement(By.name("comment")).sendKeys("Freigabe durch die Gesch\u00e4ftsf\u00fchrung");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        patiently().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button[value=confirm]")));
        assertTrue(browser.getPageSource().contains("Sie genehmigen"));
        browser.findElement(By.cssSelector("button[value=confirm]")).click();
        patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "Vielen Dank"));

        as(FakeUsers.AGENT, "de");
        browser.get(sandbox.baseUrl() + "/browse/ACME-4");
        patiently().until(ExpectedConditions.visibilityOfElementLocated(By.id("sc-cr-form")));
        assertEquals("genehmigt", field("sc-cr-state").getText());
        assertFalse(field("sc-cr-withdraw").isDisplayed());
        assertTrue(field("sc-cr-approval").getText(), field("sc-cr-approval").getText().contains("Petra Schneider"));
        assertTrue(field("sc-cr-in-force").getText(), field("sc-cr-in-force").getText().startsWith("2h 30m"));
        chromium.screenshot("change-request-panel-de.png", browser.findElement(By.cssSelector(".sc-web-panel")));

        // work after the approval reaches the billing report's change-request section, not the level lines
        var issue = sandbox.jira().issues.findByKey("ACME-4");
        java.time.Instant afterApproval = java.time.Instant.ofEpochSecond(
                sandbox.jira().clock.instant().getEpochSecond() / 60 * 60 + 60);
        sandbox.jira().worklogs.create(issue, FakeUsers.ADMIN, afterApproval, 90 * 60, "Umsetzung Export");
        java.time.YearMonth month = java.time.YearMonth.from(afterApproval.atZone(
                de.tieredsupport.contingent.sandbox.fakejira.FakeJira.USER_ZONE));
        String report = sandbox.baseUrl() + "/secure/ConfigureReport.jspa?selectedProjectId=" + DemoData.ACME
                + "&reportKey=de.tieredsupport.support-contingent:billing-report&month=" + month;
        as(FakeUsers.MANAGER, "en");
        browser.get(report);
        patiently().until(ExpectedConditions.visibilityOfElementLocated(By.id("sc-change-requests")));
        WebElement section = browser.findElement(By.id("sc-change-requests"));
        assertTrue(section.getText(), section.getText().contains("Change requests (billed outside the contingent)"));
        WebElement row = section.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains("ACME-4")).findFirst().orElseThrow();
        assertTrue(row.getText(), row.getText().contains("Petra Schneider (through a decision link)")
                && row.getText().contains("1h 30m"));
        chromium.screenshot("change-request-report-en.png", section);

        as(FakeUsers.MANAGER, "de");
        browser.get(report);
        patiently().until(ExpectedConditions.visibilityOfElementLocated(By.id("sc-change-requests")));
        String german = browser.findElement(By.id("sc-change-requests")).getText();
        assertTrue(german, german.contains("Change Requests (au\u00dferhalb des Kontingents abgerechnet)")
                && german.contains("ACME-4") && german.contains("\u00fcber einen Entscheidungslink"));
    }
}
