/**
 * The demo landscape: loaded once, on the first start against an empty database, so that a new user sees a
 * realistic enterprise at once. Switched off with {@code strata.demo.enabled=false} for production.
 */
@NullMarked
package dev.strata.demo;

import org.jspecify.annotations.NullMarked;
