/**
 * Capabilities: what platforms provide, with lifecycle, tier, SLO and compliance data, and the dependencies between
 * them that stack the layers. Also resolves {@code Platform.capabilities}.
 */
@NullMarked
package dev.strata.capability;

import org.jspecify.annotations.NullMarked;
