package dev.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium against the running application (demo landscape): opening views,
 * waiting for them, reading what they drew, screenshots into {@code src/docs/screenshots/}. After every test the
 * browser's console must hold no error (a failed script, an uncaught exception, a resource that did not load),
 * unless the test expects one and says so with {@link #expectConsoleErrors()}. Skipped where no Chromium and
 * chromedriver exist ({@code STRATA_CHROMIUM} / {@code STRATA_CHROMEDRIVER} override the Debian paths).
 */
@EnabledIf(
        value = "dev.strata.web.HeadlessChromium#available",
        disabledReason = "no Chromium and chromedriver (set STRATA_CHROMIUM / STRATA_CHROMEDRIVER)")
abstract class DashboardBrowserTest extends StrataIntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    private static HeadlessChromium chromium;
    static ChromeDriver browser;

    private boolean consoleErrorsExpected;

    @BeforeEach
    void startBrowser() throws IOException {
        if (browser == null) {
            chromium = HeadlessChromium.start();
            browser = chromium.driver();
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get("about:blank");
        browser.manage().logs().get(LogType.BROWSER); // drop what earlier tests left
        consoleErrorsExpected = false;
    }

    @AfterEach
    void noConsoleErrors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
        if (!consoleErrorsExpected) {
            assertThat(errors).as("errors in the browser console").isEmpty();
        }
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.stop();
            chromium = null;
            browser = null;
        }
    }

    void expectConsoleErrors() {
        consoleErrorsExpected = true;
    }

    void open(String hash) {
        browser.get("http://127.0.0.1:" + port + "/" + (hash.isEmpty() ? "" : "#/" + hash));
        waitForView();
    }

    void waitForView() {
        new WebDriverWait(browser, WAIT).until(d -> {
            String state = d.findElement(By.id("view")).getAttribute("data-state");
            return "ready".equals(state) || "error".equals(state) ? state : null;
        });
        assertThat(browser.findElement(By.id("view")).getAttribute("data-state"))
                .as(browser.findElement(By.id("error")).getText())
                .isEqualTo("ready");
    }

    void waitUntil(String what, BooleanSupplier condition) {
        new WebDriverWait(browser, WAIT).withMessage("waiting for " + what).until(d -> condition.getAsBoolean());
    }

    List<String> attributes(String css, String attribute) {
        return browser.findElements(By.cssSelector(css)).stream()
                .map(e -> e.getAttribute(attribute))
                .toList();
    }

    String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** The series of the ECharts chart in the element with this id: series id → its values (numbers or null). */
    @SuppressWarnings("unchecked")
    Map<String, List<Object>> chartSeries(String id) {
        waitUntil(
                "the chart " + id,
                () -> "true".equals(browser.findElement(By.id(id)).getAttribute("data-ready")));
        return (Map<String, List<Object>>) js("""
                const option = echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption();
                return Object.fromEntries(option.series.map(s => [s.id,
                    s.data.map(d => d !== null && typeof d === 'object' ? d.value : d)]));
                """, id);
    }

    /** The category labels of the chart's category axis ('x' or 'y'). */
    @SuppressWarnings("unchecked")
    List<String> chartCategories(String id, String axis) {
        return (List<String>) js(
                "return echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption()[arguments[1] + 'Axis'][0].data",
                id,
                axis);
    }

    void screenshot(String name) {
        Path screenshots = HeadlessChromium.SCREENSHOTS;
        try {
            Files.createDirectories(screenshots);
            Files.copy(
                    browser.getScreenshotAs(OutputType.FILE).toPath(),
                    screenshots.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
