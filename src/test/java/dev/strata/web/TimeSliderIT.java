package dev.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.JsonPaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.graphql.client.ClientGraphQlResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The time slider (landscape history) on team load, the blast radius and the map, and the trend of team load: a change is applied through GraphQL, the
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
            waitUntil(
                    "the focus back on the slider",
                    () -> "time-slider-input"
                            .equals(browser.switchTo().activeElement().getAttribute("id")));
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

    @Test
    void theMapMovedBackDrawsThePlatformDependenciesAsTheyWere() {
        // A dependency between capabilities of two platforms: removing it lightens (or removes) a platform arrow.
        List<Map<String, Object>> capabilities =
                LandscapeMapIT.maps(graphQl.document("""
                        { capabilities(first: 100) { nodes { key platform { key }
                            dependencies { key platform { key } } } } }""").executeSync(), "capabilities.nodes");
        Map<String, Object> edge = null;
        for (Map<String, Object> c : capabilities.stream()
                .sorted(Comparator.comparing(c -> (String) c.get("key")))
                .toList()) {
            Object from = c.get("platform") == null ? null : ((Map<?, ?>) c.get("platform")).get("key");
            for (Object d : (List<?>) c.get("dependencies")) {
                Object platform = ((Map<?, ?>) d).get("platform");
                Object to = platform == null ? null : ((Map<?, ?>) platform).get("key");
                if (edge == null && from != null && to != null && !from.equals(to)) {
                    edge = Map.of("capabilityKey", c.get("key"), "dependsOnKey", ((Map<?, ?>) d).get("key"));
                }
            }
        }
        assertThat(edge).isNotNull();
        int before = latestVersion();
        mutate("removeDependency", "DependencyInput", edge);
        try {
            open("landscape");
            List<String> now = platformEdges(null);
            List<String> then = platformEdges(before);
            assertThat(then).as("the change moved an arrow").isNotEqualTo(now);
            assertThat(drawnEdges()).isEqualTo(now);

            browser.findElement(By.id("time-slider-input")).sendKeys(Keys.ARROW_LEFT);
            waitForVersion(before);
            assertThat(browser.getCurrentUrl()).endsWith("#/landscape?asOf=" + before);
            assertThat(drawnEdges()).isEqualTo(then);
            assertThat(text("#map-as-of")).startsWith("As of version " + before);
        } finally {
            mutate("addDependency", "DependencyInput", edge);
        }
    }

    private List<String> platformEdges(@Nullable Integer version) {
        return LandscapeMapIT.maps(
                        graphQl.document("""
                                query($asOf: AsOf) { platformDependencies(first: 1000, asOf: $asOf) {
                                  dependencies { from { key } to { key } weight } } }""")
                                .variable("asOf", version == null ? null : Map.of("version", version))
                                .executeSync(),
                        "platformDependencies.dependencies")
                .stream()
                .map(d -> ((Map<?, ?>) d.get("from")).get("key") + "->" + ((Map<?, ?>) d.get("to")).get("key") + "="
                        + d.get("weight"))
                .sorted()
                .toList();
    }

    private List<String> drawnEdges() {
        return browser.findElements(By.cssSelector("svg.edges g.edge")).stream()
                .map(g -> g.getAttribute("data-from") + "->" + g.getAttribute("data-to") + "="
                        + g.getAttribute("data-weight"))
                .sorted()
                .toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTrendOfTeamLoadDrawsTheApisLandscapeTrendsOfTheMostLoadedTeams() {
        open("load");
        waitUntil(
                "the trend or its error",
                () -> !browser.findElements(By.id("load-trends")).isEmpty()
                        || !browser.findElements(By.cssSelector("#load-trends-slot .error"))
                                .isEmpty());
        assertThat(browser.findElements(By.cssSelector("#load-trends-slot .error")))
                .as(() -> browser.findElement(By.id("load-trends-slot")).getText())
                .isEmpty();
        Map<String, List<Object>> drawn = chartSeries("load-trends");
        Map<String, Object> input = new HashMap<>(new JsonMapper()
                .readValue(
                        browser.findElement(By.cssSelector("figure[data-input]"))
                                .getAttribute("data-input"),
                        Map.class));
        List<String> teamKeys = (List<String>) input.get("teamKeys");
        List<Map<String, Object>> load = LandscapeMapIT.maps(
                graphQl.document("{ cognitiveLoad { team { key } index } }").executeSync(), "cognitiveLoad");
        double lowestChosen = load.stream()
                .filter(t -> teamKeys.contains(((Map<?, ?>) t.get("team")).get("key")))
                .mapToDouble(t -> ((Number) t.get("index")).doubleValue())
                .min()
                .orElseThrow();
        assertThat(teamKeys).hasSize(Math.min(8, load.size()));
        assertThat(load.stream()
                        .filter(t -> !teamKeys.contains(((Map<?, ?>) t.get("team")).get("key")))
                        .mapToDouble(t -> ((Number) t.get("index")).doubleValue()))
                .as("no team left out is more loaded than one shown")
                .allMatch(x -> x <= lowestChosen);

        List<Map<String, Object>> points = LandscapeMapIT.maps(
                graphQl.document("""
                        query($input: LandscapeTrendsInput!) { landscapeTrends(input: $input) {
                          teams { teamKey index } } }""").variable("input", input).executeSync(), "landscapeTrends");
        assertThat(points).isNotEmpty();
        assertThat(drawn.keySet()).containsExactlyInAnyOrderElementsOf(teamKeys);
        for (String team : teamKeys) {
            List<Object> expected = points.stream()
                    .map(p -> ((List<Map<String, Object>>) p.get("teams"))
                            .stream()
                                    .filter(x -> team.equals(x.get("teamKey")))
                                    .map(x -> (Object) ((Number) x.get("index")).doubleValue())
                                    .findFirst()
                                    .orElse(null))
                    .toList();
            assertThat(drawn.get(team).stream()
                            .map(v -> v == null ? null : (Object) ((Number) v).doubleValue())
                            .toList())
                    .as("the trend of " + team)
                    .isEqualTo(expected);
        }
        screenshot("team-load-trends");
    }

    @Test
    void aLongHistoryIsSampledEvenlyAndTheSliderSaysHowManyVersionsItHolds() {
        int size = (Integer) graphQl.document("{ team(key: \"team-ml-platform\") { size } }")
                .executeSync()
                .field("team.size")
                .getValue();
        for (int change = 1; change <= 4; change++) {
            mutate("updateTeam", "UpdateTeamInput", Map.of("key", "team-ml-platform", "size", size + change));
        }
        mutate("updateTeam", "UpdateTeamInput", Map.of("key", "team-ml-platform", "size", size));
        ClientGraphQlResponse history = graphQl.document("""
                        { spread: landscapeHistory(first: 3, spread: true) {
                            earliest { version } latest { version } versions { version } }
                          oldest: landscapeHistory(first: 3) { versions { version } } }""").executeSync();
        int earliest = history.field("spread.earliest.version").toEntity(Integer.class);
        int latest = history.field("spread.latest.version").toEntity(Integer.class);
        assertThat(latest - earliest).as("more versions than asked for").isGreaterThanOrEqualTo(4);
        assertThat(history.field("spread.versions").toEntityList(Map.class))
                .extracting(v -> ((Number) v.get("version")).intValue())
                .containsExactly(earliest, earliest + (int) Math.round((latest - earliest) / 2.0), latest);
        assertThat(history.field("oldest.versions").toEntityList(Map.class))
                .extracting(v -> ((Number) v.get("version")).intValue())
                .containsExactly(earliest, earliest + 1, earliest + 2);

        open("load");
        assertThat(text("#time-slider label")).startsWith((latest - earliest + 1) + " recorded versions");
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
        Map<String, Object> input = new HashMap<>(Map.of(
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
