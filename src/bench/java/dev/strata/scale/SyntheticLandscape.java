package dev.strata.scale;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A generated landscape as plain records, one list per label and per relationship that carries data. References are
 * business keys (unique per label), so the model maps one to one onto a landscape file: a platform names its layer
 * and owner, a capability its platform, a consumer its owner, a team its value stream. Enumerations are their
 * stored SCREAMING_CASE names.
 */
public record SyntheticLandscape(
        Scale scale,
        long seed,
        List<Layer> layers,
        List<ValueStream> valueStreams,
        List<Team> teams,
        List<Platform> platforms,
        List<Capability> capabilities,
        List<Consumer> consumers,
        List<Dependency> dependencies,
        List<Consumption> consumptions) {

    public SyntheticLandscape {
        layers = List.copyOf(layers);
        valueStreams = List.copyOf(valueStreams);
        teams = List.copyOf(teams);
        platforms = List.copyOf(platforms);
        capabilities = List.copyOf(capabilities);
        consumers = List.copyOf(consumers);
        dependencies = List.copyOf(dependencies);
        consumptions = List.copyOf(consumptions);
    }

    public record Layer(String key, String name, @Nullable Integer rank, boolean crossCutting, String description) {}

    public record ValueStream(String key, String name, String kind, String description) {}

    /** @param valueStream key of the value stream the team is aligned to; null when not aligned */
    public record Team(
            String key,
            String name,
            String type,
            int size,
            @Nullable String valueStream) {}

    /** @param owner key of the owning team; null when unowned */
    public record Platform(
            String key,
            String name,
            String description,
            int tier,
            String layer,
            @Nullable String owner) {}

    /** @param platform key of the providing platform */
    public record Capability(
            String key,
            String name,
            String description,
            String lifecycle,
            @Nullable LocalDate gaDate,
            int tier,
            String category,
            double sloTarget,
            double sloAttainment,
            boolean compliant,
            String platform) {}

    /** @param owner key of the owning team */
    public record Consumer(String key, String name, String description, String kind, int tier, String owner) {}

    /** {@code (from)-[:DEPENDS_ON]->(to)} between capabilities. */
    public record Dependency(String from, String to) {}

    /** {@code (consumer)-[:CONSUMES {since, mode}]->(capability)}. */
    public record Consumption(String consumer, String capability, LocalDate since, String mode) {}

    public long nodeCount() {
        return (long) layers.size()
                + valueStreams.size()
                + teams.size()
                + platforms.size()
                + capabilities.size()
                + consumers.size();
    }

    /** ALIGNED_TO + OWNS + IN_LAYER + PROVIDES + DEPENDS_ON + CONSUMES. */
    public long relationshipCount() {
        long aligned = teams.stream().filter(t -> t.valueStream() != null).count();
        long ownsPlatform = platforms.stream().filter(p -> p.owner() != null).count();
        return aligned
                + ownsPlatform
                + consumers.size()
                + platforms.size()
                + capabilities.size()
                + dependencies.size()
                + consumptions.size();
    }

    @Override
    public String toString() {
        return "%s landscape (seed %d): %,d nodes, %,d relationships (%,d capabilities, %,d DEPENDS_ON, %,d consumers, %,d CONSUMES, %,d teams, %,d platforms)"
                .formatted(
                        scale,
                        seed,
                        nodeCount(),
                        relationshipCount(),
                        capabilities.size(),
                        dependencies.size(),
                        consumers.size(),
                        consumptions.size(),
                        teams.size(),
                        platforms.size());
    }
}
