/**
 * Platforms: internal products, each in one layer and owned by one team. Also resolves the navigation into
 * platforms from teams and layers ({@code Team.platforms}, {@code Layer.platforms}).
 */
@NullMarked
package dev.strata.platform;

import org.jspecify.annotations.NullMarked;
