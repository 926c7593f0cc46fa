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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.graphql.client.ClientGraphQlResponse;

/**
 * The blast-radius view on the demo: the hotspots to start from, the drawing in bands with the API's counts, labels
 * that never overlap, grouping with expand, the explaining path highlighted on the graph, targets from the URL.
 */
class BlastRadiusIT extends DashboardBrowserTest {

    /** Label boxes of drawn nodes (model coordinates) that overlap another one: none may. */
    private static final String OVERLAPPING_LABELS = """
            const boxes = window.strataCy.nodes('.item').map(n => n.boundingBox({ includeNodes: false, includeLabels: true }));
            let overlaps = 0;
            for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i], b = boxes[j];
              if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
            }
            return overlaps;""";

    @Test
    void withoutATargetTheTopHotspotsAreOfferedAndOneClickDrawsTheirBlastRadius() {
        open("blast");
        List<String> hotspots = JsonPaths.strings(
                graphQl.document("{ hotspots(first: 10) { node { key } } }").executeSync(), "hotspots[*].node.key");
        assertThat(hotspots).isNotEmpty();
        assertThat(attributes("#blast-start li", "data-key")).containsExactlyElementsOf(hotspots);
        screenshot("blast-radius-start");
        browser.findElement(By.cssSelector("#blast-start li:first-child button"))
                .click();
        waitForBlastResult();
        assertThat(attributes("#targets button", "aria-label")).containsExactly("Remove target " + hotspots.getFirst());
    }

    @Test
    void aLargeBlastRadiusIsGroupedInBandsWithTheApiTotalsAndNoOverlappingLabels() {
        browser.manage().window().setSize(new Dimension(1280, 1250)); // the whole graph in the screenshot
        open("blast");
        browser.findElement(By.id("target-search")).sendKeys("cloud-networking", Keys.ENTER);
        waitForBlastResult();
        Map<String, Object> expected =
                blastRadius(List.of(Map.of("kind", "CAPABILITY", "key", "cloud-networking")), "FAIL");
        int total = (Integer) expected.get("totalCount");
        assertThat(total).isGreaterThan(200); // more than one page, and the size the issue found unreadable
        assertThat(text("[data-figure='total'] strong")).isEqualTo(String.valueOf(total));
        assertThat(text("[data-figure='tier1'] strong")).isEqualTo(String.valueOf(expected.get("tier1Consumers")));
        WebElement graph = browser.findElement(By.id("cy"));
        assertThat(graph.getAttribute("data-grouping")).isEqualTo("platform");
        int drawn = Integer.parseInt(graph.getAttribute("data-nodes"));
        assertThat(drawn).isLessThan(total / 3);
        assertThat(((Number) js("""
                        return window.strataCy.nodes('.item').map(n => {
                          const m = /\\((\\d+)\\)$/.exec(n.data('label'));
                          return n.hasClass('group') ? Number(m[1]) : 1; }).reduce((a, b) => a + b, 0);""")).intValue())
                .as("the groups hold every affected node once")
                .isEqualTo(total);
        assertThat(((Number) js(OVERLAPPING_LABELS)).intValue()).isZero();
        assertThat(rowsOf("Per layer"))
                .isEqualTo(maps(expected.get("totals"), "byLayer").stream()
                        .map(l -> l.get("key") + "=" + l.get("count"))
                        .toList());
        assertThat(((Number) js("""
                        // every node inside the rectangle of its band
                        return window.strataCy.nodes('.item').filter(n => {
                          const p = n.position();
                          return !window.strataCy.nodes('.band').some(b => { const r = b.boundingBox();
                            return p.x >= r.x1 && p.x <= r.x2 && p.y >= r.y1 && p.y <= r.y2; }); }).length;""")).intValue()).isZero();
        screenshot("blast-radius");

        String group = (String) js(
                "return window.strataCy.nodes('.group').filter(n => /Kubernetes \\(/.test(n.data('label')))[0].id()");
        int members = ((Number) js(
                        "return Number(/\\((\\d+)\\)$/.exec(window.strataCy.getElementById(arguments[0]).data('label'))[1])",
                        group))
                .intValue();
        js("window.strataCy.getElementById(arguments[0]).emit('tap')", group);
        waitUntil(
                "the expanded group", () -> Integer.parseInt(graph.getAttribute("data-nodes")) == drawn + members - 1);
        assertThat(((Number) js(OVERLAPPING_LABELS)).intValue()).isZero();
        assertThat(browser.findElement(By.id("collapse")).isDisplayed()).isTrue();
    }

