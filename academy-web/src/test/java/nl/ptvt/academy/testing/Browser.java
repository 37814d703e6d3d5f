package nl.ptvt.academy.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages, driven without Selenium Manager (nothing is downloaded: this
 * machine has no internet). A missing browser is a clear failure, not a skipped test.
 */
public final class Browser {

    static final File CHROMIUM = new File(System.getProperty("academy.chromium", "/usr/bin/chromium"));
    static final File CHROMEDRIVER = new File(System.getProperty("academy.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** Keeps a picture of the last page of a journey (for people reading a failed build), then closes the browser. */
    public static void closeWithScreenshot(ChromeDriver browser, String journey) throws IOException {
        if (browser == null) {
            return;
        }
        try {
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", "journeys", journey + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.quit();
        }
    }

    public static ChromeDriver start() {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian: apt-get install chromium chromium-driver)");
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,900", "--lang=nl-NL",
                    "--user-data-dir=" + Files.createTempDirectory("academy-chromium"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
