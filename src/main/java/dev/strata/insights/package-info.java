/**
 * The GraphQL face of the analytics: controllers, configuration (timeouts, cognitive-load weights) and error mapping
 * over the engines in {@code dev.strata.analytics}, which know nothing of GraphQL or HTTP.
 */
@NullMarked
package dev.strata.insights;

import org.jspecify.annotations.NullMarked;
