/** Value streams, business or enabling, that teams align to. */
@NullMarked
package dev.strata.valuestream;

import org.jspecify.annotations.NullMarked;
