package dev.strata.analytics.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.JsonPaths;
import dev.strata.testsupport.StrataIntegrationTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

/**
 * What the dashboard's map and risks view ask for at scale instead of whole lists (issue 15): {@code landscapeMap}
 * (the boxes per band with their badge counts, the rest on demand), {@code platformDependencies(amongMap)} (the
 * arrows between those boxes, asked for at the same time) and the windows and counts of {@code unowned},
 * {@code unusedCapabilities} and {@code layerViolations.violations}, each checked on the demo against the unwindowed
 * answers.
 */
class LandscapeMapWindowsIT extends StrataIntegrationTest {

    private static final String BOX =
            "key name tier owner { key name } capabilityCount riskCount badges { spof deprecated cycle violation unowned ambiguity }";

    @Test
    void theWholeMapHoldsEveryLayerAndPlatformWithTheBadgesTheRiskQueriesGive() {
        ClientGraphQlResponse layers = graphQl.document(
                        "{ layers { key name rank crossCutting platforms { key name tier owner { key name } capabilityCount } } }")
                .executeSync();
        ClientGraphQlResponse map = graphQl.document(
                        "{ landscapeMap(window: {allWhenAtMost: 1000}) { whole platformCount"
                                + " capabilityCount unplacedCapabilityCount bands { key name rank crossCutting platformCount"
                                + " moreCount platforms { " + BOX + " } } } }")
                .executeSync();
        assertThat(map.getErrors()).isEmpty();
        assertThat(map.field("landscapeMap.whole").toEntity(Boolean.class)).isTrue();
        List<Map> expectedLayers = layers.field("layers").toEntityList(Map.class);
        List<Map> bands = map.field("landscapeMap.bands").toEntityList(Map.class);
        assertThat(bands)
                .extracting(b -> b.get("key"))
                .containsExactlyElementsOf(
                        expectedLayers.stream().map(l -> l.get("key")).toList());
        Map<String, Map> boxes = new HashMap<>();
        for (int i = 0; i < bands.size(); i++) {
            Map band = bands.get(i);
            Map layer = expectedLayers.get(i);
            assertThat(band.get("name")).isEqualTo(layer.get("name"));
            assertThat(band.get("rank")).isEqualTo(layer.get("rank"));
            assertThat(band.get("crossCutting")).isEqualTo(layer.get("crossCutting"));
            List<Map> platforms = (List<Map>) band.get("platforms");
            List<Map> expected = (List<Map>) layer.get("platforms");
            assertThat(band.get("platformCount")).isEqualTo(expected.size());
            assertThat(band.get("moreCount")).isEqualTo(0);
            assertThat(platforms)
                    .as("the platforms of " + layer.get("key") + " with their owner, tier and capability count")
                    .map(LandscapeMapWindowsIT::box)
                    .containsExactlyInAnyOrderElementsOf(
                            expected.stream().map(LandscapeMapWindowsIT::box).toList());
            assertThat(platforms).isSortedAccordingTo(MAP_ORDER);
            platforms.forEach(p -> boxes.put((String) p.get("key"), p));
        }
        assertThat(map.field("landscapeMap.platformCount").toEntity(Integer.class))
                .isEqualTo(graphQl.document("{ platforms(first: 1) { totalCount } }")
                        .executeSync()
                        .field("platforms.totalCount")
                        .toEntity(Integer.class));
        assertThat(map.field("landscapeMap.unplacedCapabilityCount").toEntity(Integer.class))
                .isEqualTo(
                        graphQl.document("{ capabilities(first: 1, filter: {withoutPlatform: true}) { totalCount } }")
                                .executeSync()
                                .field("capabilities.totalCount")
                                .toEntity(Integer.class))
                .isPositive();

        // The badges: findings per platform, counted as the dashboard's risk model counts them.
        ClientGraphQlResponse risks = graphQl.document("""
                { structuralRisks { singlePointsOfFailure(first: 100) { capabilities { capability { platform { key } } }
                      platforms { platform { key } } }
                    unowned { kind node { key } platform { key } }
                    deprecatedInUsePage(first: 100) { nodes { capability { key platform { key } } } }
                    ownershipAmbiguity { platforms offerings { platform { key } } } }
                  layerViolations { violations { dependent { platform { key } } dependency { platform { key } } } }
                  dependencyCycles { capabilities { platform { key } } } }""").executeSync();
        assertThat(risks.getErrors()).isEmpty();
        Map<String, Map<String, Integer>> expected = new TreeMap<>();
        for (String p : JsonPaths.strings(
                risks, "structuralRisks.singlePointsOfFailure.capabilities[*].capability.platform.key")) {
            count(expected, "spof", List.of(p));
        }
        for (String p : JsonPaths.strings(risks, "structuralRisks.singlePointsOfFailure.platforms[*].platform.key")) {
            count(expected, "spof", List.of(p));
        }
        Map<String, String> deprecated = new HashMap<>();
        for (Map use : risks.field("structuralRisks.deprecatedInUsePage.nodes").toEntityList(Map.class)) {
            Map capability = (Map) use.get("capability");
            deprecated.put((String) capability.get("key"), platformKey(capability));
        }
        deprecated.values().forEach(p -> count(expected, "deprecated", p == null ? List.of() : List.of(p)));
        for (Map cycle : risks.field("dependencyCycles").toEntityList(Map.class)) {
            count(expected, "cycle", distinct((List<Map>) cycle.get("capabilities")));
        }
        for (Map v : risks.field("layerViolations.violations").toEntityList(Map.class)) {
            count(expected, "violation", distinct(List.of((Map) v.get("dependent"), (Map) v.get("dependency"))));
        }
        for (Map u : risks.field("structuralRisks.unowned").toEntityList(Map.class)) {
            Object platform = "PLATFORM".equals(u.get("kind")) ? u.get("node") : u.get("platform");
            count(expected, "unowned", platform == null ? List.of() : List.of((String) ((Map) platform).get("key")));
        }
        List<Map> ambiguity = risks.field("structuralRisks.ownershipAmbiguity").toEntityList(Map.class);
        assertThat(ambiguity.stream()
                        .mapToInt(a -> (Integer) a.get("platforms"))
                        .sum())
                .as("the demo's ambiguous categories mark their platforms")
                .isLessThanOrEqualTo(MapRanking.OFFERINGS_LIMIT);
        for (Map a : ambiguity) {
            count(
                    expected,
                    "ambiguity",
                    ((List<Map>) a.get("offerings"))
                            .stream()
                                    .map(o -> (String) ((Map) o.get("platform")).get("key"))
                                    .toList());
        }
        assertThat(expected.keySet()).contains("spof", "cycle", "violation", "unowned", "ambiguity");
        for (Map box : boxes.values()) {
            Map<String, Integer> badges = (Map<String, Integer>) box.get("badges");
            int sum = 0;
            for (String kind : List.of("spof", "deprecated", "cycle", "violation", "unowned", "ambiguity")) {
                assertThat(badges.get(kind))
                        .as(kind + " badges of " + box.get("key"))
                        .isEqualTo(expected.getOrDefault(kind, Map.of()).getOrDefault(box.get("key"), 0));
                sum += badges.get(kind);
            }
            assertThat(box.get("riskCount")).isEqualTo(sum);
        }
    }

