package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeMailQueue.CapturedMail;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.testsupport.browser.HeadlessChromium;

/**
 * The decision page in headless Chromium, without any Jira login, in German and English: Nordlicht's 3rd level
 * crosses 80 %, the German decision maker adds 1 h 30 min through the form (the confirmation shows the money), and the
 * English decision maker's link then shows what was decided. Screenshots go to {@code target/screenshots/}.
 */
public class DecisionPageBrowserIT {

    private static final Pattern LINK = Pattern.compile(
            "https?://[^\"<>\\s]+(/rest/support-contingent/1\\.0/decisions/[A-Za-z0-9_-]{43})");

    @ClassRule
    public static final SandboxInChromium HOST = new SandboxInChromium();

    private static Sandbox sandbox;
    private static HeadlessChromium chromium;
    private static ChromeDriver browser;

    @BeforeClass
    public static void start() {
        sandbox = HOST.sandbox();
        chromium = HOST.chromium();
        browser = HOST.browser();
    }

    @Test
    public void theDecisionMakersDecideOnThePageInGermanAndSeeItInEnglish() {
        FakeJira jira = sandbox.jira();
        Instant now = jira.clock.instant();
        YearMonth month = YearMonth.from(now.atZone(FakeJira.USER_ZONE));
        sandbox.rest().putTerms(FakeUsers.MANAGER, "NORD", month, TermsJson.terms()
                .level("L1", 360, "60").level("L2", 480, "75").level("L3", 6000, "95")
                .rounding(10, "UP").thresholds(50, 80, 100).recipients("servicedesk@nordlicht.example")
                .decisionMaker("Jens Nordmann", "jens@nordlicht.example", "de")
                .decisionMaker("Ann Shore", "ann@nordlicht.example", "en").json());
        var level = sandbox.rest().status(FakeUsers.MANAGER, "NORD", month).get("levels").get(2);
        long needed = (level.get("availableMinutes").asLong() * 80 + 99) / 100 - level.get("usedMinutes").asLong();
        assertTrue(level.toString(), needed > 0);
        long minutes = (needed + 9) / 10 * 10 + 10;
        int before = sandbox.mail().captured().size();
        FakeIssue issue = jira.issues.findByKey("NORD-1");
        jira.issues.setSupportLevel(issue.getId(), "L3");
        Instant monthStart = month.atDay(1).atStartOfDay(FakeJira.USER_ZONE).toInstant();
        Instant start = now.minusSeconds(minutes * 60 + 60);
        jira.worklogs.create(issue, FakeUsers.AGENT, start.isAfter(monthStart) ? start : monthStart, minutes * 60,
                "Datenbankmigration");

        String german = linkTo("jens@nordlicht.example", before);
        String english = linkTo("ann@nordlicht.example", before);

        browser.manage().deleteAllCookies();
        browser.get(german);
        assertEquals("de", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(text("h1"), text("h1").contains("Nordlicht") || text("h1").contains("NORD"));
        chromium.screenshot("decision-page-de.png");
        browser.findElement(By.name("hours")).sendKeys("1");
        browser.findElement(By.name("minutes")).sendKeys("30");
        browser.findElement(By.name("note")).sendKeys("Freigabe durch die Gesch\u00e4ftsf\u00fchrung");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait(By.cssSelector("button[value=confirm]"));
        // 90 min at 95.00 per hour = 142.50
        assertTrue(text("main"), text("main").contains("142,50"));
        chromium.screenshot("decision-review-de.png");
        browser.findElement(By.cssSelector("button[value=confirm]")).click();
        wait(By.id("outcome"));
        assertTrue(text("#outcome"), text("#outcome").startsWith("Vielen Dank"));
        assertTrue(browser.manage().getCookies().toString(), browser.manage().getCookies().isEmpty());

        browser.get(english);
        wait(By.id("outcome"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(text("#outcome"), text("#outcome").contains("already decided")
                && text("#outcome").contains("1h 30m") && text("#outcome").contains("Jens Nordmann"));
        chromium.screenshot("decision-decided-en.png");

        browser.get(german);
        assertTrue(text("h1"), text("h1").contains("Link not available"));
    }

    private static String linkTo(String address, int before) {
        for (CapturedMail mail : sandbox.mail().captured().subList(before, sandbox.mail().captured().size())) {
            if (mail.to().equals(address)) {
                Matcher m = LINK.matcher(mail.body());
                assertTrue(mail.body(), m.find());
                return sandbox.baseUrl() + m.group(1);
            }
        }
        throw new AssertionError("no decision mail to " + address);
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static void wait(By by) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(by));
    }
}
