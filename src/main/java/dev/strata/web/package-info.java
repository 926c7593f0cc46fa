/**
 * What a person sees first: the start-up banner with every address, GraphiQL served from the application, the Neo4j
 * Browser guide, and the server-level GraphQL fields. The web dashboard itself is static files
 * (src/main/resources/static, served at /) that use only the public GraphQL API. Nothing depends on this package.
 */
@NullMarked
package dev.strata.web;

import org.jspecify.annotations.NullMarked;
