package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeLogin;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.testsupport.browser.HeadlessChromium;

/**
 * The screens of a customer whose every text is an injection attempt ({@link HostileContent}) in headless Chromium:
 * billing report, issue pages with the panel, contract settings, dashboard item (its DOM is built by the item's
 * script from the REST API) and the mail outbox. On each, after the page and its scripts have run: no dialog opened
 * and no {@code alert}, {@code confirm} or {@code prompt} was called, no element an injection would create exists
 * (class {@value HostileContent#INJECTED_CLASS}, an {@code <xss>} tag, a script or event handler calling
 * {@code alert}, a {@code javascript:} URL), and the hostile texts are visible as text.
 */
public class SandboxInjectionBrowserIT {

    /** Records calls of the dialog functions before any page script runs. */
    private static final String RECORD_DIALOGS = "window.__dialogs = [];"
            + "['alert', 'confirm', 'prompt'].forEach(function (name) {"
            + "  window[name] = function (message) { window.__dialogs.push(name + ': ' + message); };"
            + "});";

    /** Everything in the current document an injection could have made. */
    private static final String FIND_INJECTED = "var found = [];"
            + "document.querySelectorAll('." + HostileContent.INJECTED_CLASS + ", xss').forEach(function (e) {"
            + "  found.push('element ' + e.outerHTML.slice(0, 100)); });"
            + "Array.from(document.scripts).forEach(function (s) {"
            + "  if (/alert\\(\\d+\\)/.test(s.textContent)) { found.push('script ' + s.textContent.slice(0, 100)); } });"
            + "document.querySelectorAll('*').forEach(function (e) {"
            + "  for (var i = 0; i < e.attributes.length; i++) { var a = e.attributes[i];"
            + "    if (/^on/i.test(a.name) && /alert/.test(a.value)) { found.push('handler ' + a.name + '=' + a.value); }"
            + "    if (/^(href|src|action|formaction)$/i.test(a.name) && /^\\s*javascript:/i.test(a.value)) {"
            + "      found.push('url ' + a.value); } } });"
            + "return found.concat(window.__dialogs || []);";

    @ClassRule
    public static final SandboxInChromium HOST = new SandboxInChromium();

