/**
 * Consumers (applications, services, AI use cases) and what they consume, with since-dates and interaction modes.
 * Also resolves {@code Team.consumers} and {@code Capability.consumptions}.
 */
@NullMarked
package dev.strata.consumer;

import org.jspecify.annotations.NullMarked;
