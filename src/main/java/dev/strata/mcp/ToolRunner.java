package dev.strata.mcp;

import dev.strata.analytics.graph.UnknownNodeException;
import dev.strata.graphql.FieldCosts;
import dev.strata.graphql.HeavyWorkAdmission;
import dev.strata.graphql.InvalidArgumentException;
import dev.strata.graphql.RequestDeadline;
import dev.strata.graphql.RequestDeadlineExceededException;
import dev.strata.graphql.ServerBusyException;
import dev.strata.security.Role;
import dev.strata.security.SecurityProperties;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs a tool call the way GraphQL runs a field: the caller must hold the viewer role (HTTP security has refused
 * anyone else already; this holds for any other transport too), the call costs what the GraphQL fields doing the same
 * work cost and is refused over the same budget, it gets the request deadline and, when one of those fields is heavy,
 * a turn from the shared {@link HeavyWorkAdmission}. Every failure becomes a tool result with {@code isError}: the
 * agent's own mistakes with their message, anything else with a reference to the server log, never a stack trace.
 */
@Component
class ToolRunner {

    /** Key of the caller's {@link Authentication} in the MCP transport context. */
    static final String CALLER = "strata.caller";

    private static final Logger log = LoggerFactory.getLogger(ToolRunner.class);

    private final HeavyWorkAdmission admission;
    private final FieldCosts costs;
    private final SecurityProperties security;

    ToolRunner(HeavyWorkAdmission admission, FieldCosts costs, SecurityProperties security) {
        this.admission = admission;
        this.costs = costs;
        this.security = security;
    }

    SyncToolSpecification specification(StrataTool tool) {
        McpSchema.Tool definition = McpSchema.Tool.builder()
                .name(tool.name())
                .title(tool.title())
                .description(tool.description())
                .inputSchema(tool.inputSchema())
                .annotations(new McpSchema.ToolAnnotations(tool.title(), true, false, true, false, null))
                .build();
        return new SyncToolSpecification(definition, (context, request) -> call(tool, context, request.arguments()));
    }

    CallToolResult call(StrataTool tool, McpTransportContext context, @Nullable Map<String, Object> rawArguments) {
        String refusal = refusal(context.get(CALLER));
        if (refusal != null) {
            return error(tool.name() + ": " + refusal);
        }
        try {
            ToolArguments arguments = ToolArguments.of(tool.name(), rawArguments, properties(tool));
            List<String> fields = tool.fields(arguments);
            long cost = costs.cost(fields);
            if (cost > costs.maxCost()) {
                return error(String.format(
                        Locale.ROOT,
                        "%s: this call costs %,d points (the GraphQL fields %s), above the budget of %,d points of"
                                + " one request (strata.graphql.max-cost); ask for less in one call",
                        tool.name(),
                        cost,
                        String.join(", ", fields),
                        costs.maxCost()));
            }
            RequestDeadline deadline = admission.newDeadline();
            ToolAnswer answer;
            if (costs.heavy(fields)) {
                admission.acquire("the tool " + tool.name(), deadline);
                try {
                    answer = tool.call(arguments, deadline);
                } finally {
                    admission.release();
                }
            } else {
                answer = tool.call(arguments, deadline);
            }
            return CallToolResult.builder()
                    .addTextContent(answer.text())
                    .structuredContent(answer.structured())
                    .isError(false)
                    .build();
        } catch (ToolFailure | RequestDeadlineExceededException | ServerBusyException expected) {
            return error(expected.getMessage());
        } catch (InvalidArgumentException invalid) { // e.g. an asOf before history begins, or in the future
            return error(tool.name() + ": " + invalid.getMessage());
        } catch (UnknownNodeException unknown) {
            return error(tool.name() + ": " + unknown.getMessage() + "; find_nodes searches by name or key");
        } catch (RuntimeException unexpected) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            log.error(
                    "MCP tool {} failed (error id {}); the caller got an error result naming this id",
                    tool.name(),
                    id,
                    unexpected);
            return error(tool.name() + ": internal error " + id + " ("
                    + unexpected.getClass().getSimpleName() + "); the Strata server log has the details under this id");
        }
    }

    private @Nullable String refusal(@Nullable Object caller) {
        if (security.anonymousRead()) {
            return null;
        }
        boolean viewer = caller instanceof Authentication authentication
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> Role.VIEWER.authority().equals(authority.getAuthority()));
        return viewer
                ? null
                : "forbidden: the tools need a token with a Strata role (a viewer token is enough): send"
                        + " Authorization: Bearer <token>";
    }

    @SuppressWarnings("unchecked")
    private static Set<String> properties(StrataTool tool) {
        return ((Map<String, Object>) tool.inputSchema().get("properties")).keySet();
    }

    private static CallToolResult error(String message) {
        return CallToolResult.builder().addTextContent(message).isError(true).build();
    }
}
