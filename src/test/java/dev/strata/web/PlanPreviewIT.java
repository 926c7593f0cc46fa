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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard's plan preview in a real headless Chromium (same browser setup and skip rule as {@link DashboardIT}):
 * pasted landscape files are planned through {@code planLandscape}, the diff or the problems are shown, nothing is
 * written, and without a token the server's authentication message is shown.
 */
@EnabledIf(
        value = "dev.strata.web.HeadlessChromium#available",
        disabledReason = "no Chromium and chromedriver (set STRATA_CHROMIUM / STRATA_CHROMEDRIVER)")
class PlanPreviewIT extends StrataIntegrationTest {

    private static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** A new capability that depends on a demo capability and that nothing consumes. */
    private static final String NEW_CAPABILITY = """
            apiVersion: strata.dev/v1
            kind: Capability
            metadata:
              key: t-plan-feature-store
              title: Plan preview feature store
            spec:
              lifecycle: BETA
              tier: 3
              dependsOn:
              - model-serving
            """;

    /** Line 7 holds a lifecycle the format does not know. */
    private static final String BROKEN = """
            apiVersion: strata.dev/v1
            kind: Capability
            metadata:
              key: t-plan-broken
              title: Broken
            spec:
              lifecycle: SOMETIMES
              tier: 3
            """;

    private static HeadlessChromium chromium;
    private static ChromeDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        if (browser == null) {
            chromium = HeadlessChromium.start();
            browser = chromium.driver();
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get("about:blank");
    }

    @AfterEach
    void forgetToken() {
        if (browser.getCurrentUrl().startsWith("http")) {
            js("localStorage.removeItem('strata.token')");
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

    @Test
    void aPastedFileShowsTheAddedCapabilityAndItsDependencyAndWritesNothing() throws IOException {
        String before = fingerprint();
        openWithToken(ADMIN_TOKEN);
        assertThat(browser.findElements(By.id("plan-token-notice"))).isEmpty();
        paste(1, "t/feature-store.yaml", NEW_CAPABILITY);
        plan("ready");

        List<WebElement> nodes = browser.findElements(By.cssSelector("#plan-nodes tbody tr[data-key]"));
        assertThat(nodes)
                .extracting(r -> r.getAttribute("data-key") + " " + r.getAttribute("data-action"))
                .containsExactly("CAPABILITY:t-plan-feature-store ADD");
        assertThat(nodes.getFirst().getText()).contains("t/feature-store.yaml", "lifecycle", "BETA");
        assertThat(browser.findElements(By.cssSelector("#plan-edges tbody tr[data-key]")))
                .extracting(r -> r.getAttribute("data-key") + " " + r.getAttribute("data-action"))
                .containsExactly("CAPABILITY:t-plan-feature-store-DEPENDS_ON->CAPABILITY:model-serving ADD");
        assertThat(text("[data-figure='nodes'] strong")).isEqualTo("1 / 0 / 0");
        assertThat(text("#plan-policy")).contains("holds");
        assertThat(text("#view")).doesNotContain("null", "undefined");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("plan-result");
        screenshot("plan");
        Files.createDirectories(Path.of("src", "docs", "screenshots"));
        Files.copy(
                SCREENSHOTS.resolve("plan.png"),
                Path.of("src", "docs", "screenshots", "plan.png"),
                StandardCopyOption.REPLACE_EXISTING);

        assertThat(fingerprint()).isEqualTo(before);
        assertThat(count("MATCH (c:Capability {key: 't-plan-feature-store'}) RETURN count(c)"))
                .isZero();

        browser.manage().window().setSize(new Dimension(390, 844));
        long overflow = ((Number)
                        js("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .longValue();
        assertThat(overflow)
                .as("the plan preview scrolls sideways at phone width")
                .isLessThanOrEqualTo(0);
        screenshot("phone-plan");
    }

    @Test
    void aFileWithAProblemShowsItWithItsFileAndLine() {
        Map<String, Object> expected = graphQl.document("""
                mutation($input: ChangeLandscapeInput!) { planLandscape(input: $input) { errors { file line field message } } }""")
                .variable("input", Map.of("files", List.of(Map.of("path", "t/broken.yaml", "content", BROKEN))))
                .executeSync()
                .field("planLandscape.errors[0]")
                .toEntity(Map.class);
        assertThat(expected.get("line")).isEqualTo(7);

        openWithToken(ADMIN_TOKEN);
        browser.findElement(By.id("plan-add-file")).click();
        paste(1, "t/ok.yaml", NEW_CAPABILITY);
        paste(2, "t/broken.yaml", BROKEN);
        plan("problems");

        List<WebElement> problems = browser.findElements(By.cssSelector("#plan-problems tbody tr"));
        assertThat(problems).extracting(r -> r.getAttribute("data-key")).containsExactly("t/broken.yaml:7");
        assertThat(problems.getFirst().getText())
                .contains("t/broken.yaml:7", (String) expected.get("field"), (String) expected.get("message"));
        assertThat(browser.findElements(By.id("plan-nodes"))).isEmpty();
        screenshot("plan-problems");
    }

    @Test
    void withoutATokenTheServersAuthenticationMessageIsShown() {
        open();
        js("localStorage.removeItem('strata.token')");
        browser.navigate().refresh();
        waitForView();
        assertThat(text("#plan-token-notice")).contains("editor or admin token");
        paste(1, "t/feature-store.yaml", NEW_CAPABILITY);
        plan("error");

        assertThat(text("#plan-auth")).contains("Planning needs an editor (or admin) token", "authentication required");
        assertThat(browser.findElement(By.id("plan-auth")).getAttribute("role")).isEqualTo("alert");
        screenshot("plan-no-token");
    }

    private void openWithToken(String token) {
        open();
        js("localStorage.setItem('strata.token', arguments[0])", token);
        browser.navigate().refresh();
        waitForView();
    }

    private void open() {
        browser.get("http://127.0.0.1:" + port + "/#/plan");
        waitForView();
    }

    /** Types into the n-th file entry, as a person would (keyboard only). */
    private void paste(int n, String path, String yaml) {
        List<WebElement> entries = browser.findElements(By.cssSelector(".plan-file"));
        WebElement entry = entries.get(n - 1);
        WebElement name = entry.findElement(By.cssSelector(".plan-path"));
        name.clear();
        name.sendKeys(path);
        entry.findElement(By.cssSelector(".plan-content")).sendKeys(yaml);
        assertThat(entry.findElement(By.cssSelector(".plan-content")).getAttribute("value"))
                .isEqualTo(yaml);
    }

    private void plan(String expectedState) {
        js("document.getElementById('plan-result').dataset.state = ''");
        browser.findElement(By.id("plan-submit")).click();
        String state = new WebDriverWait(browser, WAIT).until(d -> {
            String s = d.findElement(By.id("plan-result")).getAttribute("data-state");
            return List.of("ready", "problems", "error").contains(s) ? s : null;
        });
        assertThat(state).as(text("#plan-result") + " " + text("#error")).isEqualTo(expectedState);
    }

    private void waitForView() {
        new WebDriverWait(browser, WAIT)
                .until(d -> "ready".equals(d.findElement(By.id("view")).getAttribute("data-state"))
                        && "plan".equals(d.findElement(By.id("view")).getAttribute("data-view")));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(
                    browser.getScreenshotAs(OutputType.FILE).toPath(),
                    SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
