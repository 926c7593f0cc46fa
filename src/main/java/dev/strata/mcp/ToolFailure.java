package dev.strata.mcp;

/** A call the agent can correct (bad argument, unknown key): answered as a tool result with {@code isError}. */
final class ToolFailure extends RuntimeException {

    ToolFailure(String message) {
        super(message, null, false, false);
    }
}
