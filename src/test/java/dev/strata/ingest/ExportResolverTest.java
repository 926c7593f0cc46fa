package dev.strata.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

/** The export's remembering resolver answers what SnakeYAML's own resolver answers, the first time and again. */
class ExportResolverTest {

    private static final List<String> TEXTS = List.of(
            "yes",
            "No",
            "on",
            "OFF",
            "true",
            "~",
            "null",
            "",
            "1",
            "-2",
            "0x1F",
            "1_000",
            "1.5",
            ".inf",
            "1e3",
            "2020-01-02",
            "2020-01-02 10:00:00",
            "<<",
            "=",
            "cloud-network-1",
            "Cloud Network 1",
            "title",
            "tier",
            "GA",
            "DEPRECATED",
            "x_as_a_service",
            "@at",
            "!tag",
            "*alias",
            "&anchor",
            "12:30",
            "0o17",
            "+1");

    @Test
    void answersAsTheStockResolverForEveryKindOfScalarTwice() {
        Resolver stock = new Resolver();
        ExportResolver remembering = new ExportResolver();
        for (int round = 0; round < 2; round++) {
            for (String text : TEXTS) {
                assertThat(remembering.resolve(NodeId.scalar, text, true))
                        .as(text)
                        .isEqualTo(stock.resolve(NodeId.scalar, text, true));
                assertThat(remembering.resolve(NodeId.scalar, text, false))
                        .as(text)
                        .isEqualTo(stock.resolve(NodeId.scalar, text, false));
            }
        }
        assertThat(remembering.resolve(NodeId.mapping, "", true)).isEqualTo(stock.resolve(NodeId.mapping, "", true));
    }

    @Test
    void stopsRememberingAtItsLimitAndStillAnswersTheSame() {
        Resolver stock = new Resolver();
        ExportResolver remembering = new ExportResolver();
        for (int i = 0; i < ExportResolver.LIMIT + 10; i++) {
            remembering.resolve(NodeId.scalar, "key-" + i, true);
        }
        for (String text : TEXTS) {
            assertThat(remembering.resolve(NodeId.scalar, text, true))
                    .as(text)
                    .isEqualTo(stock.resolve(NodeId.scalar, text, true));
        }
    }
}
