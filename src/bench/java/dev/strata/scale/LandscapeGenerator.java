package dev.strata.scale;

import dev.strata.scale.SyntheticLandscape.Capability;
import dev.strata.scale.SyntheticLandscape.Consumer;
import dev.strata.scale.SyntheticLandscape.Consumption;
import dev.strata.scale.SyntheticLandscape.Dependency;
import dev.strata.scale.SyntheticLandscape.Layer;
import dev.strata.scale.SyntheticLandscape.Platform;
import dev.strata.scale.SyntheticLandscape.Team;
import dev.strata.scale.SyntheticLandscape.ValueStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Generates a realistic landscape, the same for the same scale and seed.
 *
 * <ul>
 *   <li>The demo's stack: {@code infrastructure} (rank 1) .. {@code ai-use-cases} (5) and the cross-cutting
 *       {@code observability}, {@code security}, {@code secrets}, {@code siem}; platforms and capabilities spread
 *       over them with fixed weights.</li>
 *   <li>Dependencies point down the stack (mostly one layer down), to earlier capabilities of the same layer, and to
 *       cross-cutting capabilities, which themselves depend on infrastructure. Every target is drawn with a power
 *       law over the layer's capabilities ({@code index = size * u^3}): the first few of each layer
 *       ({@code cloud-network-1}, {@code k8s-cluster-1}, {@code identity-sso-1}, ...) become the hubs that most of
 *       the landscape depends on. Consumers pick what they consume the same way.</li>
 *   <li>Teams of 3 to 9 people: platform teams own about two platforms each (2 % of platforms are unowned),
 *       stream-aligned teams own about 40 consumers each, a few enabling teams own nothing; each team is aligned to
 *       a business or enabling value stream (5 % are not).</li>
 *   <li>Consumption dates spread from 2019 to 2026, never long before the capability went GA.</li>
 *   <li>Deliberate problems: a few 3-capability cycles in {@code developer-platform} and a few upward
 *       dependencies (layer violations) from {@code infrastructure}/{@code container-platform} two layers up.</li>
 * </ul>
 */
public final class LandscapeGenerator {

    /** Ranked layers bottom-up, then the cross-cutting ones: the demo's layer keys. */
    static final String[] LAYERS = {
        "infrastructure",
        "container-platform",
        "developer-platform",
        "ai-toolbox",
        "ai-use-cases",
        "observability",
        "security",
        "secrets",
        "siem"
    };

    private static final int RANKED = 5;
    private static final double[] LAYER_WEIGHTS = {0.15, 0.15, 0.25, 0.15, 0.10, 0.06, 0.06, 0.04, 0.04};
    private static final String[][] CATEGORIES = {
        {"cloud-network", "cloud-compute", "block-storage", "object-storage", "dns", "load-balancer"},
        {"k8s-cluster", "k8s-workloads", "container-registry", "ingress", "node-pool", "service-mesh"},
        {
            "ci-pipelines",
            "gitops-deployments",
            "managed-postgres",
            "message-queue",
            "api-gateway",
            "cache",
            "artifact-store",
            "feature-flags"
        },
        {"model-serving", "llm-gateway", "vector-search", "feature-store", "training-jobs", "notebooks"},
        {"fraud-scoring", "claims-assistant", "document-extraction", "chat-copilot", "forecasting"},
        {"metrics", "logs", "tracing", "alerting"},
        {"identity-sso", "policy-engine", "vulnerability-scanning", "waf"},
        {"secrets-vault", "pki-certificates", "kms"},
        {"siem-ingest", "threat-detection", "audit-trail"}
    };
    /** Where consumers' consumptions land, per layer. */
    private static final double[] CONSUMPTION_WEIGHTS = {0.08, 0.25, 0.35, 0.12, 0.08, 0.06, 0.04, 0.02, 0.0};
    /** Where a cross-cutting dependency lands: observability, security, secrets, siem. */
    private static final double[] CROSS_CUTTING_WEIGHTS = {0, 0, 0, 0, 0, 0.3, 0.4, 0.2, 0.1};

