package org.anxin;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium, headless, for the browser tests: offline (every host but localhost fails to resolve at once,
 * so the quick exit's outside site never blocks), with a fresh profile that is deleted afterwards.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** How often a wait looks again: Selenium's default, half a second, is most of what a test waits for a reply. */
    private static final Duration POLL = Duration.ofMillis(100);

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the test class where Chromium is missing, except on CI, where its absence is a failure. */
    public static void requirePresent() {
        boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        String hint = "Chromium not installed: apt-get install -y chromium chromium-driver";
        if (!present && "true".equals(System.getenv("CI"))) {
            fail(hint);
        }
        Assumptions.assumeTrue(present, hint);
        // Never let Selenium Manager look for, download or report anything: both binaries are given.
        System.setProperty("SE_AVOID_STATS", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    }

    /** A browser window of this size, such as {@code 390,844} for a phone. */
    public static HeadlessChromium start(String windowSize) {
        try {
            Path profile = Files.createTempDirectory("anxin-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=" + windowSize, "--user-data-dir=" + profile.toAbsolutePath(),
                    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
            // Pages fetch their content after load, and tests wait for it; a navigation to an unreachable site must
            // not block every later command.
            options.setPageLoadStrategy(PageLoadStrategy.EAGER);
            ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build(), options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
            return new HeadlessChromium(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** A wait of at most {@code timeout} that looks again every 100 ms. */
    public WebDriverWait waitAtMost(Duration timeout) {
        return new WebDriverWait(driver, timeout, POLL);
    }

    @Override
    public void close() {
        driver.quit();
        try {
            FileSystemUtils.deleteRecursively(profile);
        } catch (IOException e) {
            // a leftover temp profile is harmless
        }
    }
}