    private static Sandbox sandbox;
    private static HeadlessChromium chromium;
    private static ChromeDriver browser;
    private static YearMonth current;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = HOST.sandbox();
        HostileContent.seed(sandbox);
        chromium = HOST.chromium();
        browser = HOST.browser();
        current = YearMonth.now(FakeJira.USER_ZONE);
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_DIALOGS));
        browser.get(sandbox.baseUrl() + "/sandbox/mail");
        browser.manage().addCookie(new Cookie.Builder(FakeLogin.COOKIE, FakeUsers.ADMIN)
                .path(SandboxOptions.CONTEXT_PATH).build());
        browser.manage().addCookie(new Cookie.Builder(FakeLogin.LANGUAGE_COOKIE, "en")
                .path(SandboxOptions.CONTEXT_PATH).build());
    }

    @Test
    public void noScreenRunsOrBuildsInjectedMarkup() {
        Map<String, Screen> screens = new LinkedHashMap<>();
        screens.put("report, closed month", new Screen(HostileContent.reportPath(current.minusMonths(1)),
                "sc-billing-report", List.of(HostileContent.PROJECT_NAME, HostileContent.SUMMARIES.get(0),
                        HostileContent.SUMMARIES.get(1), HostileContent.SUMMARIES.get(2),
                        HostileContent.SUMMARIES.get(3), HostileContent.SUMMARIES.get(9), HostileContent.MANAGER_KEY)));
        screens.put("report, current month", new Screen(HostileContent.reportPath(current), "sc-billing-report",
                List.of(HostileContent.PROJECT_NAME, HostileContent.SUMMARIES.get(0))));
        screens.put("issue page XSS-1", new Screen("/browse/XSS-1", "sc-contingent-panel",
                List.of(HostileContent.SUMMARIES.get(0))));
        screens.put("issue page XSS-2", new Screen("/browse/XSS-2", "sc-contingent-panel",
                List.of(HostileContent.SUMMARIES.get(1))));
        screens.put("issue page XSS-4", new Screen("/browse/XSS-4", "sc-contingent-panel",
                List.of(HostileContent.SUMMARIES.get(3))));
        screens.put("contract settings", new Screen(HostileContent.settingsPath(), "sc-settings",
                List.of(HostileContent.PROJECT_NAME, HostileContent.TOP_UP_REASON, HostileContent.SUSPENSION_REASON,
                        HostileContent.RECIPIENT, HostileContent.MANAGER_KEY)));
        screens.put("dashboard item, one contract", new Screen(HostileContent.dashboardPath(current), null,
                List.of(HostileContent.PROJECT_NAME, HostileContent.TOP_UP_REASON,
                        HostileContent.SUSPENSION_REASON)));
        screens.put("dashboard item, all contracts", new Screen("/secure/Dashboard.jspa", null,
                List.of(HostileContent.PROJECT_NAME)));
        screens.put("mail outbox", new Screen("/sandbox/mail", null, List.of(HostileContent.PROJECT_NAME)));

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Screen> entry : screens.entrySet()) {
            Screen screen = entry.getValue();
            browser.get(sandbox.baseUrl() + screen.path());
            if (screen.elementId() != null) {
                waitFor(() -> !browser.findElements(By.id(screen.elementId())).isEmpty());
            }
            // scripts of the page (the dashboard item, the settings page) have filled it in when the texts show
            boolean shown = waitFor(() -> screen.texts().stream().allMatch(t -> bodyText().contains(t)));
            if (!shown) {
                wrong.add(entry.getKey() + ": not every hostile text is shown as text "
                        + screen.texts().stream().filter(t -> !bodyText().contains(t)).toList());
            }
            // give onerror and onload handlers of anything injected time to fire
            sleep(300);
            wrong.addAll(findInjected(entry.getKey()));
            for (WebElement frame : browser.findElements(By.tagName("iframe"))) {
                browser.switchTo().frame(frame);
                try {
                    wrong.addAll(findInjected(entry.getKey() + ", mail body"));
                } finally {
                    browser.switchTo().defaultContent();
                }
            }
            noDialog(entry.getKey());
            chromium.screenshot("injection-" + entry.getKey().replaceAll("[^a-z0-9]+", "-") + ".png");
        }
        assertEquals(String.join("\n", wrong), List.of(), wrong);
    }

    @Test
    public void injectedMarkupWouldBeFound() {
        // the check itself: a page that does run an injection is caught
        browser.get(sandbox.baseUrl() + "/sandbox/mail");
        browser.executeScript("document.body.insertAdjacentHTML('beforeend', arguments[0]);",
                "<img src=x onerror=alert(9) class=" + HostileContent.INJECTED_CLASS + ">");
        sleep(300);
        List<String> found = findInjected("probe");
        assertTrue(found.toString(), found.stream().anyMatch(f -> f.contains("element")));
        assertTrue(found.toString(), found.stream().anyMatch(f -> f.contains("alert: 9")));
    }

    private record Screen(String path, String elementId, List<String> texts) {
    }

    @SuppressWarnings("unchecked")
    private static List<String> findInjected(String screen) {
        List<String> found = new ArrayList<>();
        for (Object item : (List<Object>) browser.executeScript(FIND_INJECTED)) {
            found.add(screen + ": " + item);
        }
        return found;
    }

    /** The visible text of the page and of its frames (the outbox shows each mail's HTML in one). */
    private static String bodyText() {
        StringBuilder text = new StringBuilder(browser.findElement(By.tagName("body")).getText());
        for (WebElement frame : browser.findElements(By.tagName("iframe"))) {
            browser.switchTo().frame(frame);
            try {
                text.append('\n').append(browser.findElement(By.tagName("body")).getText());
            } finally {
                browser.switchTo().defaultContent();
            }
        }
        return text.toString();
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    private static void noDialog(String screen) {
        try {
            String text = browser.switchTo().alert().getText();
            browser.switchTo().alert().dismiss();
            fail(screen + ": a dialog opened: " + text);
        } catch (NoAlertPresentException expected) {
            // no dialog
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
