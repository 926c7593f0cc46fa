/**
 * Landscapes too large for one GraphQL request (scale M: 103 files, 45 MB; L: about 450 MB). The files travel as a
 * zip archive in an upload ({@link dev.strata.ingest.bulk.LandscapeUploads}: created through GraphQL, the archive
 * {@code PUT} over HTTP by an editor and streamed to disk, never held in memory), and validate, plan or apply run on
 * it as a background operation ({@link dev.strata.ingest.bulk.LandscapeOperations}) that a client follows through
 * GraphQL: step, units done, an estimate of the time left, and in the end the same outcome the inline mutations
 * answer. Apply stays one transaction through the landscape writer: a failure, a cancellation or a killed server
 * leaves the graph as it was.
 */
@NullMarked
package dev.strata.ingest.bulk;

import org.jspecify.annotations.NullMarked;