    @Test
    void everyOwnerOnTheMapCarriesTheCognitiveLoadTheApiAnswersForItsTeam() {
        Map<String, Map> loads = new HashMap<>();
        for (Map load : graphQl.document("{ cognitiveLoad { team { key } band index } }")
                .executeSync()
                .field("cognitiveLoad")
                .toEntityList(Map.class)) {
            loads.put((String) ((Map) load.get("team")).get("key"), load);
        }
        List<Map> owners = new ArrayList<>();
        for (Map band : graphQl.document("{ landscapeMap(window: {allWhenAtMost: 1000}) { bands { platforms {"
                        + " owner { key loadBand loadIndex } } } } }")
                .executeSync()
                .field("landscapeMap.bands")
                .toEntityList(Map.class)) {
            for (Map platform : (List<Map>) band.get("platforms")) {
                if (platform.get("owner") != null) {
                    owners.add((Map) platform.get("owner"));
                }
            }
        }
        assertThat(owners).isNotEmpty();
        assertThat(owners).anySatisfy(o -> assertThat(o.get("loadBand")).isEqualTo("OVERLOADED"));
        for (Map owner : owners) {
            Map load = loads.get(owner.get("key"));
            assertThat(owner.get("loadBand"))
                    .as("band of " + owner.get("key"))
                    .isEqualTo(load == null ? null : load.get("band"));
            assertThat(owner.get("loadIndex"))
                    .as("index of " + owner.get("key"))
                    .isEqualTo(load == null ? null : load.get("index"));
        }
    }

