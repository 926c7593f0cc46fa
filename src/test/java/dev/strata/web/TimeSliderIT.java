package dev.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.JsonPaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.graphql.client.ClientGraphQlResponse;

/**
 * The time slider (landscape history) on team load and the blast radius: a change is applied through GraphQL, the
 * slider is moved one version back by keyboard, and the view must show what the API answers with that {@code asOf}
 * (and differ from the answer now, so the test can fail). Each test undoes its change afterwards (a further version).
 */
class TimeSliderIT extends DashboardBrowserTest {

    private static final String LOAD = "query($asOf: AsOf) { cognitiveLoad(asOf: $asOf) { team { key } index } }";

    @Test
    void teamLoadMovedOneVersionBackShowsTheLoadBeforeTheChange() {
        int before = latestVersion();
        int size = (Integer) graphQl.document("{ team(key: \"team-ml-platform\") { size } }")
                .executeSync()
                .field("team.size")
                .getValue();
        mutate("updateTeam", "UpdateTeamInput", Map.of("key", "team-ml-platform", "size", size * 10));
        try {
            assertThat(latestVersion()).isEqualTo(before + 1);
            open("load");
            assertThat(browser.findElement(By.id("time-slider")).getAttribute("data-now"))
                    .isEqualTo("true");
            List<String> now = loadRows(null);
            List<String> then = loadRows(before);
            assertThat(then).as("the change moved the load").isNotEqualTo(now);
            assertThat(drawnLoadRows()).isEqualTo(now);

            browser.findElement(By.id("time-slider-input")).sendKeys(Keys.ARROW_LEFT);
            waitForVersion(before);
            assertThat(browser.getCurrentUrl()).endsWith("#/load?asOf=" + before);
            assertThat(drawnLoadRows()).isEqualTo(then);
            assertThat(browser.switchTo().activeElement().getAttribute("id"))
                    .as("the focus stays on the slider")
                    .isEqualTo("time-slider-input");
            assertThat(text("#time-slider-past")).startsWith("Shown as it was at version " + before);
            screenshot("team-load-history");

            browser.findElement(By.id("time-slider-input")).sendKeys(Keys.ARROW_RIGHT);
            waitUntil("back to now", () -> "true".equals(sliderAttribute("data-now")) && viewReady());
            assertThat(browser.getCurrentUrl()).endsWith("#/load");
            assertThat(drawnLoadRows()).isEqualTo(now);
        } finally {
            mutate("updateTeam", "UpdateTeamInput", Map.of("key", "team-ml-platform", "size", size));
        }
    }

    @Test
    void theBlastRadiusMovedBackIncludesWhatARemovedDependencyStillReachedThen() {
        // A capability with exactly one dependency: without it, it is no longer downstream of what it depended on.
        List<Map<String, Object>> capabilities = LandscapeMapIT.maps(
                graphQl.document("{ capabilities(first: 100) { nodes { key dependencies { key } } } }")
                        .executeSync(),
                "capabilities.nodes");
        Map<String, Object> dependent = capabilities.stream()
                .filter(c -> ((List<?>) c.get("dependencies")).size() == 1)
                .min(Comparator.comparing(c -> (String) c.get("key")))
                .orElseThrow();
        String key = (String) dependent.get("key");
        String target = (String) ((Map<?, ?>) ((List<?>) dependent.get("dependencies")).getFirst()).get("key");
        Map<String, Object> edge = Map.of("capabilityKey", key, "dependsOnKey", target);
        int before = latestVersion();
        mutate("removeDependency", "DependencyInput", edge);
        try {
            open("blast?t=CAPABILITY:" + target + "&group=none");
            waitForBlast();
            List<String> now = affected(target, null);
            List<String> then = affected(target, before);
            assertThat(now).doesNotContain("CAPABILITY:" + key);
            assertThat(then).contains("CAPABILITY:" + key);
            assertThat(drawnItems()).isEqualTo(now);

            browser.findElement(By.id("time-slider-input")).sendKeys(Keys.ARROW_LEFT);
            waitForVersion(before);
            waitForBlast();
            assertThat(browser.getCurrentUrl()).contains("asOf=" + before).contains("t=CAPABILITY%3A" + target);
            assertThat(drawnItems()).isEqualTo(then);
            assertThat(text("[data-figure='total'] strong")).isEqualTo(String.valueOf(then.size()));
            screenshot("blast-radius-history");
        } finally {
            mutate("addDependency", "DependencyInput", edge);
        }
    }

