/**
 * The jar's entry point, compiled for Java 17 (the default {@code java} of many machines) while the rest of Strata
 * needs Java 21: on an older runtime it starts the same jar again on an installed JDK 21 or newer, otherwise it hands
 * over to the application at once. It refers to no other Strata class, so nothing compiled for 21 is loaded on 17.
 */
@NullMarked
package dev.strata.launch;

import org.jspecify.annotations.NullMarked;
