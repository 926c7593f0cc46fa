package dev.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.JsonPaths;
import dev.strata.testsupport.StrataIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.graphql.client.ClientGraphQlResponse;

/**
 * The dashboard in a real headless Chromium against the running application: each view loads and shows what the
 * GraphQL API answers, a blast-radius selection draws the affected nodes with the right counts, server errors are
 * shown. Skipped where no Chromium and chromedriver exist ({@code STRATA_CHROMIUM} / {@code STRATA_CHROMEDRIVER}
 * override the Debian paths). Screenshots go to {@code src/docs/screenshots/}.
 */
@EnabledIf(
        value = "dev.strata.web.HeadlessChromium#available",
        disabledReason = "no Chromium and chromedriver (set STRATA_CHROMIUM / STRATA_CHROMEDRIVER)")
class DashboardIT extends StrataIntegrationTest {

    private static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static HeadlessChromium chromium;
    private static ChromeDriver browser;

    /** Checked before the application starts: without a browser every test is reported as skipped, with this reason. */
    @BeforeEach
    void startBrowser() throws IOException {
        if (browser == null) {
            chromium = HeadlessChromium.start();
            browser = chromium.driver();
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get("about:blank");
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
    void theRootUrlShowsTheLandscapeWithEveryLayerPlatformAndCapabilityTheApiReturns() {
        open("");
        assertThat(browser.getCurrentUrl()).endsWith(":" + port + "/");
        ClientGraphQlResponse layers = graphQl.document("{ layers { key platforms { key capabilities { key } } } }")
                .executeSync();

        assertThat(attributes("[data-layer]", "data-layer"))
                .containsExactlyInAnyOrderElementsOf(JsonPaths.strings(layers, "layers[*].key"));
        assertThat(attributes("[data-platform]", "data-platform"))
                .containsExactlyInAnyOrderElementsOf(JsonPaths.strings(layers, "layers[*].platforms[*].key"))
                .hasSize((int) count("MATCH (:Platform)-[:IN_LAYER]->(:Layer) RETURN count(*)"));
        List<String> unplaced = JsonPaths.strings(
                        graphQl.document("{ capabilities(first: 100) { nodes { key platform { key } } } }")
                                .executeSync(),
                        "capabilities.nodes[*].key")
                .stream()
                .filter(key -> !JsonPaths.strings(layers, "layers[*].platforms[*].capabilities[*].key")
                        .contains(key))
                .toList();
        assertThat(unplaced).contains("batch-job-scheduler");
        assertThat(attributes("#no-platform [data-capability]", "data-capability"))
                .containsExactlyInAnyOrderElementsOf(unplaced);
        assertThat(attributes("[data-capability]", "data-capability"))
                .containsAll(JsonPaths.strings(layers, "layers[*].platforms[*].capabilities[*].key"))
                .hasSize((int) count("MATCH (c:Capability) RETURN count(c)"));
        assertThat(text("[data-platform='ai-toolbox'] .owner"))
                .contains(graphQl.document("{ platform(key: \"ai-toolbox\") { owner { name } } }")
                        .executeSync()
                        .field("platform.owner.name")
                        .toEntity(String.class));
        screenshot("landscape");
    }

    @Test
    void theOverviewOfALargeLandscapeShowsCountsAndLoadsAPlatformsCapabilitiesOnlyWhenAsked() {
        open("landscape?overview=1");
        ClientGraphQlResponse layers = graphQl.document("{ platform(key: \"ai-toolbox\") { capabilities { key } } "
                        + "unplaced: capabilities(first: 100, filter: {withoutPlatform: true}) { nodes { key } } }")
                .executeSync();

        assertThat(browser.findElements(By.cssSelector("[data-mode='overview']")))
                .hasSize(1);
        assertThat(browser.findElements(By.cssSelector("[data-capability]"))).isEmpty();
        List<String> toolbox = JsonPaths.strings(layers, "platform.capabilities[*].key");
        assertThat(toolbox).isNotEmpty();
        WebElement expand = browser.findElement(By.cssSelector("[data-platform='ai-toolbox'] button.expand"));
        assertThat(expand.getText()).isEqualTo("Show " + toolbox.size() + " capabilities");
        expand.click();
        waitUntil(
                "the capabilities of ai-toolbox",
                () -> !attributes("[data-capability]", "data-capability").isEmpty());
        assertThat(attributes("[data-platform='ai-toolbox'] [data-capability]", "data-capability"))
                .containsExactlyElementsOf(toolbox);
        assertThat(attributes("[data-capability]", "data-capability")).hasSameSizeAs(toolbox);

        List<String> unplaced = JsonPaths.strings(layers, "unplaced.nodes[*].key");
        assertThat(unplaced).contains("batch-job-scheduler");
        browser.findElement(By.cssSelector("#no-platform button.expand")).click();
        waitUntil(
                "the capabilities without a platform",
                () -> !attributes("#no-platform [data-capability]", "data-capability")
                        .isEmpty());
        assertThat(attributes("#no-platform [data-capability]", "data-capability"))
                .containsExactlyInAnyOrderElementsOf(unplaced);
        screenshot("landscape-overview");
    }

    @Test
    void aCapabilityOpenedByKeyboardShowsItsDependenciesDependentsAndConsumers() {
        open("landscape");
        WebElement capability = browser.findElement(By.cssSelector("[data-capability='model-serving']"));
        capability.sendKeys(Keys.ENTER);
        waitUntil(
                "the details of model-serving",
                () -> text(".details h3")
                        .equals(graphQl.document("{ capability(key: \"model-serving\") { name } }")
                                .executeSync()
                                .field("capability.name")
                                .toEntity(String.class)));
        ClientGraphQlResponse details = graphQl.document(
                        "{ capability(key: \"model-serving\") { dependencies { key } dependents { key } consumptions { consumer { key } } } }")
                .executeSync();
        String panel = text(".details");
        assertThat(panel)
                .contains("Depends on ("
                        + JsonPaths.strings(details, "capability.dependencies[*].key")
                                .size() + ")")
                .contains("Needed by ("
                        + JsonPaths.strings(details, "capability.dependents[*].key")
                                .size() + ")");
        assertThat(browser.findElements(By.cssSelector(".details h4:last-of-type + ul li")))
                .hasSize(JsonPaths.strings(details, "capability.consumptions[*].consumer.key")
                        .size());
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo(text(".details h3"));
        screenshot("landscape-details");
    }

    @Test
    void aBlastRadiusSelectionDrawsEveryAffectedNodeWithTheApiTotals() {
        open("blast");
        WebElement search = browser.findElement(By.id("target-search"));
        search.sendKeys("cloud-networking", Keys.ENTER);
        waitForBlastResult();
        Map<String, Object> expected =
                blastRadius(List.of(Map.of("kind", "CAPABILITY", "key", "cloud-networking")), "FAIL");
        int total = (Integer) expected.get("totalCount");
        assertThat(total).isGreaterThan(100); // more than one page: the dashboard must page through
        assertThat(browser.findElement(By.id("cy")).getAttribute("data-nodes")).isEqualTo(String.valueOf(total));
        assertThat(((Number) js("return window.strataCy.nodes().length")).intValue())
                .isEqualTo(total);
        assertThat(((Number) js("return window.strataCy.edges().length")).intValue())
                .isEqualTo(total - 1);
        assertThat(text("[data-figure='total'] strong")).isEqualTo(String.valueOf(total));
        assertThat(text("[data-figure='tier1'] strong")).isEqualTo(String.valueOf(expected.get("tier1Consumers")));
        List<Map<String, Object>> byLayer =
                (List<Map<String, Object>>) ((Map<String, Object>) expected.get("totals")).get("byLayer");
        assertThat(rowsOf("Per layer"))
                .isEqualTo(byLayer.stream()
                        .map(l -> l.get("key") + "=" + l.get("count"))
                        .toList());
        screenshot("blast-radius");

        List<Map<String, Object>> items = (List<Map<String, Object>>) expected.get("items");
        Map<String, Object> deepest = items.stream()
                .max(Comparator.comparingInt(i -> (Integer) i.get("depth")))
                .orElseThrow();
        js("window.strataCy.getElementById(arguments[0]).emit('tap')", deepest.get("kind") + ":" + deepest.get("key"));
        List<String> path = ((List<Map<String, Object>>) deepest.get("path"))
                .stream().map(r -> (String) r.get("key")).toList();
        waitUntil(
                "the explaining path",
                () -> attributes("#explain .path li", "data-key").equals(path));
        assertThat(path).hasSize((Integer) deepest.get("depth") + 1);
        screenshot("blast-radius-path");
    }

    @Test
    void severalTargetsAndTheChangeScenarioComeFromTheUrlAndMatchTheApi() {
        open("blast?t=PLATFORM:legacy-middleware&t=TEAM:team-ml-platform&scenario=CHANGE&colour=layer");
        waitForBlastResult();
        Map<String, Object> expected = blastRadius(
                List.of(
                        Map.of("kind", "PLATFORM", "key", "legacy-middleware"),
                        Map.of("kind", "TEAM", "key", "team-ml-platform")),
                "CHANGE");
        assertThat(browser.findElement(By.id("cy")).getAttribute("data-nodes"))
                .isEqualTo(String.valueOf(expected.get("totalCount")));
        assertThat(attributes(".chips button", "aria-label"))
                .containsExactly("Remove target legacy-middleware", "Remove target team-ml-platform");
        assertThat(new Select(browser.findElement(By.id("scenario")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("CHANGE");

        browser.findElement(By.cssSelector("[aria-label='Remove target team-ml-platform']"))
                .click();
        waitUntil(
                "the blast radius of legacy-middleware alone",
                () -> String.valueOf(
                                blastRadius(List.of(Map.of("kind", "PLATFORM", "key", "legacy-middleware")), "CHANGE")
                                        .get("totalCount"))
                        .equals(browser.findElement(By.id("cy")).getAttribute("data-nodes")));
        assertThat(browser.getCurrentUrl()).doesNotContain("team-ml-platform");
    }

    @Test
    void anUnknownTargetShowsTheServersErrorMessage() {
        open("blast?t=CAPABILITY:t-no-such-capability");
        waitUntil("an error message", () -> browser.findElement(By.id("error")).isDisplayed());
        assertThat(text("#error")).contains("t-no-such-capability");
        assertThat(browser.findElement(By.id("blast-result")).getAttribute("data-state"))
                .isEqualTo("error");
        screenshot("error");
    }

    @Test
    void teamLoadRanksEveryTeamByItsIndexWithItsBandAndContributions() {
        open("load");
        ClientGraphQlResponse load = graphQl.document("{ cognitiveLoad { teamKey index band contributions { name } } }")
                .executeSync();
        List<Map<String, Object>> teams = new ArrayList<>(load.field("cognitiveLoad").toEntityList(Map.class).stream()
                .map(m -> (Map<String, Object>) m)
                .toList());
        teams.sort(Comparator.comparingDouble((Map<String, Object> t) -> ((Number) t.get("index")).doubleValue())
                .reversed());
        List<WebElement> rows = browser.findElements(By.cssSelector("#load-table > tbody > tr"));
        assertThat(rows).hasSize(teams.size());
        assertThat(rows.stream().map(r -> r.getAttribute("data-band")).toList())
                .isEqualTo(teams.stream().map(t -> t.get("band")).toList());
        assertThat(rows.stream().map(r -> r.getAttribute("data-key")).toList())
                .containsExactlyInAnyOrderElementsOf(
                        teams.stream().map(t -> (String) t.get("teamKey")).toList());
        assertThat(rows.getFirst().getAttribute("data-key")).isEqualTo("team-ml-platform");
        rows.getFirst().findElement(By.tagName("summary")).click();
        assertThat(rows.getFirst().findElements(By.cssSelector("details tbody tr")))
                .hasSize(((List<?>) teams.getFirst().get("contributions")).size());
        screenshot("team-load");
    }

    @Test
    void risksShowEveryFindingTheApiReports() {
        open("risks");
        ClientGraphQlResponse risks = graphQl.document("""
                { structuralRisks { singlePointsOfFailure(first: 100) { capabilities { capability { key } } platforms { platform { key } } }
                    unowned { node { key } } unusedCapabilities { capability { key } }
                    deprecatedInUsePage(first: 100) { nodes { consumer { key } } }
                    tierInversionPage(first: 100) { nodes { source { key } } }
                    handoverPoints(first: 100) { fromTeam { key } } ownershipAmbiguity { category } }
                  hotspots(first: 10) { node { key } } layerViolations { violations { dependent { key } } skippedLayers { dependent { key } } }
                  dependencyCycles { cycle { key } } }""").executeSync();
        Map<String, String> sections = Map.ofEntries(
                Map.entry("spof", "structuralRisks.singlePointsOfFailure.capabilities[*].capability.key"),
                Map.entry("spof-platforms", "structuralRisks.singlePointsOfFailure.platforms[*].platform.key"),
                Map.entry("hotspots", "hotspots[*].node.key"),
                Map.entry("violations", "layerViolations.violations[*].dependent.key"),
                Map.entry("skipped", "layerViolations.skippedLayers[*].dependent.key"),
                Map.entry("cycles", "dependencyCycles[*]"),
                Map.entry("unowned", "structuralRisks.unowned[*].node.key"),
                Map.entry("unused", "structuralRisks.unusedCapabilities[*].capability.key"),
                Map.entry("deprecated", "structuralRisks.deprecatedInUsePage.nodes[*].consumer.key"),
                Map.entry("inversions", "structuralRisks.tierInversionPage.nodes[*].source.key"),
                Map.entry("handovers", "structuralRisks.handoverPoints[*].fromTeam.key"),
                Map.entry("ambiguity", "structuralRisks.ownershipAmbiguity[*].category"));
        sections.forEach((section, path) -> {
            int expected = JsonPaths.strings(risks, path).size();
            assertThat(browser.findElement(By.id("risk-" + section)).getAttribute("data-rows"))
                    .as(section)
                    .isEqualTo(String.valueOf(expected));
            assertThat(browser.findElements(By.cssSelector("#risk-" + section + " tbody tr")))
                    .as(section)
                    .hasSize(expected);
        });
        assertThat(text("#risk-violations")).contains("k8s-namespaces-as-a-service", "gitops-deployments");
        assertThat(text("#risk-cycles")).contains("identity-sso", "pki-certificates", "secrets-vault");
        assertThat(attributes("#risk-unowned tbody tr", "data-key"))
                .contains("batch-job-scheduler", "legacy-middleware");
        screenshot("risks");
    }

    @Test
    void platformAdoptionListsEveryPlatformWithItsRateAndCapabilities() {
        open("adoption");
        ClientGraphQlResponse adoption = graphQl.document(
                        "{ platformAdoptions { platformKey adoptionRate } capabilityAdoptions { capabilityKey platformKey } }")
                .executeSync();
        List<String> platforms = JsonPaths.strings(adoption, "platformAdoptions[*].platformKey");
        assertThat(attributes("#adoption-table > tbody > tr", "data-key"))
                .containsExactlyInAnyOrderElementsOf(platforms);
        List<Map<String, Object>> rates = adoption.field("platformAdoptions").toEntityList(Map.class).stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
        Map<String, Object> top = rates.stream()
                .max(Comparator.comparingDouble(r -> ((Number) r.get("adoptionRate")).doubleValue()))
                .orElseThrow();
        assertThat(text("#adoption-table > tbody > tr:first-child > td strong"))
                .isEqualTo(Math.round(((Number) top.get("adoptionRate")).doubleValue() * 100) + " %");
        List<?> capabilities = adoption.field("capabilityAdoptions").toEntityList(Map.class);
        assertThat(browser.findElements(
                        By.cssSelector("#adoption-table table[data-platform] tbody tr, #unplaced-adoption tbody tr")))
                .hasSize(capabilities.size());
        screenshot("adoption");
    }

    @Test
    void theStoredTokenIsSentAsABearerHeader() {
        open("landscape");
        WebElement token = browser.findElement(By.id("token"));
        token.clear();
        token.sendKeys("t-secret-token", Keys.ENTER);
        waitForView();
        assertThat(js("return localStorage.getItem('strata.token')")).isEqualTo("t-secret-token");
        Object header = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const original = window.fetch;
                let seen = null;
                window.fetch = (url, init) => { seen = init.headers.Authorization; return original(url, init); };
                import('/api.js').then(api => api.gql('{ strataVersion }')).catch(() => null)
                    .finally(() => { window.fetch = original; done(seen); });
                """);
        js("localStorage.removeItem('strata.token')");
        assertThat(header).isEqualTo("Bearer t-secret-token");
    }

    @Test
    void everyViewFitsAPhoneWidthScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String view : List.of("landscape", "blast?t=CAPABILITY:model-serving", "load", "risks", "adoption")) {
            open(view);
            if (view.startsWith("blast")) {
                waitForBlastResult();
            }
            long overflow = ((Number)
                            js("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .longValue();
            assertThat(overflow).as(view + " scrolls sideways").isLessThanOrEqualTo(0);
            screenshot("phone-" + view.replaceAll("\\?.*", ""));
        }
    }

    /**
     * The view records when it became ready, for the figure in src/docs/dashboard.md; how fast is the benchmark's
     * concern on a quiet machine, not a test's on a shared one.
     */
    @Test
    void theFirstViewRecordsWhenItWasReady() {
        open("");
        open("risks"); // warm-up: the server's first requests pay for class loading
        browser.get("about:blank");
        open("");
        long readyAt = Long.parseLong(browser.findElement(By.id("view")).getAttribute("data-ready-at"));
        System.out.println("Dashboard first view ready after " + readyAt + " ms");
        assertThat(readyAt).isPositive();
        assertThat(browser.findElements(By.cssSelector("#view .platform"))).isNotEmpty();
    }

    private void open(String hash) {
        browser.get("http://127.0.0.1:" + port + "/" + (hash.isEmpty() ? "" : "#/" + hash));
        waitForView();
    }

    private void waitForView() {
        new WebDriverWait(browser, WAIT).until(d -> {
            String state = d.findElement(By.id("view")).getAttribute("data-state");
            return "ready".equals(state) || "error".equals(state) ? state : null;
        });
    }

    private void waitForBlastResult() {
        new WebDriverWait(browser, WAIT).until(d -> {
            String state = d.findElement(By.id("blast-result")).getAttribute("data-state");
            return "ready".equals(state) || "error".equals(state) ? state : null;
        });
        assertThat(browser.findElement(By.id("blast-result")).getAttribute("data-state"))
                .as(text("#error"))
                .isEqualTo("ready");
    }

    private void waitUntil(String what, BooleanSupplier condition) {
        new WebDriverWait(browser, WAIT).withMessage("waiting for " + what).until(d -> condition.getAsBoolean());
    }

    private Map<String, Object> blastRadius(List<Map<String, String>> targets, String scenario) {
        List<Object> items = new ArrayList<>();
        Map<String, Object> first = null;
        String after = null;
        do {
            ClientGraphQlResponse page = graphQl.document("""
                    query($input: BlastRadiusInput!) { blastRadius(input: $input) { totalCount tier1Consumers
                      totals { byLayer { key count } } items { kind key depth path { key } } pageInfo { hasNextPage endCursor } } }""")
                    .variable(
                            "input",
                            Map.of(
                                    "targets",
                                    targets,
                                    "scenario",
                                    scenario,
                                    "first",
                                    100,
                                    "after",
                                    after == null ? "" : after))
                    .executeSync();
            Map<String, Object> radius = page.field("blastRadius").toEntity(Map.class);
            first = first == null ? radius : first;
            items.addAll((List<?>) radius.get("items"));
            Map<String, Object> pageInfo = (Map<String, Object>) radius.get("pageInfo");
            after = Boolean.TRUE.equals(pageInfo.get("hasNextPage")) ? (String) pageInfo.get("endCursor") : null;
        } while (after != null);
        first.put("items", items);
        return first;
    }

    private List<String> rowsOf(String caption) {
        return browser.findElements(By.xpath("//table[caption='" + caption + "']/tbody/tr")).stream()
                .map(r -> r.getAttribute("data-key") + "="
                        + r.findElement(By.tagName("td")).getText())
                .toList();
    }

    private List<String> attributes(String css, String attribute) {
        return browser.findElements(By.cssSelector(css)).stream()
                .map(e -> e.getAttribute(attribute))
                .toList();
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
