/**
 * Landscape as code: the native YAML format ({@code apiVersion: strata.dev/v1}), parsed with SnakeYAML's node API so
 * every problem carries file, line and field; validate, plan (diff plus impact from the analytics) and apply (one
 * transaction, idempotent, every node and edge remembers its {@code sourceFile}); export back to files.
 */
@NullMarked
package dev.strata.ingest;

import org.jspecify.annotations.NullMarked;
