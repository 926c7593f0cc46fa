package dev.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opt-in: the dashboard against a running Strata holding a large landscape (e.g. a generated M landscape applied to
 * it), given by {@code STRATA_DASHBOARD_URL} (environment) or {@code -Dstrata.dashboard.url}. Every view is opened
 * fresh and by switching to it inside the app; what it drew is checked against the same server's GraphQL answers, and
 * the time until the view had its data is printed (a figure for src/docs/dashboard.md, not an assertion: timings
 * belong to measurements on a quiet machine). Skipped without the URL, so CI does not need an M landscape.
 *
 * <pre>
 * STRATA_DASHBOARD_URL=http://127.0.0.1:18511 mvn verify -Dtest=none -Dit.test=DashboardScaleIT \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@EnabledIf(value = "dev.strata.web.DashboardScaleIT#configured", disabledReason = "STRATA_DASHBOARD_URL not set")
class DashboardScaleIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static HeadlessChromium chromium;
    private static ChromeDriver browser;
    private static String url;

    static boolean configured() {
        return HeadlessChromium.available() && url().isPresent();
    }

    private static Optional<String> url() {
        return Optional.ofNullable(System.getProperty("strata.dashboard.url"))
                .or(() -> Optional.ofNullable(System.getenv("STRATA_DASHBOARD_URL")))
                .filter(u -> !u.isBlank());
    }

    @BeforeAll
    static void start() throws IOException {
        url = url().orElseThrow().replaceAll("/$", "");
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterAll
    static void stop() throws IOException {
        chromium.stop();
    }

    @Test
    void theMapIsAggregatedAndDrawsExactlyTheDependenciesBetweenTheBoxesShown() throws Exception {
        long fresh = openFresh("landscape");
        long switched = switchTo("landscape");
        assertThat(browser.findElements(By.cssSelector("[data-mode='overview']")))
                .hasSize(1);
        List<String> shown = attributes("[data-platform]", "data-platform");
        assertThat(shown.size())
                .isLessThanOrEqualTo(
                        8 * browser.findElements(By.cssSelector("[data-layer]")).size());
        assertThat(browser.findElements(By.cssSelector("[data-more]"))).isNotEmpty();
        JsonNode edges = graphQl(
                "query($among: [ID!]) { platformDependencies(first: 1000, among: $among) { dependencies { from { key } to { key } weight } } }",
                Map.of("among", shown));
        List<String> expected = new ArrayList<>();
        edges.at("/platformDependencies/dependencies")
                .forEach(d -> expected.add(d.at("/from/key").asString() + "->"
                        + d.at("/to/key").asString() + "=" + d.get("weight").asInt()));
        assertThat(browser.findElements(By.cssSelector("svg.edges g.edge")).stream()
                        .map(g -> g.getAttribute("data-from") + "->" + g.getAttribute("data-to") + "="
                                + g.getAttribute("data-weight"))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        report("landscape", fresh, switched, shown.size() + " boxes, " + expected.size() + " arrows");
    }

    @Test
    void risksAreRankedBySeverity() throws Exception {
        long fresh = openFresh("risks");
        long switched = switchTo("risks");
        List<String> order = List.of("critical", "high", "medium", "low");
        List<String> severities = attributes("#risk-ranking > li", "data-severity");
        assertThat(severities).isNotEmpty().isSortedAccordingTo(Comparator.comparingInt(order::indexOf));
        JsonNode counts = graphQl(
                "{ structuralRisks { unownedCount unusedCapabilityCount(planned: false) } layerViolations { violationCount } }",
                Map.of());
        assertThat(tile("unowned"))
                .isEqualTo(counts.at("/structuralRisks/unownedCount").asInt());
        assertThat(tile("unused"))
                .isEqualTo(counts.at("/structuralRisks/unusedCapabilityCount").asInt());
        assertThat(tile("violation"))
                .isEqualTo(counts.at("/layerViolations/violationCount").asInt());
        report(
                "risks",
                fresh,
                switched,
                browser.findElement(By.id("risk-ranking")).getAttribute("data-total") + " findings counted, "
                        + browser.findElement(By.id("risk-ranking")).getAttribute("data-count") + " loaded");
    }

    private static int tile(String kind) {
        return Integer.parseInt(browser.findElement(By.cssSelector(".tiles button[data-kind='" + kind + "']"))
                .getAttribute("data-count"));
    }

    @Test
    void theTeamLoadHistogramCountsEveryTeam() throws Exception {
        long fresh = openFresh("load");
        long switched = switchTo("load");
        int teams = graphQl("{ teams(first: 1) { totalCount } }", Map.of())
                .at("/teams/totalCount")
                .asInt();
        waitFor(() -> "true".equals(browser.findElement(By.id("load-chart")).getAttribute("data-ready")));
        Number sum = (Number) js("""
                return echarts.getInstanceByDom(document.getElementById('load-chart')).getOption().series[0].data
                    .reduce((s, d) => s + d.value, 0);""");
        assertThat(sum.intValue()).isEqualTo(teams);
        // the rows are a window of the ranking: the first 200 now, every team after "Show all"
        List<String> ranking = new ArrayList<>();
        graphQl("{ cognitiveLoad { team { key } } }", Map.of())
                .at("/cognitiveLoad")
                .forEach(t -> ranking.add(t.at("/team/key").asString()));
        assertThat(ranking).hasSize(teams);
        assertThat(attributes("#load-table > tbody > tr", "data-key"))
                .containsExactlyElementsOf(ranking.subList(0, 200));
        report("load", fresh, switched, teams + " teams in the histogram, 200 rows");
        long before = ((Number) js("return performance.now()")).longValue();
        browser.findElement(By.cssSelector("button.more-rows")).click();
        waitFor(() -> browser.findElements(By.cssSelector("button.more-rows")).isEmpty());
        long all = ((Number) js("return performance.now()")).longValue() - before;
        assertThat(attributes("#load-table > tbody > tr", "data-key")).containsExactlyElementsOf(ranking);
        System.out.printf("M dashboard: team load, all %d rows after Show all in %d ms%n", teams, all);
    }

    @Test
    void adoptionDrawsItsCharts() throws Exception {
        long fresh = openFresh("adoption");
        long switched = switchTo("adoption");
        waitFor(() -> "true".equals(browser.findElement(By.id("slo-chart")).getAttribute("data-ready")));
        // checked against the whole unwindowed list: the view asks for windows of it
        JsonNode all = graphQl(
                "{ platformAdoptions { platform { key name } capabilitiesWithSlo capabilitiesMeetingSlo } }", Map.of());
        List<JsonNode> platforms = new ArrayList<>();
        all.at("/platformAdoptions").forEach(platforms::add);
        assertThat(attributes("#adoption-table > tbody > tr", "data-key"))
                .containsExactlyElementsOf(platforms.subList(0, 200).stream()
                        .map(p -> p.at("/platform/key").asString())
                        .toList());
        assertThat(
                        (List<Object>)
                                js(
                                        "return echarts.getInstanceByDom(document.getElementById('adoption-chart')).getOption().series.map(s => s.id)"))
                .containsExactlyElementsOf(platforms.subList(0, 8).stream()
                        .map(p -> (Object) p.at("/platform/key").asString())
                        .toList());
        List<String> lowestSlo = platforms.stream()
                .filter(p -> p.get("capabilitiesWithSlo").asInt() > 0)
                .sorted(Comparator.comparingDouble((JsonNode p) ->
                                (double) p.get("capabilitiesMeetingSlo").asInt()
                                        / p.get("capabilitiesWithSlo").asInt())
                        .thenComparing(p -> p.at("/platform/key").asString()))
                .limit(20)
                .map(p -> p.at("/platform/name").asString())
                .toList()
                .reversed();
        assertThat(
                        (List<Object>)
                                js(
                                        "return echarts.getInstanceByDom(document.getElementById('slo-chart')).getOption().yAxis[0].data"))
                .containsExactlyElementsOf(lowestSlo);
        report("adoption", fresh, switched, "2 charts, 200 of " + platforms.size() + " platforms");
        long before = ((Number) js("return performance.now()")).longValue();
        browser.findElement(By.cssSelector("button.more-rows")).click();
        waitFor(() -> browser.findElements(By.cssSelector("button.more-rows")).isEmpty());
        long rest = ((Number) js("return performance.now()")).longValue() - before;
        assertThat(browser.findElements(By.cssSelector("#adoption-table > tbody > tr")))
                .hasSize(platforms.size());
        System.out.printf("M dashboard: adoption, all %d rows after Show all in %d ms%n", platforms.size(), rest);
    }

    @Test
    void theBlastRadiusOfTheTopHotspotIsDrawnGroupedWithoutOverlappingLabels() {
        long fresh = openFresh("blast");
        long switched = switchTo("blast");
        report("blast (start: hotspots)", fresh, switched, "");
        long before = ((Number) js("return performance.now()")).longValue();
        browser.findElement(By.cssSelector("#blast-start li:first-child button"))
                .click();
        waitFor(() -> "ready".equals(browser.findElement(By.id("blast-result")).getAttribute("data-state")));
        long drawn = ((Number) js("return performance.now()")).longValue() - before;
        WebElement graph = browser.findElement(By.id("cy"));
        assertThat(graph.getAttribute("data-grouping")).isIn("platform", "team");
        assertThat(((Number) js("""
                        const boxes = window.strataCy.nodes('.item').map(n => n.boundingBox({ includeNodes: false, includeLabels: true }));
                        let overlaps = 0;
                        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                          const a = boxes[i], b = boxes[j];
                          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
                        }
                        return overlaps;""")).intValue()).isZero();
        System.out.printf(
                "M dashboard: blast radius of the top hotspot (%s affected, %s drawn as %s nodes grouped by %s) ready after %d ms%n",
                text("[data-figure='total'] strong"),
                attributes("[data-figure='drawn'] strong", "textContent"),
                graph.getAttribute("data-nodes"),
                graph.getAttribute("data-grouping"),
                drawn);
    }

    private long openFresh(String view) {
        browser.get("about:blank");
        browser.get(url + "/#/" + view);
        waitForView();
        return Long.parseLong(browser.findElement(By.id("view")).getAttribute("data-ready-at"));
    }

    /** Time from changing the hash to the view being ready, inside the already loaded app. */
    private long switchTo(String view) {
        js("location.hash = '#/plan'");
        waitForView();
        long before =
                ((Number) js("const t = performance.now(); location.hash = '#/" + view + "'; return t;")).longValue();
        waitForView();
        return Long.parseLong(browser.findElement(By.id("view")).getAttribute("data-ready-at")) - before;
    }

    private void waitForView() {
        waitFor(() -> {
            String state = browser.findElement(By.id("view")).getAttribute("data-state");
            return "ready".equals(state) || "error".equals(state);
        });
        assertThat(browser.findElement(By.id("view")).getAttribute("data-state"))
                .as(browser.findElement(By.id("error")).getText())
                .isEqualTo("ready");
    }

    private static void report(String view, long fresh, long switched, String what) {
        System.out.printf(
                "M dashboard: %s ready %d ms after a fresh page load, %d ms after switching to it (%s)%n",
                view, fresh, switched, what);
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, WAIT).until(d -> condition.getAsBoolean());
    }

    private List<String> attributes(String css, String attribute) {
        return browser.findElements(By.cssSelector(css)).stream()
                .map(e -> e.getAttribute(attribute))
                .toList();
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /**
     * The server's answer; a BUSY refusal (the heavy-work slots taken, e.g. by the view's own requests a moment ago)
     * is retried after the delay it names, as a client should.
     */
    private JsonNode graphQl(String query, Map<String, Object> variables) throws Exception {
        for (int attempt = 1; ; attempt++) {
            JsonNode busy = null;
            HttpResponse<String> response = send(query, variables);
            JsonNode body = JSON.readTree(response.body());
            for (JsonNode error : body.path("errors")) {
                if ("BUSY".equals(error.at("/extensions/classification").asString(""))) {
                    busy = error;
                }
            }
            if (busy == null || attempt == 5) {
                assertThat(body.path("errors").isMissingNode()
                                || body.path("errors").isEmpty())
                        .as(response.body())
                        .isTrue();
                return body.get("data");
            }
            Thread.sleep(
                    1000L * Math.max(1, busy.at("/extensions/retryAfterSeconds").asInt(1)));
        }
    }

    private HttpResponse<String> send(String query, Map<String, Object> variables) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url + "/graphql"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        JSON.writeValueAsString(Map.of("query", query, "variables", variables))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
