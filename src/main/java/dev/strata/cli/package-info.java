/**
 * The command-line client ({@code validate}, {@code plan}, {@code apply}, {@code export}) started from the same jar:
 * plain Java, no Spring context, talking to a running Strata server's GraphQL API over {@code java.net.http}.
 * Nothing depends on this package.
 */
@NullMarked
package dev.strata.cli;

import org.jspecify.annotations.NullMarked;
