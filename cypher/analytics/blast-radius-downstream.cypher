// id: blast-radius-downstream
// description: Who is affected, and how many DEPENDS_ON hops away, when one capability fails.
// semantics: the capability's dependents (up to 20 DEPENDS_ON hops), the consumers and providing platforms of any
//   of them, the teams owning those, and the teams' value streams, each once at its fewest hops.
// parameters:
//   key: the failing capability's key
:param key => 'k8s-workloads'
// columns:
//   kind: CAPABILITY, CONSUMER, PLATFORM, TEAM or VALUE_STREAM
//   key, name: of the affected node
//   depth: fewest DEPENDS_ON hops from the failing capability (a consumer, platform, team or value stream takes the
//     depth of the shallowest affected capability that brings it in)
//   total: number of distinct affected nodes (the same on every row)
// engine: dev.strata.analytics.impact.BlastRadiusEngine, DOWNSTREAM, maxDepth 20 (src/docs/analytics/blast-radius.md)
MATCH hops = (:Capability {key: $key})<-[:DEPENDS_ON*0..20]-(affected:Capability)
WITH affected, min(length(hops)) AS depth
CALL (affected, depth) {
    RETURN 'CAPABILITY' AS kind, affected AS node, depth AS nodeDepth
  UNION
    MATCH (affected)<-[:CONSUMES]-(consumer:Consumer)
    RETURN 'CONSUMER' AS kind, consumer AS node, depth AS nodeDepth
  UNION
    MATCH (affected)<-[:PROVIDES]-(platform:Platform)
    RETURN 'PLATFORM' AS kind, platform AS node, depth AS nodeDepth
  UNION
    MATCH (affected)<-[:PROVIDES|CONSUMES]-(:Platform|Consumer)<-[:OWNS]-(team:Team)
    RETURN 'TEAM' AS kind, team AS node, depth AS nodeDepth
  UNION
    MATCH (affected)<-[:PROVIDES|CONSUMES]-(:Platform|Consumer)<-[:OWNS]-(:Team)-[:ALIGNED_TO]->(stream:ValueStream)
    RETURN 'VALUE_STREAM' AS kind, stream AS node, depth AS nodeDepth
}
WITH kind, node, min(nodeDepth) AS depth
WITH collect({kind: kind, key: node.key, name: node.name, depth: depth}) AS rows
UNWIND rows AS row
RETURN row.kind AS kind, row.key AS key, row.name AS name, row.depth AS depth, size(rows) AS total
ORDER BY depth, kind, key;
