package dev.strata.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, with a fresh profile, for the browser tests. The flags keep it off the network: every
 * host name but 127.0.0.1 fails to resolve, so a page that needs anything from the internet (a CDN) fails visibly
 * instead of passing here and failing offline. They also fit a root sandbox.
 */
public final class HeadlessChromium {

    /** The browser tests regenerate the documentation's screenshots (README, src/docs/) on every run. */
    public static final Path SCREENSHOTS = Path.of("src", "docs", "screenshots");

    private static final Path CHROMIUM =
            Path.of(Optional.ofNullable(System.getenv("STRATA_CHROMIUM")).orElse("/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(Optional.ofNullable(System.getenv("STRATA_CHROMEDRIVER")).orElse("/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** For {@code @EnabledIf("dev.strata.web.HeadlessChromium#available")}: the tests skip without a browser. */
    public static boolean available() {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!available) {
            System.out.println(
                    "No Chromium at " + CHROMIUM + " with chromedriver at " + CHROMEDRIVER + ": browser tests skipped");
        }
        return available;
    }

    public static HeadlessChromium start() throws IOException {
        Path profile = Files.createTempDirectory("strata-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage",
                        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                        "--user-data-dir=" + profile);
        // the browser console, for the tests' check that no view logs an error
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void stop() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
