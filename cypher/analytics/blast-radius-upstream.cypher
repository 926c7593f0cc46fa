// id: blast-radius-upstream
// description: What one capability relies on, and how many DEPENDS_ON hops away.
// semantics: its dependencies (up to 20 DEPENDS_ON hops), the platforms providing any of them, and the teams
//   owning and the layers holding those platforms, each once at its fewest hops.
// parameters:
//   key: the capability's key
:param key => 'model-serving'
// columns:
//   kind: CAPABILITY, PLATFORM, TEAM or LAYER
//   key, name: of the node relied on
//   depth: fewest DEPENDS_ON hops from the capability (a platform, team or layer takes the depth of the shallowest
//     capability that brings it in)
//   total: number of distinct nodes relied on (the same on every row)
// engine: dev.strata.analytics.impact.BlastRadiusEngine, UPSTREAM, maxDepth 20 (src/docs/analytics/blast-radius.md)
MATCH hops = (:Capability {key: $key})-[:DEPENDS_ON*0..20]->(reliedOn:Capability)
WITH reliedOn, min(length(hops)) AS depth
CALL (reliedOn, depth) {
    RETURN 'CAPABILITY' AS kind, reliedOn AS node, depth AS nodeDepth
  UNION
    MATCH (reliedOn)<-[:PROVIDES]-(platform:Platform)
    RETURN 'PLATFORM' AS kind, platform AS node, depth AS nodeDepth
  UNION
    MATCH (reliedOn)<-[:PROVIDES]-(:Platform)<-[:OWNS]-(team:Team)
    RETURN 'TEAM' AS kind, team AS node, depth AS nodeDepth
  UNION
    MATCH (reliedOn)<-[:PROVIDES]-(:Platform)-[:IN_LAYER]->(layer:Layer)
    RETURN 'LAYER' AS kind, layer AS node, depth AS nodeDepth
}
WITH kind, node, min(nodeDepth) AS depth
WITH collect({kind: kind, key: node.key, name: node.name, depth: depth}) AS rows
UNWIND rows AS row
RETURN row.kind AS kind, row.key AS key, row.name AS name, row.depth AS depth, size(rows) AS total
ORDER BY depth, kind, key;