    @Test
    void aWindowedMapShowsTheFirstPlatformsPerBandListsTheRestOnDemandAndItsArrowsAreThoseBetweenTheBoxes() {
        List<Map> whole = graphQl.document(
                        "{ landscapeMap(window: {allWhenAtMost: 1000}) { bands { key platforms { " + BOX + " } } } }")
                .executeSync()
                .field("landscapeMap.bands")
                .toEntityList(Map.class);
        ClientGraphQlResponse windowed = graphQl.document("{ landscapeMap(window: {perBand: 2}) { whole bands { key"
                        + " platformCount moreCount moreCapabilityCount platforms { key } more { key } } } }")
                .executeSync();
        assertThat(windowed.field("landscapeMap.whole").toEntity(Boolean.class)).isFalse();
        List<Map> bands = windowed.field("landscapeMap.bands").toEntityList(Map.class);
        Set<String> shown = new LinkedHashSet<>();
        boolean someMore = false;
        for (int i = 0; i < bands.size(); i++) {
            List<Map> all = (List<Map>) whole.get(i).get("platforms");
            List<Object> keys = all.stream().map(p -> p.get("key")).toList();
            Map band = bands.get(i);
            int boxes = Math.min(2, all.size());
            assertThat(((List<Map>) band.get("platforms")).stream().map(p -> p.get("key")))
                    .as("the boxes of " + band.get("key") + ": its first two in the map's order")
                    .containsExactlyElementsOf(keys.subList(0, boxes));
            assertThat(((List<Map>) band.get("more")).stream().map(p -> p.get("key")))
                    .containsExactlyElementsOf(keys.subList(boxes, keys.size()));
            assertThat(band.get("moreCount")).isEqualTo(all.size() - boxes);
            assertThat(band.get("moreCapabilityCount"))
                    .isEqualTo(all.subList(boxes, all.size()).stream()
                            .mapToInt(p -> (Integer) p.get("capabilityCount"))
                            .sum());
            someMore |= all.size() > boxes;
            keys.subList(0, boxes).forEach(k -> shown.add((String) k));
        }
        assertThat(someMore).isTrue();

        // A slice of a band's rest: the largest band, one box, the rest from its second platform on, two at a time.
        List<Object> largest = whole.stream()
                .map(b -> ((List<Map>) b.get("platforms"))
                        .stream().map(p -> p.get("key")).toList())
                .max(Comparator.comparingInt(List::size))
                .orElseThrow();
        int n = largest.size();
        assertThat(n).isGreaterThanOrEqualTo(3);
        String layer = (String) whole.get(whole.stream()
                        .map(b -> ((List<Map>) b.get("platforms")).size())
                        .toList()
                        .indexOf(n))
                .get("key");
        assertThat(JsonPaths.strings(
                        graphQl.document(
                                        "query($layer: ID!) { landscapeMap(window: {perBand: 1}) { bands(layer: $layer)"
                                                + " { key more(first: 2, offset: 1) { key } } } }")
                                .variable("layer", layer)
                                .executeSync(),
                        "landscapeMap.bands[*].more[*].key"))
                .containsExactlyElementsOf(largest.subList(2, Math.min(4, n)).stream()
                        .map(String::valueOf)
                        .toList());

        String edges = "query($among: [ID!], $amongMap: MapWindow) { platformDependencies(first: 1000, among: $among,"
                + " amongMap: $amongMap) { totalCount totalWeight dependencies { from { key } to { key } weight } } }";
        ClientGraphQlResponse byKeys = graphQl.document(edges)
                .variable("among", List.copyOf(shown))
                .variable("amongMap", null)
                .executeSync();
        ClientGraphQlResponse byMap = graphQl.document(edges)
                .variable("among", null)
                .variable("amongMap", Map.of("perBand", 2))
                .executeSync();
        assertThat(byMap.getErrors()).isEmpty();
        assertThat(byMap.field("platformDependencies").toEntity(Map.class))
                .isEqualTo(byKeys.field("platformDependencies").toEntity(Map.class));
        assertThat(byMap.field("platformDependencies.totalCount").toEntity(Integer.class))
                .isPositive();

        assertThat(graphQl.document("{ landscapeMap(window: {perBand: 0}) { whole } }")
                        .executeSync()
                        .getErrors())
                .singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("perBand", "0"));
    }

    @Test
    void unownedUnusedAndViolationsComeAsWindowsOfTheWholeListsWithTheirCounts() {
        ClientGraphQlResponse all = graphQl.document("""
                { structuralRisks { unowned { kind node { key } } unusedCapabilities { capability { key } lifecycle } }
                  layerViolations { violations { dependent { key } dependency { key } } } }""").executeSync();
        List<Map> unowned = all.field("structuralRisks.unowned").toEntityList(Map.class);
        List<Map> unused = all.field("structuralRisks.unusedCapabilities").toEntityList(Map.class);
        List<Map> violations = all.field("layerViolations.violations").toEntityList(Map.class);
        assertThat(unowned).hasSizeGreaterThan(3);
        assertThat(unused).hasSizeGreaterThan(3);
        assertThat(violations).isNotEmpty();
        assertThat(unused).anySatisfy(u -> assertThat(u.get("lifecycle")).isEqualTo("PLANNED"));
        assertThat(unused).anySatisfy(u -> assertThat(u.get("lifecycle")).isNotEqualTo("PLANNED"));

        ClientGraphQlResponse windows = graphQl.document("""
                { structuralRisks { unowned(first: 2, offset: 1) { node { key } }
                    unownedCount platforms: unownedCount(kind: PLATFORM) capabilities: unownedCount(kind: CAPABILITY)
                    unusedCapabilities(first: 2, offset: 1) { capability { key } }
                    planned: unusedCapabilities(planned: true) { capability { key } }
                    other: unusedCapabilities(planned: false) { capability { key } }
                    unusedCapabilityCount plannedCount: unusedCapabilityCount(planned: true)
                    otherCount: unusedCapabilityCount(planned: false) }
                  layerViolations { violations(first: 1, offset: 0) { dependent { key } dependency { key } }
                    rest: violations(offset: 1) { dependent { key } } violationCount } }""").executeSync();
        assertThat(windows.getErrors()).isEmpty();
        assertThat(JsonPaths.strings(windows, "structuralRisks.unowned[*].node.key"))
                .containsExactlyElementsOf(keys(unowned.subList(1, 3), "node"));
        assertThat(windows.field("structuralRisks.unownedCount").toEntity(Integer.class))
                .isEqualTo(unowned.size());
        assertThat(windows.field("structuralRisks.platforms").toEntity(Integer.class))
                .isEqualTo((int) unowned.stream()
                        .filter(u -> u.get("kind").equals("PLATFORM"))
                        .count())
                .isPositive();
        assertThat(windows.field("structuralRisks.capabilities").toEntity(Integer.class))
                .isEqualTo((int) unowned.stream()
                        .filter(u -> u.get("kind").equals("CAPABILITY"))
                        .count())
                .isPositive();
        assertThat(JsonPaths.strings(windows, "structuralRisks.unusedCapabilities[*].capability.key"))
                .containsExactlyElementsOf(keys(unused.subList(1, 3), "capability"));
        List<Map> planned = unused.stream()
                .filter(u -> "PLANNED".equals(u.get("lifecycle")))
                .toList();
        List<Map> other = unused.stream()
                .filter(u -> !"PLANNED".equals(u.get("lifecycle")))
                .toList();
        assertThat(JsonPaths.strings(windows, "structuralRisks.planned[*].capability.key"))
                .containsExactlyElementsOf(keys(planned, "capability"));
        assertThat(JsonPaths.strings(windows, "structuralRisks.other[*].capability.key"))
                .containsExactlyElementsOf(keys(other, "capability"));
        assertThat(windows.field("structuralRisks.unusedCapabilityCount").toEntity(Integer.class))
                .isEqualTo(unused.size());
        assertThat(windows.field("structuralRisks.plannedCount").toEntity(Integer.class))
                .isEqualTo(planned.size());
        assertThat(windows.field("structuralRisks.otherCount").toEntity(Integer.class))
                .isEqualTo(other.size());
        assertThat(JsonPaths.strings(windows, "layerViolations.violations[*].dependent.key"))
                .containsExactlyElementsOf(keys(violations.subList(0, 1), "dependent"));
        assertThat(JsonPaths.strings(windows, "layerViolations.rest[*].dependent.key"))
                .containsExactlyElementsOf(keys(violations.subList(1, violations.size()), "dependent"));
        assertThat(windows.field("layerViolations.violationCount").toEntity(Integer.class))
                .isEqualTo(violations.size());
    }

    /** The map's order within a band: most badges, then most capabilities, then by name (case aside), then key. */
    private static final Comparator<Map> MAP_ORDER = Comparator.<Map>comparingInt(p -> -(Integer) p.get("riskCount"))
            .thenComparingInt(p -> -(Integer) p.get("capabilityCount"))
            .thenComparing(p -> (String) p.get("name"), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(p -> (String) p.get("key"));

    private static void count(Map<String, Map<String, Integer>> counts, String kind, List<String> platforms) {
        for (String platform : platforms) {
            counts.computeIfAbsent(kind, k -> new HashMap<>()).merge(platform, 1, Integer::sum);
        }
    }

    private static List<String> distinct(List<Map> capabilities) {
        Set<String> platforms = new LinkedHashSet<>();
        for (Map capability : capabilities) {
            String platform = platformKey(capability);
            if (platform != null) {
                platforms.add(platform);
            }
        }
        return new ArrayList<>(platforms);
    }

    private static String platformKey(Map capability) {
        Map platform = (Map) capability.get("platform");
        return platform == null ? null : (String) platform.get("key");
    }

    /** What a platform's box shows: key, name, tier, owner and capability count. */
    private static List<Object> box(Map platform) {
        return List.of(
                platform.get("key"),
                platform.get("name"),
                platform.get("tier"),
                String.valueOf(platform.get("owner")),
                platform.get("capabilityCount"));
    }

    private static List<String> keys(List<Map> rows, String node) {
        return rows.stream().map(r -> (String) ((Map) r.get(node)).get("key")).toList();
    }
}
