/** Layers of the platform stack: ranked from infrastructure up, or cross-cutting. The set and order are data. */
@NullMarked
package dev.strata.layer;

import org.jspecify.annotations.NullMarked;
