/**
 * The command line of the jar, on picocli: {@code serve} (the default) starts the server through a launcher the
 * application hands in; {@code validate}, {@code plan}, {@code apply} and {@code export} run without a Spring context,
 * talking to a running Strata server's GraphQL API over {@code java.net.http}; {@code mcp} relays the server's MCP
 * endpoint to stdio with the MCP Java SDK. One class per command, shared options as
 * mixins. Nothing depends on this package except the application's {@code main}.
 */
@NullMarked
package dev.strata.cli;

import org.jspecify.annotations.NullMarked;
