package dev.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.JsonPaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.graphql.client.ClientGraphQlResponse;

/**
 * The team load, risks and adoption views, the token and phone width, on the demo in headless Chromium: what is
 * drawn (tables, the ranked risks, chart series) against what the GraphQL API answers. The landscape map and the
 * blast radius have their own tests ({@link LandscapeMapIT}, {@link BlastRadiusIT}).
 */
class DashboardIT extends DashboardBrowserTest {

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

        double max = teams.stream()
                .mapToDouble(t -> ((Number) t.get("index")).doubleValue())
                .max()
                .orElseThrow();
        List<Double> edges = new ArrayList<>();
        for (double x = 0; x <= 20; x += 2.5) {
            edges.add(x);
        }
        while (edges.getLast() <= max) {
            edges.add(edges.getLast() * 2); // doubling above 20, as the chart's caption says
        }
        List<Object> histogram = new ArrayList<>();
        for (int i = 0; i + 1 < edges.size(); i++) {
            double from = edges.get(i);
            double to = edges.get(i + 1);
            histogram.add(teams.stream()
                    .mapToDouble(t -> ((Number) t.get("index")).doubleValue())
                    .filter(x -> x >= from && x < to)
                    .count());
        }
        assertThat(chartSeries("load-chart").get("teams").stream()
                        .map(v -> ((Number) v).longValue())
                        .toList())
                .as("teams per index range")
                .isEqualTo(histogram);
        assertThat(chartCategories("load-chart", "x").getFirst()).isEqualTo("0–2.5");
        screenshot("team-load");
    }

    @Test
    void risksAreSummedUpInTilesAndRankedBySeverityAcrossKinds() {
        open("risks");
        ClientGraphQlResponse risks = graphQl.document("""
                { structuralRisks { singlePointsOfFailure(first: 100) { capabilities { capability { key name tier } }
                      platforms { platform { key name tier } } }
                    unowned { node { key } } unusedCapabilities { capability { key } lifecycle }
                    deprecatedInUsePage(first: 100) { nodes { capability { key } lifecycle } } }
                  layerViolations { violations { dependent { key } } skippedLayers { fromRank } }
                  dependencyCycles { cycle { key } } }""").executeSync();
        assertThat(risks.getErrors()).isEmpty();
        List<String> severities = attributes("#risk-ranking > li", "data-severity");
        List<String> order = List.of("critical", "high", "medium", "low");
        assertThat(severities).isNotEmpty().isSortedAccordingTo(Comparator.comparingInt(order::indexOf));
        assertThat(severities).contains("critical", "high", "medium", "low");

        List<Map<String, Object>> spofs = new ArrayList<>(
                LandscapeMapIT.maps(risks, "structuralRisks.singlePointsOfFailure.capabilities").stream()
                        .map(s -> (Map<String, Object>) s.get("capability"))
                        .toList());
        spofs.addAll(LandscapeMapIT.maps(risks, "structuralRisks.singlePointsOfFailure.platforms").stream()
                .map(s -> (Map<String, Object>) s.get("platform"))
                .toList());
        assertThat(spofs).isNotEmpty();
        for (Map<String, Object> spof : spofs) {
            WebElement item = browser.findElement(
                    By.cssSelector("#risk-ranking > li[data-kind='spof'][data-key='" + spof.get("key") + "']"));
            assertThat(item.getAttribute("data-severity"))
                    .as("severity of the single point of failure " + spof.get("key"))
                    .isEqualTo((Integer) spof.get("tier") == 1 ? "critical" : "high");
            assertThat(item.findElement(By.cssSelector(".title")).getText()).isEqualTo(spof.get("name"));
        }
        List<Map<String, Object>> deprecated = LandscapeMapIT.maps(risks, "structuralRisks.deprecatedInUsePage.nodes");
        assertThat(attributes("#risk-ranking > li[data-kind='deprecated']", "data-key"))
                .containsExactlyInAnyOrderElementsOf(deprecated.stream()
                        .map(d -> (String) ((Map<?, ?>) d.get("capability")).get("key"))
                        .distinct()
                        .toList());
        assertThat(deprecated).anySatisfy(d -> assertThat(d.get("lifecycle")).isEqualTo("RETIRED"));
        assertThat(attributes("#risk-ranking > li:first-child", "data-severity"))
                .containsExactly("critical");
        assertThat(browser.findElements(By.cssSelector("#risk-ranking > li[data-kind='cycle']")))
                .hasSize(JsonPaths.strings(risks, "dependencyCycles[*]").size());
        assertThat(browser.findElements(By.cssSelector("#risk-ranking > li[data-kind='violation']")))
                .hasSize(JsonPaths.strings(risks, "layerViolations.violations[*].dependent.key")
                        .size());
        assertThat(browser.findElements(By.cssSelector("#risk-ranking > li[data-kind='unowned']")))
                .hasSize(JsonPaths.strings(risks, "structuralRisks.unowned[*].node.key")
                        .size());
        List<Map<String, Object>> unused = LandscapeMapIT.maps(risks, "structuralRisks.unusedCapabilities");
        assertThat(attributes("#risk-ranking > li[data-kind='unused']", "data-key"))
                .containsExactlyInAnyOrderElementsOf(unused.stream()
                        .filter(u -> !"PLANNED".equals(u.get("lifecycle")))
                        .map(u -> (String) ((Map<?, ?>) u.get("capability")).get("key"))
                        .toList());
        assertThat(attributes("#risk-planned li", "data-key"))
                .containsExactlyInAnyOrderElementsOf(unused.stream()
                        .filter(u -> "PLANNED".equals(u.get("lifecycle")))
                        .map(u -> (String) ((Map<?, ?>) u.get("capability")).get("key"))
                        .toList());
        assertThat(browser.findElement(By.id("risk-skipped")).getAttribute("data-count"))
                .isEqualTo(String.valueOf(JsonPaths.strings(risks, "layerViolations.skippedLayers[*].fromRank")
                        .size()));
        for (WebElement tile : browser.findElements(By.cssSelector(".tiles button"))) {
            assertThat(browser.findElements(
                            By.cssSelector("#risk-ranking > li[data-kind='" + tile.getAttribute("data-kind") + "']")))
                    .as("tile " + tile.getAttribute("data-kind"))
                    .hasSize(Integer.parseInt(tile.getAttribute("data-count")));
        }
        screenshot("risks");

        browser.findElement(By.cssSelector(".tiles button[data-kind='cycle']")).click();
        assertThat(attributes("#risk-ranking > li", "data-kind")).isNotEmpty().containsOnly("cycle");
        browser.findElement(By.cssSelector("#risk-ranking > li summary")).click();
        assertThat(text("#risk-ranking > li")).contains("Workforce SSO", "depend on each other in a circle");
    }

    @Test
    void theRiskTilesCountEveryFindingWhileTheLongListsComeAPageAtATime() {
        // One row of each long list (unowned, unused, layer violations) instead of the first page of 100: the demo's
        // lists are longer than that, so the tiles must count what the list does not hold yet.
        open("risks?window=1");
        ClientGraphQlResponse counts = graphQl.document("""
                { structuralRisks { unownedCount platforms: unownedCount(kind: PLATFORM)
                    capabilities: unownedCount(kind: CAPABILITY)
                    unusedCapabilityCount(planned: false) plannedCount: unusedCapabilityCount(planned: true)
                    unowned(first: 1) { node { key } } unusedCapabilities(first: 1, planned: false) { capability { key } } }
                  layerViolations { violationCount } }""").executeSync();
        assertThat(counts.getErrors()).isEmpty();
        int unowned = counts.field("structuralRisks.unownedCount").toEntity(Integer.class);
        int unused = counts.field("structuralRisks.unusedCapabilityCount").toEntity(Integer.class);
        int violations = counts.field("layerViolations.violationCount").toEntity(Integer.class);
        assertThat(unowned).isGreaterThan(1);
        assertThat(unused).isGreaterThan(1);
        assertThat(tileCount("unowned")).isEqualTo(unowned);
        assertThat(tileCount("unused")).isEqualTo(unused);
        assertThat(tileCount("violation")).isEqualTo(violations);
        assertThat(browser.findElement(By.id("risk-planned")).getAttribute("data-count"))
                .isEqualTo(String.valueOf(
                        counts.field("structuralRisks.plannedCount").toEntity(Integer.class)));
        assertThat(attributes("#risk-ranking > li[data-kind='unowned']", "data-key"))
                .as("the first window of unowned items")
                .containsExactlyInAnyOrderElementsOf(JsonPaths.strings(counts, "structuralRisks.unowned[*].node.key"));
        assertThat(attributes("#risk-ranking > li[data-kind='unused']", "data-key"))
                .containsExactlyInAnyOrderElementsOf(
                        JsonPaths.strings(counts, "structuralRisks.unusedCapabilities[*].capability.key"));
        assertThat(text("#risk-partial")).contains("unowned: the first 1 of " + unowned);
        int total = browser.findElements(By.cssSelector(".sevtile strong")).stream()
                .mapToInt(e -> Integer.parseInt(e.getText()))
                .sum();
        assertThat(browser.findElement(By.id("risk-ranking")).getAttribute("data-total"))
                .isEqualTo(String.valueOf(total));

        // "Show all" loads the rest: then the list holds every finding the tiles counted, each kind as its tile says.
        browser.findElement(By.id("risk-more")).click();
        waitUntil(
                "every finding listed",
                () -> browser.findElements(By.cssSelector("#risk-ranking > li")).size() == total);
        assertThat(browser.findElements(By.id("risk-partial"))).isEmpty();
        for (WebElement tile : browser.findElements(By.cssSelector(".tiles button"))) {
            assertThat(browser.findElements(
                            By.cssSelector("#risk-ranking > li[data-kind='" + tile.getAttribute("data-kind") + "']")))
                    .as("tile " + tile.getAttribute("data-kind"))
                    .hasSize(Integer.parseInt(tile.getAttribute("data-count")));
        }
        for (WebElement tile : browser.findElements(By.cssSelector(".sevtile"))) {
            assertThat(browser.findElements(By.cssSelector(
                            "#risk-ranking > li[data-severity='" + tile.getAttribute("data-severity") + "']")))
                    .as("severity " + tile.getAttribute("data-severity"))
                    .hasSize(Integer.parseInt(
                            tile.findElement(By.tagName("strong")).getText()));
        }
    }

    private static int tileCount(String kind) {
        return Integer.parseInt(browser.findElement(By.cssSelector(".tiles button[data-kind='" + kind + "']"))
                .getAttribute("data-count"));
    }

    @Test
    void theTablesBehindTheRankingHoldEveryFindingTheApiReports() {
        open("risks");
        ClientGraphQlResponse risks = graphQl.document("""
                { structuralRisks { singlePointsOfFailure(first: 100) { capabilities { capability { key } } platforms { platform { key } } }
                    unowned { node { key } } unusedCapabilities { capability { key } }
                    deprecatedInUsePage(first: 100) { nodes { consumer { key } } }
                    tierInversionPage(first: 100) { nodes { source { key } } }
                    handoverPoints(first: 100) { fromTeam { key } } ownershipAmbiguity { category } }
                  hotspots(first: 10) { node { key } } layerViolations { violations { dependent { key } } }
                  dependencyCycles { cycle { key } } }""").executeSync();
        Map<String, String> sections = Map.ofEntries(
                Map.entry("spof", "structuralRisks.singlePointsOfFailure.capabilities[*].capability.key"),
                Map.entry("spof-platforms", "structuralRisks.singlePointsOfFailure.platforms[*].platform.key"),
                Map.entry("hotspots", "hotspots[*].node.key"),
                Map.entry("violations", "layerViolations.violations[*].dependent.key"),
                Map.entry("cycles", "dependencyCycles[*]"),
                Map.entry("unowned", "structuralRisks.unowned[*].node.key"),
                Map.entry("unused", "structuralRisks.unusedCapabilities[*].capability.key"),
                Map.entry("deprecated", "structuralRisks.deprecatedInUsePage.nodes[*].consumer.key"),
                Map.entry("inversions", "structuralRisks.tierInversionPage.nodes[*].source.key"),
                Map.entry("handovers", "structuralRisks.handoverPoints[*].fromTeam.key"),
                Map.entry("ambiguity", "structuralRisks.ownershipAmbiguity[*].category"));
        browser.findElement(By.cssSelector("#risk-tables > summary")).click();
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
        assertThat(text("#risk-cycles")).contains("Workforce SSO", "PKI Certificates", "Secrets Vault");
        assertThat(attributes("#risk-unowned tbody tr", "data-key"))
                .contains("batch-job-scheduler", "legacy-middleware");
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
    void theAdoptionChartsDrawTheTrendsAndTheSloAttainmentTheApiReports() {
        browser.manage().window().setSize(new Dimension(1280, 700)); // the charts, not the table, in the screenshot
        open("adoption");
        ClientGraphQlResponse adoption = graphQl.document("""
                        { platformAdoptions { platform { key } adoptionRate trend { period adoptionRate } }
                          capabilityAdoptions { capability { key name sloTarget sloAttainment } } }""").executeSync();
        List<Map<String, Object>> platforms = new ArrayList<>(LandscapeMapIT.maps(adoption, "platformAdoptions"));
        platforms.sort(Comparator.comparingDouble(
                        (Map<String, Object> p) -> -((Number) p.get("adoptionRate")).doubleValue())
                .thenComparing(p -> (String) ((Map<?, ?>) p.get("platform")).get("key")));
        List<Map<String, Object>> top = platforms.subList(0, Math.min(8, platforms.size()));
        List<String> periods = top.stream()
                .flatMap(p -> children(p, "trend").stream())
                .map(t -> (String) t.get("period"))
                .distinct()
                .sorted()
                .toList();
        Map<String, List<Object>> series = chartSeries("adoption-chart");
        assertThat(
                        (List<Object>)
                                js(
                                        "return echarts.getInstanceByDom(document.getElementById('adoption-chart')).getOption().series.map(s => s.id)"))
                .as("a line per platform, the most adopted first")
                .containsExactlyElementsOf(top.stream()
                        .map(p -> (Object) ((Map<?, ?>) p.get("platform")).get("key"))
                        .toList());
        assertThat(chartCategories("adoption-chart", "x")).isEqualTo(periods);
        for (Map<String, Object> p : top) {
            Map<String, Double> byPeriod = new java.util.HashMap<>();
            children(p, "trend")
                    .forEach(t -> byPeriod.put(
                            (String) t.get("period"),
                            Math.round(((Number) t.get("adoptionRate")).doubleValue() * 1000) / 10.0));
            assertThat(series.get((String) ((Map<?, ?>) p.get("platform")).get("key")).stream()
                            .map(v -> v == null ? null : ((Number) v).doubleValue())
                            .toList())
                    .isEqualTo(periods.stream().map(byPeriod::get).toList());
        }

        List<Map<String, Object>> slo = LandscapeMapIT.maps(adoption, "capabilityAdoptions").stream()
                .map(c -> (Map<String, Object>) c.get("capability"))
                .filter(c -> c.get("sloTarget") != null && c.get("sloAttainment") != null)
                .sorted(Comparator.comparingDouble(
                                (Map<String, Object> c) -> ((Number) c.get("sloAttainment")).doubleValue()
                                        - ((Number) c.get("sloTarget")).doubleValue())
                        .thenComparing(c -> (String) c.get("key")))
                .limit(20)
                .toList()
                .reversed();
        Map<String, List<Object>> bars = chartSeries("slo-chart");
        assertThat(chartCategories("slo-chart", "y"))
                .isEqualTo(slo.stream().map(c -> (String) c.get("name")).toList());
        assertThat(doubles(bars.get("attained")))
                .isEqualTo(doubles(slo.stream().map(c -> c.get("sloAttainment")).toList()));
        assertThat(doubles(bars.get("target")))
                .isEqualTo(doubles(slo.stream().map(c -> c.get("sloTarget")).toList()));
        screenshot("adoption-charts");
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
                waitUntil(
                        "the blast radius",
                        () -> "ready"
                                .equals(browser.findElement(By.id("blast-result"))
                                        .getAttribute("data-state")));
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

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> children(Map<String, Object> parent, String field) {
        return (List<Map<String, Object>>) parent.get(field);
    }

    /** Numbers as doubles: the browser hands 99.0 over as the integer 99. */
    private static List<Double> doubles(List<?> numbers) {
        return numbers.stream().map(n -> ((Number) n).doubleValue()).toList();
    }
}
