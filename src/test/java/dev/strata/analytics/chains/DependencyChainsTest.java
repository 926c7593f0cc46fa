package dev.strata.analytics.chains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.analytics.Fixtures;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.graph.UnknownNodeException;
import dev.strata.model.NodeKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chains on the example graphs of {@code src/docs/analytics/chains.md}. */
class DependencyChainsTest {

    private static List<String> rows(ChainsResult result) {
        return result.chains().stream().map(DependencyChainsTest::row).toList();
    }

    private static String row(Chain chain) {
        return String.join(">", chain.capabilities()) + " " + chain.layers() + " " + chain.end();
    }

    @Test
    void consumerChainsRunThroughWhatItConsumesDownToInfrastructure() {
        LandscapeSnapshot landscape = Fixtures.yaml("landscape-example");

        ChainsResult result = DependencyChains.chainsFrom(landscape, NodeKind.CONSUMER, "checkout", 10);

        String layers = "[developer-platform, container-platform, infrastructure]";
        assertThat(result.startCapabilities()).containsExactly("deploy");
        assertThat(rows(result))
                .containsExactly(
                        "deploy>ingress>kubernetes>network " + layers + " LEAF",
                        "deploy>ingress>kubernetes>vm " + layers + " LEAF",
                        "deploy>ingress>network " + layers + " LEAF",
                        "deploy>kubernetes>network " + layers + " LEAF",
                        "deploy>kubernetes>vm " + layers + " LEAF");
        assertThat(result.chains()).allMatch(Chain::endsAtBottomLayer);
        assertThat(result.truncated()).isFalse();
        assertThat(result.chainCount()).isEqualTo(5);
        assertThat(result.longest()).isNotNull();
        assertThat(row(result.longest())).isEqualTo("deploy>ingress>kubernetes>network " + layers + " LEAF");
        assertThat(result.longest().hops()).isEqualTo(3);

        ChainsResult capped = DependencyChains.chainsFrom(landscape, NodeKind.CONSUMER, "checkout", 2);
        assertThat(rows(capped)).containsExactlyElementsOf(rows(result).subList(0, 2));
        assertThat(capped.truncated()).isTrue();
        assertThat(capped.chainCount()).isEqualTo(5);

        ChainsResult shallow = DependencyChains.chainsFrom(landscape, NodeKind.CONSUMER, "checkout", 10, 1);
        assertThat(rows(shallow))
                .containsExactly(
                        "deploy>ingress [developer-platform, container-platform] DEPTH_LIMIT",
                        "deploy>kubernetes [developer-platform, container-platform] DEPTH_LIMIT");

        ChainsResult platform = DependencyChains.chainsFrom(landscape, NodeKind.PLATFORM, "cluster", 10);
        assertThat(platform.startCapabilities()).containsExactly("ingress", "kubernetes");
        assertThat(platform.chains())
                .extracting(c -> String.join(">", c.capabilities()))
                .containsExactly(
                        "ingress>kubernetes>network",
                        "ingress>kubernetes>vm",
                        "ingress>network",
                        "kubernetes>network",
                        "kubernetes>vm");

        ChainsResult metrics = DependencyChains.chainsFrom(landscape, NodeKind.CAPABILITY, "metrics", 10);
        assertThat(rows(metrics)).containsExactly("metrics [observability] LEAF");
        assertThat(metrics.chains().getFirst().endsAtBottomLayer()).isFalse();

        List<String> reference = Fixtures.referenceOn(
                        "landscape-example", "dependency-chains", Map.of("key", "deploy", "maxChains", 100))
                .stream()
                .map(r -> String.join(">", r.get("capabilities").asList(v -> v.asString())) + " "
                        + r.get("layers").asList(v -> v.asString()) + " LEAF")
                .toList();
        assertThat(reference).containsExactlyInAnyOrderElementsOf(rows(result));
    }

    @Test
    void cyclesEndAChainInsteadOfLooping() {
        LandscapeSnapshot cyclic = Fixtures.load("cycles-example");

        assertThat(rows(DependencyChains.chainsFrom(cyclic, NodeKind.CAPABILITY, "a", 10)))
                .containsExactly("a>b>c>d>e>h [] LEAF");
        ChainsResult fromE = DependencyChains.chainsFrom(cyclic, NodeKind.CAPABILITY, "e", 10);
        assertThat(rows(fromE)).containsExactly("e>d [] CYCLE", "e>h [] LEAF");
        assertThat(fromE.longest().capabilities()).containsExactly("e", "d");
    }

    @Test
    void unknownStartIsReportedAndTeamsHaveNoChains() {
        LandscapeSnapshot landscape = Fixtures.yaml("landscape-example");

        assertThatThrownBy(() -> DependencyChains.chainsFrom(landscape, NodeKind.CONSUMER, "nope", 10))
                .isInstanceOf(UnknownNodeException.class)
                .hasMessage("no consumer with key 'nope'");
        assertThatThrownBy(() -> DependencyChains.chainsFrom(landscape, NodeKind.TEAM, "k8s-team", 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
