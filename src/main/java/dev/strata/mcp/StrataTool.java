package dev.strata.mcp;

import dev.strata.graphql.RequestDeadline;
import java.util.List;
import java.util.Map;

/** One MCP tool: its name, description and JSON input schema, and how it answers. Implementations only read. */
interface StrataTool {

    String name();

    /** A short human title. */
    String title();

    /** What the tool answers and when an agent should call it; agents choose tools by this text. */
    String description();

    /** The JSON schema of the arguments ({@code type: object}). */
    Map<String, Object> inputSchema();

    /**
     * The GraphQL fields ({@code Type.field}) whose work a call with these arguments does: it costs what they cost
     * against the same request budget, and waits for a heavy-work turn when one of them is heavy. Empty for a lookup.
     */
    List<String> fields(ToolArguments arguments);

    /**
     * Answers a call.
     *
     * @throws ToolFailure for a bad argument or an unknown key, with a message the agent can act on
     */
    ToolAnswer call(ToolArguments arguments, RequestDeadline deadline);
}