    @Test
    void theExplainingPathOfTheDeepestNodeIsHighlightedOnTheGraph() {
        browser.manage().window().setSize(new Dimension(1280, 1250)); // the whole graph in the screenshot
        open("blast?t=CAPABILITY:cloud-networking&group=none");
        waitForBlastResult();
        Map<String, Object> expected =
                blastRadius(List.of(Map.of("kind", "CAPABILITY", "key", "cloud-networking")), "FAIL");
        int total = (Integer) expected.get("totalCount");
        assertThat(((Number) js("return window.strataCy.nodes('.item').length")).intValue())
                .isEqualTo(total);
        assertThat(((Number) js("return window.strataCy.edges().length")).intValue())
                .isEqualTo(total - 1);
        assertThat(((Number) js(OVERLAPPING_LABELS)).intValue()).isZero();

        List<Map<String, Object>> items = maps(expected, "items");
        Map<String, Object> deepest = items.stream()
                .max(Comparator.comparingInt(i -> maps(i, "path").size()))
                .orElseThrow();
        List<String> path = maps(deepest, "path").stream()
                .map(r -> r.get("kind") + ":" + r.get("key"))
                .toList();
        assertThat(path).hasSizeGreaterThan(3);
        js("window.strataCy.getElementById(arguments[0]).emit('tap')", deepest.get("kind") + ":" + deepest.get("key"));
        waitUntil("the highlighted path", () -> browser.findElement(By.id("cy")).getAttribute("data-path") != null);
        assertThat(browser.findElement(By.id("cy")).getAttribute("data-path")).isEqualTo(String.join(" ", path));
        assertThat(strings(js("return window.strataCy.nodes('.on-path').map(n => n.id())")))
                .containsExactlyInAnyOrderElementsOf(path);
        List<String> edges = new ArrayList<>();
        for (int k = 1; k < path.size(); k++) {
            edges.add(path.get(k - 1) + "->" + path.get(k));
        }
        assertThat(strings(js("return window.strataCy.edges('.on-path').map(e => e.id())")))
                .containsExactlyInAnyOrderElementsOf(edges);
        assertThat(attributes("#explain .path li", "data-key"))
                .containsExactlyElementsOf(
                        path.stream().map(r -> r.substring(r.indexOf(':') + 1)).toList());
        screenshot("blast-radius-path");
    }

    @Test
    void severalTargetsAndTheChangeScenarioComeFromTheUrlAndMatchTheApi() {
        open("blast?t=PLATFORM:legacy-middleware&t=TEAM:team-ml-platform&scenario=CHANGE&group=none");
        waitForBlastResult();
        Map<String, Object> expected = blastRadius(
                List.of(
                        Map.of("kind", "PLATFORM", "key", "legacy-middleware"),
                        Map.of("kind", "TEAM", "key", "team-ml-platform")),
                "CHANGE");
        assertThat(browser.findElement(By.id("cy")).getAttribute("data-nodes"))
                .isEqualTo(String.valueOf(expected.get("totalCount")));
        assertThat(attributes("#targets button", "aria-label"))
                .containsExactly("Remove target legacy-middleware", "Remove target team-ml-platform");
        assertThat(new Select(browser.findElement(By.id("scenario")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("CHANGE");

        browser.findElement(By.cssSelector("[aria-label='Remove target team-ml-platform']"))
                .click();
        String alone =
                String.valueOf(blastRadius(List.of(Map.of("kind", "PLATFORM", "key", "legacy-middleware")), "CHANGE")
                        .get("totalCount"));
        waitUntil(
                "the blast radius of legacy-middleware alone",
                () -> alone.equals(browser.findElement(By.id("cy")).getAttribute("data-nodes")));
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

    private void waitForBlastResult() {
        new WebDriverWait(browser, WAIT).until(d -> {
            String state = d.findElement(By.id("blast-result")).getAttribute("data-state");
            return "ready".equals(state) || "error".equals(state) ? state : null;
        });
        assertThat(browser.findElement(By.id("blast-result")).getAttribute("data-state"))
                .as(text("#error"))
                .isEqualTo("ready");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> blastRadius(List<Map<String, String>> targets, String scenario) {
        List<Object> items = new ArrayList<>();
        Map<String, Object> first = null;
        String after = null;
        do {
            ClientGraphQlResponse page = graphQl.document("""
                    query($input: BlastRadiusInput!) { blastRadius(input: $input) { totalCount tier1Consumers
                      totals { byLayer { key count } } items { kind key depth path { kind key } } pageInfo { hasNextPage endCursor } } }""")
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

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object parent, String field) {
        return (List<Map<String, Object>>) ((Map<String, Object>) parent).get(field);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }

    private List<String> rowsOf(String caption) {
        return browser.findElements(By.xpath("//table[caption='" + caption + "']/tbody/tr")).stream()
                .map(r -> r.getAttribute("data-key") + "="
                        + r.findElement(By.tagName("td")).getText())
                .toList();
    }
}