    private static final String[] LIFECYCLES = {"GA", "BETA", "DEPRECATED", "PLANNED", "RETIRED"};
    private static final double[] LIFECYCLE_WEIGHTS = {0.72, 0.10, 0.08, 0.05, 0.05};
    private static final String[] MODES = {"X_AS_A_SERVICE", "COLLABORATION", "FACILITATING"};
    private static final double[] MODE_WEIGHTS = {0.75, 0.15, 0.10};
    private static final double[] SLO_TARGETS = {99.0, 99.5, 99.9};
    private static final LocalDate FIRST_USE = LocalDate.of(2019, 1, 1);
    private static final LocalDate LAST_USE = LocalDate.of(2026, 9, 30);
    private static final LocalDate FIRST_GA = LocalDate.of(2018, 1, 1);
    /** Capabilities at these first positions of their layer are hubs: always GA and tier 1. */
    private static final int HUBS_PER_LAYER = 3;

    private final Scale scale;
    private final long seed;
    private final SplittableRandom random;

    private LandscapeGenerator(Scale scale, long seed) {
        this.scale = scale;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    public static SyntheticLandscape generate(Scale scale, long seed) {
        return new LandscapeGenerator(scale, seed).generate();
    }

    private SyntheticLandscape generate() {
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < LAYERS.length; l++) {
            boolean crossCutting = l >= RANKED;
            layers.add(new Layer(
                    LAYERS[l],
                    title(LAYERS[l]),
                    crossCutting ? null : l + 1,
                    crossCutting,
                    crossCutting ? "Cross-cutting: " + title(LAYERS[l]) : "Rank " + (l + 1) + " of the stack"));
        }

        int platformTeamCount = Math.max(1, scale.platforms() / 2);
        int streamTeamCount = Math.max(1, scale.consumers() / 40);
        int enablingTeamCount = Math.max(1, (platformTeamCount + streamTeamCount) / 30);
        List<ValueStream> valueStreams = new ArrayList<>();
        int businessStreams = Math.max(3, streamTeamCount / 30);
        int enablingStreams = Math.max(1, platformTeamCount / 40);
        for (int i = 1; i <= businessStreams; i++) {
            valueStreams.add(new ValueStream(
                    "business-stream-" + i, "Business stream " + i, "BUSINESS", "Customer-facing value stream " + i));
        }
        for (int i = 1; i <= enablingStreams; i++) {
            valueStreams.add(new ValueStream(
                    "enabling-stream-" + i, "Enabling stream " + i, "ENABLING", "Platform value stream " + i));
        }

        List<Team> teams = new ArrayList<>();
        List<String> platformTeams = new ArrayList<>();
        List<String> streamTeams = new ArrayList<>();
        for (int i = 1; i <= platformTeamCount; i++) {
            String key = "team-platform-" + i;
            platformTeams.add(key);
            teams.add(new Team(
                    key,
                    "Platform team " + i,
                    chance(0.1) ? "COMPLICATED_SUBSYSTEM" : "PLATFORM",
                    teamSize(),
                    aligned("enabling-stream-", enablingStreams)));
        }
        for (int i = 1; i <= streamTeamCount; i++) {
            String key = "team-stream-" + i;
            streamTeams.add(key);
            teams.add(new Team(
                    key,
                    "Stream team " + i,
                    "STREAM_ALIGNED",
                    teamSize(),
                    aligned("business-stream-", businessStreams)));
        }
        for (int i = 1; i <= enablingTeamCount; i++) {
            teams.add(new Team(
                    "team-enabling-" + i,
                    "Enabling team " + i,
                    "ENABLING",
                    teamSize(),
                    aligned("enabling-stream-", enablingStreams)));
        }

        // Platforms: one per layer first, so that every layer holds one, then by weight.
        List<Platform> platforms = new ArrayList<>();
        List<List<String>> platformsByLayer = lists(LAYERS.length);
        for (int i = 0; i < scale.platforms(); i++) {
            int layer = i < LAYERS.length ? i : pick(LAYER_WEIGHTS);
            String key =
                    LAYERS[layer] + "-platform-" + (platformsByLayer.get(layer).size() + 1);
            String owner = chance(0.02)
                    ? null
                    : platformTeams.get(Math.min(platformTeamCount - 1, i * platformTeamCount / scale.platforms()));
            platforms.add(new Platform(
                    key, title(key), "Platform " + key, layer <= 1 ? 1 : 1 + random.nextInt(3), LAYERS[layer], owner));
            platformsByLayer.get(layer).add(key);
        }

        // Capabilities, numbered per category within their layer; the first of each layer are the hubs.
        List<Capability> capabilities = new ArrayList<>();
        List<List<Integer>> byLayer = lists(LAYERS.length);
        int[] layerOf = new int[scale.capabilities()];
        for (int i = 0; i < scale.capabilities(); i++) {
            int layer = i < LAYERS.length * HUBS_PER_LAYER ? i % LAYERS.length : pick(LAYER_WEIGHTS);
            int position = byLayer.get(layer).size();
            String[] categories = CATEGORIES[layer];
            String category = categories[position % categories.length];
            String key = category + "-" + (position / categories.length + 1);
            boolean hub = position < HUBS_PER_LAYER;
            String lifecycle = hub ? "GA" : LIFECYCLES[pick(LIFECYCLE_WEIGHTS)];
            LocalDate gaDate = lifecycle.equals("GA") || lifecycle.equals("DEPRECATED") || lifecycle.equals("RETIRED")
                    ? FIRST_GA.plusDays(random.nextInt(7 * 365))
                    : null;
            double sloTarget = SLO_TARGETS[random.nextInt(SLO_TARGETS.length)];
            double sloAttainment = Math.round((sloTarget - 0.5 + random.nextDouble() * 0.6) * 100) / 100.0;
            List<String> layerPlatforms = platformsByLayer.get(layer);
            capabilities.add(new Capability(
                    key,
                    title(key),
                    "Capability " + key,
                    lifecycle,
                    gaDate,
                    hub ? 1 : 1 + random.nextInt(3),
                    category,
                    sloTarget,
                    Math.min(100.0, sloAttainment),
                    chance(0.88),
                    layerPlatforms.get(random.nextInt(layerPlatforms.size()))));
            layerOf[i] = layer;
            byLayer.get(layer).add(i);
        }

        List<Dependency> dependencies = new ArrayList<>();
        Set<Long> edges = new HashSet<>();
        List<Integer> crossCutting = new ArrayList<>();
        int[] crossCuttingPosition = new int[scale.capabilities()];
        for (int i = 0; i < scale.capabilities(); i++) {
            if (layerOf[i] >= RANKED) {
                crossCuttingPosition[i] = crossCutting.size();
                crossCutting.add(i);
            }
        }
        int[] position = new int[scale.capabilities()];
        for (List<Integer> members : byLayer) {
            for (int p = 0; p < members.size(); p++) {
                position[members.get(p)] = p;
            }
        }
        for (int i = 0; i < scale.capabilities(); i++) {
            int layer = layerOf[i];
            int p = position[i];
            List<Integer> same = byLayer.get(layer);
            if (layer >= RANKED) {
                // Cross-cutting: on infrastructure, sometimes on an earlier cross-cutting capability.
                int count = 1 + random.nextInt(2);
                for (int k = 0; k < count; k++) {
                    depend(i, powerPick(byLayer.get(0), byLayer.get(0).size()), capabilities, dependencies, edges);
                }
                int q = crossCuttingPosition[i];
                if (q > 0 && chance(0.3)) {
                    depend(i, crossCutting.get(powerIndex(q)), capabilities, dependencies, edges);
                }
            } else if (layer == 0) {
                // Infrastructure: only on earlier infrastructure.
                if (p > 0) {
                    int count = chance(0.4) ? 2 : 1;
                    for (int k = 0; k < count; k++) {
                        depend(i, same.get(powerIndex(p)), capabilities, dependencies, edges);
                    }
                }
            } else {
                int count = 1 + random.nextInt(6);
                for (int k = 0; k < count; k++) {
                    int below = chance(0.65) ? layer - 1 : random.nextInt(layer);
                    depend(
                            i,
                            powerPick(byLayer.get(below), byLayer.get(below).size()),
                            capabilities,
                            dependencies,
                            edges);
                }
                if (p > 0 && chance(0.25)) {
                    depend(i, same.get(powerIndex(p)), capabilities, dependencies, edges);
                }
                if (chance(0.6)) {
                    int cross = pick(CROSS_CUTTING_WEIGHTS);
                    depend(
                            i,
                            powerPick(byLayer.get(cross), byLayer.get(cross).size()),
                            capabilities,
                            dependencies,
                            edges);
                }
            }
        }
        int problems = switch (scale) {
            case S -> 2;
            case M -> 5;
            case L -> 10;
        };
        // Cycles of three among the less popular half of developer-platform.
        List<Integer> developer = byLayer.get(2);
        for (int c = 0; c < problems; c++) {
            int a = tail(developer);
            int b = tail(developer);
            int d = tail(developer);
            if (a == b || b == d || a == d) {
                continue;
            }
            depend(a, b, capabilities, dependencies, edges);
            depend(b, d, capabilities, dependencies, edges);
            depend(d, a, capabilities, dependencies, edges);
        }
        // Layer violations: from infrastructure or container-platform two layers up.
        for (int v = 0; v < problems * 4; v++) {
            int from = random.nextInt(2);
            depend(tail(byLayer.get(from)), tail(byLayer.get(from + 2)), capabilities, dependencies, edges);
        }

        List<Consumer> consumers = new ArrayList<>();
        List<Consumption> consumptions = new ArrayList<>();
        int days = (int) (LAST_USE.toEpochDay() - FIRST_USE.toEpochDay());
        for (int i = 1; i <= scale.consumers(); i++) {
            double roll = random.nextDouble();
            String kind = roll < 0.5 ? "APPLICATION" : roll < 0.9 ? "SERVICE" : "AI_USE_CASE";
            String prefix = switch (kind) {
                case "APPLICATION" -> "app-";
                case "SERVICE" -> "svc-";
                default -> "ai-use-case-";
            };
            String key = prefix + i;
            consumers.add(new Consumer(
                    key,
                    title(key),
                    "Workload " + key,
                    kind,
                    1 + random.nextInt(3),
                    streamTeams.get(random.nextInt(streamTeamCount))));
            int count = 1 + random.nextInt(7);
            Set<Integer> chosen = new HashSet<>();
            for (int k = 0; k < count; k++) {
                int layer = pick(CONSUMPTION_WEIGHTS);
                int capability =
                        powerPick(byLayer.get(layer), byLayer.get(layer).size());
                if (!chosen.add(capability)) {
                    continue;
                }
                Capability target = capabilities.get(capability);
                LocalDate since;
                if (target.gaDate() != null && target.gaDate().isAfter(FIRST_USE)) {
                    LocalDate earliest = target.gaDate().minusDays(60);
                    since = earliest.plusDays(random.nextInt((int) (LAST_USE.toEpochDay() - earliest.toEpochDay())));
                } else {
                    since = FIRST_USE.plusDays(random.nextInt(days));
                }
                consumptions.add(new Consumption(key, target.key(), since, MODES[pick(MODE_WEIGHTS)]));
            }
        }
        return new SyntheticLandscape(
                scale,
                seed,
                layers,
                valueStreams,
                teams,
                platforms,
                capabilities,
                consumers,
                dependencies,
                consumptions);
    }

