package dev.strata.mcp;

import dev.strata.graphql.RequestDeadline;
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

    /** Whether the tool analyses the whole landscape and so waits for a heavy-work turn, like GraphQL's heavy fields. */
    boolean heavy();

    /**
     * Answers a call.
     *
     * @throws ToolFailure for a bad argument or an unknown key, with a message the agent can act on
     */
    ToolAnswer call(ToolArguments arguments, RequestDeadline deadline);
}
