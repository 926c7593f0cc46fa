/**
 * What a person sees first: the start-up banner with every address, and the server-level GraphQL fields.
 * Nothing depends on this package.
 */
@NullMarked
package dev.strata.web;

import org.jspecify.annotations.NullMarked;
