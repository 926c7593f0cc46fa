package dev.strata.mcp;

/**
 * What a tool returns: a compact readable summary for the model, and the same answer as structured content (a JSON
 * object) for clients that parse it.
 */
record ToolAnswer(String text, Object structured) {}
