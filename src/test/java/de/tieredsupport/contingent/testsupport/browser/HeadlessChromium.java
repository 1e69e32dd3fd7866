package de.tieredsupport.contingent.testsupport.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.Assume;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium ({@value #BROWSER}) driven through Debian's ChromeDriver ({@value #DRIVER}), headless, with a
 * fresh profile per start; nothing is downloaded (both paths are given, so Selenium Manager is never asked).
 * Without the browser, tests are skipped on a developer machine (with one line on the console) and fail under CI
 * (environment variable CI set).
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final String BROWSER = "/usr/bin/chromium";
    public static final String DRIVER = "/usr/bin/chromedriver";
    /** Where screenshots go, for review. */
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private HeadlessChromium(int width, int height) throws IOException {
        profile = Files.createTempDirectory("chromium-profile-");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER);
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60)).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        // as root in a container, without GPU, without any traffic to the outside
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=en-US", "--force-device-scale-factor=1");
        // an alert() must stay open so that a test can see it, not be dismissed silently
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriver started;
        try {
            started = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteProfile();
            throw e;
        }
        driver = started;
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /** Whether the skip line has been printed in this JVM: one line for all browser test classes. */
    private static final AtomicBoolean SKIP_REPORTED = new AtomicBoolean();

    /**
     * Skips the calling test (JUnit assumption) when the browser is missing on a developer machine, saying so once
     * per JVM on the console; under CI the browser must be there, so the test goes on and fails loudly if it is not.
     */
    public static void assumeInstalledOrCi() {
        boolean installed = new File(BROWSER).canExecute() && new File(DRIVER).canExecute();
        if (installed || System.getenv("CI") != null) {
            return;
        }
        String reason = "Skipping browser tests: install Debian's chromium and chromium-driver (" + BROWSER + ", "
                + DRIVER + "), e.g. with .ci/setup";
        if (SKIP_REPORTED.compareAndSet(false, true)) {
            System.out.println(reason);
        }
        Assume.assumeTrue(reason, false);
    }

    public static HeadlessChromium start(int width, int height) throws IOException {
        return new HeadlessChromium(width, height);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Writes a PNG of the visible page under {@link #SCREENSHOTS}. */
    public Path screenshot(String name) {
        return write(name, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Writes a PNG of one element under {@link #SCREENSHOTS}. */
    public Path screenshot(String name, org.openqa.selenium.WebElement element) {
        return write(name, element.getScreenshotAs(OutputType.BYTES));
    }

    public static Path write(String fileName, byte[] bytes) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(fileName);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
