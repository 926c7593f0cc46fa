package dev.strata.scale;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.snapshot.BenchSnapshotSources;
import dev.strata.model.EdgeType;
import dev.strata.model.Landscape;
import dev.strata.model.LandscapeDiff;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import dev.strata.store.BenchDiffs;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The snapshot: a full read (through the embedded kernel, against the Bolt reader it replaces), and its update after
 * a committed change (applied to the snapshot, against writing the change and reading everything again).
 */
final class SnapshotRows {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final Measurements m;
    private final Supplier<LandscapeSnapshot> kernel;
    private final Supplier<LandscapeSnapshot> bolt;

    SnapshotRows(Measurements measurements) {
        this.m = measurements;
        this.kernel = BenchSnapshotSources.kernel(measurements.database.server().defaultDatabaseService(), TIMEOUT);
        this.bolt = BenchSnapshotSources.bolt(measurements.driver(), TIMEOUT);
    }

    /** Reads the snapshot both ways, reports, and returns it. */
    LandscapeSnapshot load() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        LandscapeSnapshot snapshot = kernel.get();
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();
        Timings kernelTimes = Measurements.measureAdaptive(2, Math.min(m.options.runs(), 5), kernel);
        Timings boltTimes = Measurements.measureAdaptive(1, Math.min(m.options.runs(), 3), bolt);
        boolean equal = SnapshotDigest.of(snapshot) == SnapshotDigest.of(bolt.get());
        long relationships = snapshot.relationshipCount();
        m.report.add(new BenchmarkReport.Row(
                "snapshot load: the whole landscape through the embedded kernel "
                        + "(KernelSnapshotSource, the in-process default)",
                kernelTimes,
                boltTimes,
                equal ? "equal (every node, attribute and relationship)" : "DIFFERENT from the Bolt reader",
                ("%s; reference: the Bolt reader (LandscapeSnapshotLoader, what an external Neo4j uses); adjacency "
                                + "%.1f bytes/relationship, estimated %.1f MB, heap growth after GC %.1f MB")
                        .formatted(
                                snapshot,
                                (double) snapshot.adjacencyBytes() / relationships,
                                snapshot.estimatedBytes() / 1e6,
                                (after - before) / 1e6),
                m.target("median", 1_000, 10_000)));
        return snapshot;
    }

    /**
     * One change, then a change of 1,000 nodes and relationships: each applied to the snapshot (the engine) and,
     * as the reference, written to the database and read again in full; both must give the same snapshot.
     */
    void updates(LandscapeSnapshot snapshot, SyntheticLandscape synthetic) {
        Landscape before = LandscapeFiles.toLandscape(synthetic);
        Landscape afterOne = oneChange(before, synthetic);
        LandscapeDiff one = LandscapeDiff.of(before, afterOne);
        Landscape afterMany = thousandChanges(afterOne, synthetic);
        LandscapeDiff many = LandscapeDiff.of(afterOne, afterMany);

        Timings applyOne = m.measure(() -> snapshot.apply(one));
        LandscapeSnapshot patchedOne = snapshot.apply(one);
        BenchDiffs.write(m.driver(), one);
        Timings reloadOne = Measurements.measureAdaptive(0, Math.min(m.options.runs(), 3), kernel);
        boolean oneEqual = SnapshotDigest.of(patchedOne) == SnapshotDigest.of(kernel.get());
        m.report.add(new BenchmarkReport.Row(
                "snapshot update after one change (a capability deprecated, a dependency "
                        + "added): applied to the snapshot",
                applyOne,
                reloadOne,
                oneEqual
                        ? "equal to reading the changed graph again"
                        : "DIFFERENT from reading the changed graph again",
                one.nodeChanges().size() + " node and " + one.edgeChanges().size() + " relationship changes; reference:"
                        + " a full read after the write (what every write cost before)",
                m.target("median", 50, Double.NaN)));

        Timings applyMany = m.measure(() -> patchedOne.apply(many));
        LandscapeSnapshot patchedMany = patchedOne.apply(many);
        BenchDiffs.write(m.driver(), many);
        Timings reloadMany = Measurements.measureAdaptive(0, Math.min(m.options.runs(), 3), kernel);
        boolean manyEqual = SnapshotDigest.of(patchedMany) == SnapshotDigest.of(kernel.get());
        m.report.add(new BenchmarkReport.Row(
                "snapshot update after a 1,000-change apply: applied to the snapshot",
                applyMany,
                reloadMany,
                manyEqual
                        ? "equal to reading the changed graph again"
                        : "DIFFERENT from reading the changed graph again",
                many.nodeChanges().size() + " node and " + many.edgeChanges().size()
                        + " relationship changes; reference: a full read after the write",
                m.target("median", 1_000, Double.NaN)));
    }

    /** A mid-stack capability deprecated, and a new dependency of it on an infrastructure hub. */
    private static Landscape oneChange(Landscape before, SyntheticLandscape synthetic) {
        Landscape after = before.copy();
        SyntheticLandscape.Capability capability =
                synthetic.capabilities().get(synthetic.capabilities().size() / 2);
        NodeRef ref = NodeRef.capability(capability.key());
        Map<String, Object> properties =
                new LinkedHashMap<>(before.nodes().get(ref).properties());
        properties.put("lifecycle", "DEPRECATED");
        after.put(new Landscape.Node(ref, properties));
        String hub = synthetic.capabilities().getFirst().key();
        after.put(
                new Landscape.Edge(new Landscape.EdgeId(EdgeType.DEPENDS_ON, ref, NodeRef.capability(hub)), Map.of()));
        return after;
    }

    /** 250 new capabilities, each provided by a platform, depending on a hub and consumed by a consumer. */
    private static Landscape thousandChanges(Landscape before, SyntheticLandscape synthetic) {
        Landscape after = before.copy();
        List<SyntheticLandscape.Platform> platforms = synthetic.platforms();
        List<SyntheticLandscape.Consumer> consumers = synthetic.consumers();
        for (int i = 0; i < 250; i++) {
            NodeRef ref = NodeRef.capability("bench-new-capability-" + i);
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("name", "Bench new capability " + i);
            properties.put("lifecycle", "BETA");
            properties.put("tier", 2);
            properties.put("category", "bench");
            after.put(new Landscape.Node(ref, properties));
            after.put(new Landscape.Edge(
                    new Landscape.EdgeId(
                            EdgeType.PROVIDES,
                            NodeRef.platform(platforms.get(i % platforms.size()).key()),
                            ref),
                    Map.of()));
            after.put(new Landscape.Edge(
                    new Landscape.EdgeId(
                            EdgeType.DEPENDS_ON,
                            ref,
                            NodeRef.capability(
                                    synthetic.capabilities().get(i % 10).key())),
                    Map.of()));
            after.put(new Landscape.Edge(
                    new Landscape.EdgeId(
                            EdgeType.CONSUMES,
                            new NodeRef(
                                    NodeKind.CONSUMER,
                                    consumers.get(i * 7 % consumers.size()).key()),
                            ref),
                    Map.of("since", LocalDate.of(2026, 10, 1), "mode", "X_AS_A_SERVICE")));
        }
        return after;
    }
}
