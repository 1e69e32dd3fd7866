package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.junit.Before;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import de.tieredsupport.contingent.sandbox.fakejira.FakeLogin;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.testsupport.browser.HeadlessChromium;

/**
 * The request category control of the issue panel in headless Chromium on the sandbox: the agent changes the
 * category in German and sees it saved, the page shows it after a reload in English, and a value the server refuses
 * shows the server's message and stores nothing. Screenshot: {@code target/screenshots/issue-panel-category.png}.
 */
public class RequestCategoryBrowserIT {

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

    @Before
    public void asAgent() {
        browser.get(sandbox.baseUrl() + "/sandbox/mail");
        browser.manage().deleteAllCookies();
        browser.manage().addCookie(new Cookie.Builder(FakeLogin.COOKIE, FakeUsers.AGENT)
                .path(SandboxOptions.CONTEXT_PATH).build());
    }

    private static void language(String language) {
        browser.manage().deleteCookieNamed(FakeLogin.LANGUAGE_COOKIE);
        browser.manage().addCookie(new Cookie.Builder(FakeLogin.LANGUAGE_COOKIE, language)
                .path(SandboxOptions.CONTEXT_PATH).build());
    }

    private static FluentWait<WebDriver> patiently() {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class);
    }

    /** The issue page with the panel's control shown by its script. */
    private static WebElement open(String issueKey) {
        browser.get(sandbox.baseUrl() + "/browse/" + issueKey);
        return patiently().until(ExpectedConditions.visibilityOfElementLocated(By.id("sc-category-form")));
    }

    @Test
    public void theAgentChangesTheCategoryOnThePanel() {
        language("de");
        open("ACME-3");
        assertEquals("Fehler", browser.findElement(By.id("sc-category-label")).getText());
        new Select(browser.findElement(By.id("sc-category-select"))).selectByValue("CHANGE_REQUEST");
        browser.findElement(By.id("sc-category-save")).click();

        patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sc-category-status"),
                "Anfragekategorie gespeichert: \u00c4nderungswunsch."));
        assertEquals("\u00c4nderungswunsch", browser.findElement(By.id("sc-category-label")).getText());
        assertEquals("Change request", sandbox.jira().issues.findByKey("ACME-3").requestCategory());
        chromium.screenshot("issue-panel-category.png", browser.findElement(By.cssSelector(".sc-web-panel")));

        language("en");
        open("ACME-3");
        assertEquals("Change request", browser.findElement(By.id("sc-category-label")).getText());
        assertEquals("CHANGE_REQUEST", new Select(browser.findElement(By.id("sc-category-select")))
                .getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    public void aRefusedValueShowsTheServersMessageAndStoresNothing() {
        language("en");
        open("ACME-4");
        String tables = sandbox.pluginTablesChecksum();
        browser.executeScript("document.querySelector('#sc-category-select option[value=DEFECT]').value = 'BUG';");
        new Select(browser.findElement(By.id("sc-category-select"))).selectByValue("BUG");
        browser.findElement(By.id("sc-category-save")).click();

        patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sc-category-status"),
                "The request category was not saved: Unknown request category BUG; use QUESTION, DEFECT or "
                        + "CHANGE_REQUEST."));
        assertEquals("Change request", browser.findElement(By.id("sc-category-label")).getText());
        assertEquals("Change request", sandbox.jira().issues.findByKey("ACME-4").requestCategory());
        assertEquals(tables, sandbox.pluginTablesChecksum());
        assertTrue(browser.findElement(By.id("sc-category-save")).isEnabled());
    }
}
