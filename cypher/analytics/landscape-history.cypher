// id: landscape-history
// description: The recorded landscape versions, newest first: when, who, through which door, how much changed.
// semantics: one row per (:LandscapeChange) the landscape writer recorded (src/docs/history.md) in the time window;
//   checkpoint tells whether the whole landscape after that version is stored (asOf replays from the newest
//   checkpoint at or before the version asked for). The landscape at a version is rebuilt by Strata, not in Cypher:
//   use the GraphQL asOf argument, landscapeDiff and landscapeTrends for that.
// parameters:
//   from: ISO-8601 date-time, or null for the beginning of history
//   to: ISO-8601 date-time, or null for now
//   limit: most rows
:param from => null
:param to => null
:param limit => 100
// columns:
//   version, at, actor, via, operation, source: the version and where it came from (a node, a file set, a commit)
//   nodeChanges, edgeChanges, relocated: nodes and relationships added, changed or removed; only re-filed
//   checkpoint: true when the whole landscape after this version is stored
//   payloadBytes: size of the recorded change (gzipped)
// engine: dev.strata.history.LandscapeHistory (landscapeHistory query)
MATCH (c:LandscapeChange)
WHERE ($from IS NULL OR c.at >= datetime($from)) AND ($to IS NULL OR c.at <= datetime($to))
WITH c
ORDER BY c.version DESC
LIMIT $limit
RETURN c.version AS version, c.at AS at, c.actor AS actor, c.via AS via, c.operation AS operation,
       c.source AS source, c.nodeChanges AS nodeChanges, c.edgeChanges AS edgeChanges, c.relocated AS relocated,
       EXISTS { MATCH (k:LandscapeCheckpoint) WHERE k.version = c.version } AS checkpoint, c.bytes AS payloadBytes
ORDER BY version DESC;
