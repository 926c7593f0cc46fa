/**
 * Strata for AI agents: a Model Context Protocol server at {@code /mcp} (Streamable HTTP, stateless) in the same
 * application, built on the MCP Java SDK. Each tool ({@link dev.strata.mcp.StrataTool}) answers one question an agent
 * asks before acting (find and describe nodes, blast radius, chains and the violations or cycles a node is in, team
 * load, structural risks, ownership, a read-only plan) by calling the same engines on the same snapshot as the GraphQL
 * API, with the same tokens and roles (HTTP security), the same deadline and the same heavy-work admission
 * ({@link dev.strata.graphql.HeavyWorkAdmission}). An unknown key or a bad argument is a tool result with
 * {@code isError} naming the argument and suggesting close matches, never a protocol error. Nothing here writes.
 */
@NullMarked
package dev.strata.mcp;

import org.jspecify.annotations.NullMarked;
