package dev.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.JsonPaths;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.graphql.client.ClientGraphQlResponse;

/**
 * The landscape map on the demo: bands, platform boxes, the platform dependencies with their weights, the risk
 * badges on platforms and teams, the drill-down, and the aggregated map of a large landscape, each against what the
 * GraphQL API answers.
 */
class LandscapeMapIT extends DashboardBrowserTest {

    private static final String EDGES = """
            query($first: Int!, $among: [ID!]) { platformDependencies(first: $first, among: $among) {
              totalCount dependencies { from { key } to { key } weight } } }""";

    @Test
    void theMapDrawsTheStackAsBandsCrossCuttingBesideAndEveryPlatformDependencyWithItsWeight() {
        browser.manage().window().setSize(new Dimension(1280, 1500)); // the whole map in the screenshot
        open("");
        ClientGraphQlResponse layers = graphQl.document("{ layers { key rank crossCutting platforms { key } } }")
                .executeSync();
        List<Map<String, Object>> all = maps(layers, "layers");
        assertThat(attributes(".stack-layers [data-layer]", "data-layer"))
                .as("ranked layers top to bottom, highest rank first")
                .containsExactlyElementsOf(all.stream()
                        .filter(l -> !(Boolean) l.get("crossCutting"))
                        .sorted((a, b) -> Integer.compare((Integer) b.get("rank"), (Integer) a.get("rank")))
                        .map(l -> (String) l.get("key"))
                        .toList());
        assertThat(attributes(".cross-layers [data-layer]", "data-layer"))
                .containsExactlyInAnyOrderElementsOf(all.stream()
                        .filter(l -> (Boolean) l.get("crossCutting"))
                        .map(l -> (String) l.get("key"))
                        .toList())
                .isNotEmpty();
        assertThat((Boolean) js("""
                        const stack = document.querySelector('.stack-layers').getBoundingClientRect();
                        const cross = document.querySelector('.cross-layers').getBoundingClientRect();
                        return cross.left >= stack.right && cross.top < stack.bottom;"""))
                .as("cross-cutting layers beside the stack")
                .isTrue();
        assertThat(attributes("[data-platform]", "data-platform"))
                .containsExactlyInAnyOrderElementsOf(JsonPaths.strings(layers, "layers[*].platforms[*].key"));

        ClientGraphQlResponse edges = graphQl.document(EDGES)
                .variable("first", 1000)
                .variable("among", null)
                .executeSync();
        List<String> expected = edgeRows(edges);
        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(drawnEdges()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(browser.findElement(By.id("map")).getAttribute("data-total-edges"))
                .isEqualTo(String.valueOf(expected.size()));
        assertThat(((Number) js("""
                        // every arrow starts on the border of its platform's box and ends on the border of the other
                        const frame = document.querySelector('.map-wrap > svg.edges').getBoundingClientRect();
                        const off = (p, el) => { const r = el.getBoundingClientRect();
                          const x = p.x + frame.left, y = p.y + frame.top;
                          return Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom)); };
                        return [...document.querySelectorAll('g.edge')].filter(g => {
                          const path = g.querySelector('path');
                          const from = document.querySelector(`[data-platform="${g.dataset.from}"]`);
                          const to = document.querySelector(`[data-platform="${g.dataset.to}"]`);
                          return off(path.getPointAtLength(0), from) > 1.5
                            || off(path.getPointAtLength(path.getTotalLength()), to) > 1.5;
                        }).length;""")).intValue())
                .as("arrows that do not join their two boxes")
                .isZero();
        assertThat(attributes("g.edge text", "textContent"))
                .containsExactlyInAnyOrderElementsOf(expected.stream()
                        .map(r -> r.substring(r.indexOf('=') + 1))
                        .filter(w -> !w.equals("1"))
                        .toList());
        screenshot("landscape");
    }

    @Test
    void riskBadgesOnPlatformsAndTeamsAreTheOnesTheApiReports() {
        open("landscape");
        ClientGraphQlResponse risks = graphQl.document("""
                { structuralRisks { singlePointsOfFailure(first: 100) { capabilities { capability { platform { key } } }
                      platforms { platform { key } } }
                    unowned { kind node { key } platform { key } }
                    deprecatedInUsePage(first: 100) { nodes { capability { platform { key } } } } }
                  layerViolations { violations { dependent { platform { key } } dependency { platform { key } } } }
                  dependencyCycles { capabilities { platform { key } } } }""").executeSync();
        assertThat(risks.getErrors()).isEmpty();
        Map<String, Set<String>> expected = new TreeMap<>();
        expected.put(
                "spof",
                union(
                        JsonPaths.strings(
                                risks, "structuralRisks.singlePointsOfFailure.capabilities[*].capability.platform.key"),
                        JsonPaths.strings(risks, "structuralRisks.singlePointsOfFailure.platforms[*].platform.key")));
        expected.put(
                "deprecated",
                union(JsonPaths.strings(
                        risks, "structuralRisks.deprecatedInUsePage.nodes[*].capability.platform.key")));
        expected.put("cycle", union(JsonPaths.strings(risks, "dependencyCycles[*].capabilities[*].platform.key")));
        expected.put(
                "violation",
                union(
                        JsonPaths.strings(risks, "layerViolations.violations[*].dependent.platform.key"),
                        JsonPaths.strings(risks, "layerViolations.violations[*].dependency.platform.key")));
        Set<String> unowned = new TreeSet<>();
        for (Map<String, Object> u : maps(risks, "structuralRisks.unowned")) {
            Object platform = "PLATFORM".equals(u.get("kind")) ? u.get("node") : u.get("platform");
            if (platform != null) {
                unowned.add((String) ((Map<?, ?>) platform).get("key"));
            }
        }
        expected.put("unowned", unowned);
        assertThat(expected.get("spof")).isNotEmpty();
        assertThat(expected.get("cycle")).isNotEmpty();
        assertThat(unowned).contains("legacy-middleware");

        Map<String, Set<String>> drawn = new TreeMap<>();
        for (WebElement box : browser.findElements(By.cssSelector("[data-platform]"))) {
            for (String kind : box.getAttribute("data-risks").split(" ")) {
                if (!kind.isBlank()) {
                    drawn.computeIfAbsent(kind, k -> new TreeSet<>()).add(box.getAttribute("data-platform"));
                }
            }
        }
        expected.forEach((kind, platforms) -> assertThat(drawn.getOrDefault(kind, Set.of()))
                .as("platforms with the badge " + kind)
                .containsExactlyInAnyOrderElementsOf(platforms));
        assertThat(browser.findElements(By.cssSelector("[data-platform] li[data-risk]")))
                .as("a badge element per kind on each box")
                .hasSize(drawn.values().stream().mapToInt(Set::size).sum());
        // Each badge says how many findings of its kind touch the platform: the count landscapeMap answers.
        Map<String, Map<String, Object>> badges = new HashMap<>();
        for (Map<String, Object> band : maps(
                graphQl.document("{ landscapeMap(window: {allWhenAtMost: 80}) { bands { platforms { key"
                                + " badges { spof deprecated cycle violation unowned ambiguity } } } } }")
                        .executeSync(),
                "landscapeMap.bands")) {
            for (Object p : (List<?>) band.get("platforms")) {
                Map<?, ?> platform = (Map<?, ?>) p;
                badges.put((String) platform.get("key"), (Map<String, Object>) platform.get("badges"));
            }
        }
        for (WebElement badge : browser.findElements(By.cssSelector("[data-platform] li[data-risk]"))) {
            String platform =
                    badge.findElement(By.xpath("ancestor::*[@data-platform]")).getAttribute("data-platform");
            assertThat(badge.getAttribute("data-count"))
                    .as(badge.getAttribute("data-risk") + " badge of " + platform)
                    .isEqualTo(String.valueOf(badges.get(platform).get(badge.getAttribute("data-risk"))));
        }

        Map<String, String> bands = new HashMap<>();
        for (Map<String, Object> t :
                maps(graphQl.document("{ cognitiveLoad { team { key } band } }").executeSync(), "cognitiveLoad")) {
            bands.put((String) ((Map<?, ?>) t.get("team")).get("key"), (String) t.get("band"));
        }
        List<WebElement> owners = browser.findElements(By.cssSelector("[data-platform] [data-team]"));
        assertThat(owners).isNotEmpty();
        for (WebElement owner : owners) {
            String band = bands.get(owner.getAttribute("data-team"));
            String risk = owner.getAttribute("data-risk");
            assertThat(risk == null ? "" : risk)
                    .as("load badge of " + owner.getAttribute("data-team") + " (" + band + ")")
                    .isEqualTo(
                            switch (band) {
                                case "OVERLOADED" -> "overloaded";
                                case "HIGH" -> "highLoad";
                                default -> "";
                            });
        }
        assertThat(attributes("#teams-at-risk [data-team]", "data-team"))
                .containsExactlyInAnyOrderElementsOf(bands.entrySet().stream()
                        .filter(e -> e.getValue().equals("OVERLOADED")
                                || e.getValue().equals("HIGH"))
                        .map(Map.Entry::getKey)
                        .toList());
        assertThat(browser.findElements(By.cssSelector("[data-team='team-ml-platform'][data-risk='overloaded']")))
                .isNotEmpty();
    }

    @Test
    void aPlatformOpenedByKeyboardListsItsCapabilitiesAndRisksAndACapabilityItsDependencies() {
        open("landscape");
        ClientGraphQlResponse platform = graphQl.document(
                        "{ platform(key: \"kubernetes\") { name capabilities { key name } } }")
                .executeSync();
        browser.findElement(By.cssSelector("[data-platform='kubernetes'] button.pname"))
                .sendKeys(Keys.ENTER);
        waitUntil(
                "the details of kubernetes",
                () -> text(".details h3").equals(platform.field("platform.name").toEntity(String.class)));
        assertThat(attributes("#platform-capabilities [data-capability]", "data-capability"))
                .containsExactlyElementsOf(JsonPaths.strings(platform, "platform.capabilities[*].key"));
        assertThat(attributes("#platform-risks li", "data-kind")).contains("spof");
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo(text(".details h3"));

        String capability =
                JsonPaths.strings(platform, "platform.capabilities[*].key").getFirst();
        ClientGraphQlResponse details = graphQl.document(
                        "query($key: ID!) { capability(key: $key) { name dependencies { key } dependents { key } } }")
                .variable("key", capability)
                .executeSync();
        browser.findElement(By.cssSelector("#platform-capabilities [data-capability='" + capability + "'] button"))
                .sendKeys(Keys.ENTER);
        waitUntil(
                "the details of " + capability,
                () -> text(".details h3")
                        .equals(details.field("capability.name").toEntity(String.class)));
        assertThat(text(".details"))
                .contains("Depends on ("
                        + JsonPaths.strings(details, "capability.dependencies[*].key")
                                .size() + ")")
                .contains("Needed by ("
                        + JsonPaths.strings(details, "capability.dependents[*].key")
                                .size() + ")");
        screenshot("landscape-details");
    }

    @Test
    void aLargeLandscapeIsAggregatedPerBandAndOnlyEdgesBetweenShownPlatformsAreDrawn() {
        open("landscape?overview=1&perBand=1");
        assertThat(browser.findElements(By.cssSelector("[data-mode='overview']")))
                .hasSize(1);
        ClientGraphQlResponse layers =
                graphQl.document("{ layers { key platforms { key } } }").executeSync();
        Map<String, Map<String, Object>> windowed = new HashMap<>();
        for (Map<String, Object> band : maps(
                graphQl.document("{ landscapeMap(window: {perBand: 1}) { bands { key moreCount platforms { key }"
                                + " more { key } } } }")
                        .executeSync(),
                "landscapeMap.bands")) {
            windowed.put((String) band.get("key"), band);
        }
        for (Map<String, Object> layer : maps(layers, "layers")) {
            int platforms = ((List<?>) layer.get("platforms")).size();
            String band = "[data-layer='" + layer.get("key") + "']";
            assertThat(browser.findElements(By.cssSelector(band + " [data-platform]")))
                    .hasSize(Math.min(1, platforms));
            assertThat(attributes(band + " [data-platform]", "data-platform"))
                    .as("the box of " + layer.get("key") + ": the one landscapeMap(perBand: 1) chose")
                    .containsExactlyElementsOf(((List<?>)
                                    windowed.get(layer.get("key")).get("platforms"))
                            .stream()
                                    .map(p -> (String) ((Map<?, ?>) p).get("key"))
                                    .toList());
            List<WebElement> more = browser.findElements(By.cssSelector(band + " [data-more]"));
            if (platforms > 1) {
                assertThat(more)
                        .singleElement()
                        .satisfies(m -> assertThat(m.getText()).startsWith("+ " + (platforms - 1) + " more platforms"));
            } else {
                assertThat(more).isEmpty();
            }
        }
        List<String> shown = attributes("[data-platform]", "data-platform");
        List<String> expected = edgeRows(graphQl.document(EDGES)
                .variable("first", 300)
                .variable("among", shown)
                .executeSync());
        assertThat(drawnEdges()).containsExactlyInAnyOrderElementsOf(expected);

        WebElement more = browser.findElements(By.cssSelector("[data-more]")).getFirst();
        String layer = more.getAttribute("data-more");
        int rest = Integer.parseInt(more.getText().split(" ")[1]);
        more.click();
        waitUntil(
                "the other platforms of " + layer,
                () -> browser.findElements(By.cssSelector(".details ul.rest li"))
                                .size()
                        == rest);
        assertThat(attributes(".details ul.rest li", "data-rest"))
                .as("the other platforms of " + layer + " in the map's order, as landscapeMap's band lists them")
                .containsExactlyElementsOf(((List<?>) windowed.get(layer).get("more"))
                        .stream().map(p -> (String) ((Map<?, ?>) p).get("key")).toList());
        assertThat(rest).isEqualTo(windowed.get(layer).get("moreCount"));

        List<String> unplaced = JsonPaths.strings(
                graphQl.document("{ capabilities(first: 100, filter: {withoutPlatform: true}) { nodes { key } } }")
                        .executeSync(),
                "capabilities.nodes[*].key");
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

    private List<String> drawnEdges() {
        return browser.findElements(By.cssSelector("svg.edges g.edge")).stream()
                .map(g -> g.getAttribute("data-from") + "->" + g.getAttribute("data-to") + "="
                        + g.getAttribute("data-weight"))
                .toList();
    }

    private static List<String> edgeRows(ClientGraphQlResponse answer) {
        return maps(answer, "platformDependencies.dependencies").stream()
                .map(d -> ((Map<?, ?>) d.get("from")).get("key") + "->" + ((Map<?, ?>) d.get("to")).get("key") + "="
                        + d.get("weight"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(ClientGraphQlResponse answer, String path) {
        return answer.field(path).toEntityList(Map.class).stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
    }

    @SafeVarargs
    private static Set<String> union(List<String>... lists) {
        Set<String> all = new HashSet<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return new TreeSet<>(all);
    }
}
