package de.tieredsupport.contingent.sandbox;

import org.junit.rules.ExternalResource;
import org.openqa.selenium.chrome.ChromeDriver;

import de.tieredsupport.contingent.testsupport.browser.HeadlessChromium;

/**
 * A sandbox host with demo data and a headless Chromium window for a browser test class ({@code @ClassRule}):
 * skipped where Chromium is not installed (unless on CI), both closed after the class, Chromium first.
 */
final class SandboxInChromium extends ExternalResource {

    private Sandbox sandbox;
    private HeadlessChromium chromium;

    @Override
    protected void before() throws Throwable {
        HeadlessChromium.assumeInstalledOrCi();
        sandbox = Sandbox.start(SandboxOptions.forTests());
        chromium = HeadlessChromium.start(1280, 1000);
    }

    @Override
    protected void after() {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    Sandbox sandbox() {
        return sandbox;
    }

    HeadlessChromium chromium() {
        return chromium;
    }

    ChromeDriver browser() {
        return chromium.driver();
    }
}
