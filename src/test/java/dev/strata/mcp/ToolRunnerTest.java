package dev.strata.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.graphql.FieldCosts;
import dev.strata.graphql.HeavyWorkAdmission;
import dev.strata.graphql.RequestDeadline;
import dev.strata.security.SecurityProperties;
import dev.strata.testsupport.SchemaFiles;
import graphql.schema.GraphQLSchema;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A tool call costs what the GraphQL fields doing its work cost, against the same budget, and waits for a heavy-work
 * turn when one of them is heavy: refused calls run nothing.
 */
class ToolRunnerTest {

    private static final GraphQLSchema SCHEMA = SchemaFiles.schema();
    private static final SecurityProperties ANONYMOUS_READ = new SecurityProperties(true, null, "roles", "sub");

    @Test
    void aCallOverTheBudgetIsRefusedNamingItsCostTheBudgetAndTheSetting() {
        CountingTool risks =
                new CountingTool(List.of("StructuralRisks.singlePointsOfFailure", "StructuralRisks.tierInversionPage"));
        ToolRunner runner = new ToolRunner(admission(2), FieldCosts.of(SCHEMA, 5_000), ANONYMOUS_READ);

        CallToolResult refused = runner.call(risks, McpTransportContext.EMPTY, Map.of());

        assertThat(refused.isError()).isTrue();
        assertThat(text(refused))
                .contains("costs 7,000 points")
                .contains("StructuralRisks.singlePointsOfFailure, StructuralRisks.tierInversionPage")
                .contains("budget of 5,000 points")
                .contains("strata.graphql.max-cost");
        assertThat(risks.calls).hasValue(0);

        ToolRunner generous = new ToolRunner(admission(2), FieldCosts.of(SCHEMA, 7_000), ANONYMOUS_READ);
        assertThat(generous.call(risks, McpTransportContext.EMPTY, Map.of()).isError())
                .isFalse();
        assertThat(risks.calls).hasValue(1);
    }

    @Test
    void aHeavyCallWaitsForItsTurnAndALookupNeverDoes() {
        HeavyWorkAdmission admission = admission(1);
        ToolRunner runner = new ToolRunner(admission, FieldCosts.of(SCHEMA, 100_000), ANONYMOUS_READ);
        CountingTool blastRadius = new CountingTool(List.of("Query.blastRadius"));
        CountingTool lookup = new CountingTool(List.of());
        admission.acquire("another request's heavy field", null);
        try {
            CallToolResult busy = runner.call(blastRadius, McpTransportContext.EMPTY, Map.of());
            assertThat(busy.isError()).isTrue();
            assertThat(text(busy)).containsIgnoringCase("busy");
            assertThat(blastRadius.calls).hasValue(0);

            assertThat(runner.call(lookup, McpTransportContext.EMPTY, Map.of()).isError())
                    .isFalse();
            assertThat(lookup.calls).hasValue(1);
        } finally {
            admission.release();
        }
        assertThat(runner.call(blastRadius, McpTransportContext.EMPTY, Map.of()).isError())
                .isFalse();
        assertThat(blastRadius.calls).hasValue(1);
    }

    private static HeavyWorkAdmission admission(int permits) {
        return HeavyWorkAdmission.of(permits, Duration.ofMillis(100), Duration.ofSeconds(10));
    }

    private static String text(CallToolResult result) {
        return ((TextContent) result.content().getFirst()).text();
    }

    /** A tool doing the work of the given fields, counting its calls. */
    private static final class CountingTool implements StrataTool {
        private final List<String> fields;
        final AtomicInteger calls = new AtomicInteger();

        CountingTool(List<String> fields) {
            this.fields = fields;
        }

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public String title() {
            return "Counting";
        }

        @Override
        public String description() {
            return "counts its calls";
        }

        @Override
        public Map<String, Object> inputSchema() {
            return Map.of("type", "object", "properties", Map.of());
        }

        @Override
        public List<String> fields(ToolArguments arguments) {
            return fields;
        }

        @Override
        public ToolAnswer call(ToolArguments arguments, RequestDeadline deadline) {
            calls.incrementAndGet();
            return new ToolAnswer("ran", Map.of());
        }
    }
}