    private int latestVersion() {
        return (Integer) graphQl.document("{ landscapeHistory(first: 1) { latest { version } } }")
                .executeSync()
                .field("landscapeHistory.latest.version")
                .getValue();
    }

    private void mutate(String field, String inputType, Map<String, Object> input) {
        ClientGraphQlResponse answer = graphQl.document(
                        "mutation($input: " + inputType + "!) { " + field + "(input: $input) { errors { message } } }")
                .variable("input", input)
                .executeSync();
        assertThat(answer.getErrors()).isEmpty();
        assertThat(JsonPaths.strings(answer, field + ".errors[*].message")).isEmpty();
    }

    private List<String> loadRows(@Nullable Integer version) {
        return LandscapeMapIT.maps(
                        graphQl.document(LOAD)
                                .variable("asOf", version == null ? null : Map.of("version", version))
                                .executeSync(),
                        "cognitiveLoad")
                .stream()
                .sorted(Comparator.comparingDouble(t -> -((Number) t.get("index")).doubleValue()))
                .map(t -> ((Map<?, ?>) t.get("team")).get("key") + "="
                        + String.format(Locale.ROOT, "%.1f", ((Number) t.get("index")).doubleValue()))
                .toList();
    }

    private List<String> drawnLoadRows() {
        List<String> rows = new ArrayList<>();
        browser.findElements(By.cssSelector("#load-table > tbody > tr"))
                .forEach(tr -> rows.add(tr.getAttribute("data-key") + "="
                        + tr.findElement(By.xpath("./td/strong")).getText()));
        return rows;
    }

    /** Every affected node of the downstream FAIL blast radius of a capability, as KIND:key, sorted. */
    private List<String> affected(String capability, @Nullable Integer version) {
        List<String> all = new ArrayList<>();
        Map<String, Object> input = new java.util.HashMap<>(Map.of(
                "targets",
                List.of(Map.of("kind", "CAPABILITY", "key", capability)),
                "scenario",
                "FAIL",
                "direction",
                "DOWNSTREAM",
                "first",
                100));
        while (true) {
            ClientGraphQlResponse page = graphQl.document("""
                    query($input: BlastRadiusInput!, $asOf: AsOf) { blastRadius(input: $input, asOf: $asOf) {
                      items { kind node { key } } pageInfo { hasNextPage endCursor } } }""")
                    .variable("input", input)
                    .variable("asOf", version == null ? null : Map.of("version", version))
                    .executeSync();
            assertThat(page.getErrors()).isEmpty();
            LandscapeMapIT.maps(page, "blastRadius.items")
                    .forEach(i -> all.add(i.get("kind") + ":" + ((Map<?, ?>) i.get("node")).get("key")));
            if (!(Boolean) page.field("blastRadius.pageInfo.hasNextPage").getValue()) {
                break;
            }
            input.put("after", page.field("blastRadius.pageInfo.endCursor").getValue());
        }
        return all.stream().sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> drawnItems() {
        return ((List<String>) js("return window.strataCy.nodes('.item').map(n => n.id())"))
                .stream().sorted().toList();
    }

    private void waitForVersion(int version) {
        waitUntil(
                "the view at version " + version,
                () -> String.valueOf(version).equals(sliderAttribute("data-version")) && viewReady());
    }

    private void waitForBlast() {
        waitUntil(
                "the blast radius",
                () -> "ready".equals(browser.findElement(By.id("blast-result")).getAttribute("data-state")));
    }

    private boolean viewReady() {
        return "ready".equals(browser.findElement(By.id("view")).getAttribute("data-state"));
    }

    private @Nullable String sliderAttribute(String name) {
        return browser.findElements(By.id("time-slider")).stream()
                .findFirst()
                .map(e -> e.getAttribute(name))
                .orElse(null);
    }
}