    private void depend(
            int from, int to, List<Capability> capabilities, List<Dependency> dependencies, Set<Long> edges) {
        if (from != to && edges.add((long) from << 32 | to)) {
            dependencies.add(new Dependency(
                    capabilities.get(from).key(), capabilities.get(to).key()));
        }
    }

    /** A power-law index in [0, size): low indexes (the hubs) are drawn far more often. */
    private int powerIndex(int size) {
        double u = random.nextDouble();
        return Math.min(size - 1, (int) (size * u * u * u));
    }

    private int powerPick(List<Integer> members, int size) {
        return members.get(powerIndex(size));
    }

    /** A member of the less popular half (never a hub). */
    private int tail(List<Integer> members) {
        int half = members.size() / 2;
        return members.get(half + random.nextInt(members.size() - half));
    }

    private int pick(double[] weights) {
        double roll = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            if (roll < sum) {
                return i;
            }
        }
        for (int i = weights.length - 1; ; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private int teamSize() {
        return 3 + random.nextInt(7);
    }

    private @Nullable String aligned(String prefix, int count) {
        return chance(0.05) ? null : prefix + (1 + random.nextInt(count));
    }

    private static <T> List<List<T>> lists(int n) {
        List<List<T>> lists = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    private static String title(String key) {
        StringBuilder name = new StringBuilder();
        for (String word : key.split("-")) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return name.toString();
    }
}
