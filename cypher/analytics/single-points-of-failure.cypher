// id: single-points-of-failure
// Capabilities that are a single point of failure for consumers: X is critical for consumer U when U reaches X and
// U can reach no sink (a capability without DEPENDS_ON) that it reaches today without passing through X, i.e. X
// dominates the virtual sink of U's dependency graph. Brute force over paths, for Browser-sized graphs: the engine
// (dev.strata.analytics.risk.RiskEngine#singlePointsOfFailure) computes the same with dominator trees in the JVM,
// unbounded; they agree while dependency chains are at most 20 DEPENDS_ON hops long (RiskQueryFilesTest).
// parameters: none
// columns: capabilityKey, capabilityName, platformKey (null if none provides it), consumers (how many consumers it
//   is critical for), consumerKeys (sorted); ordered by consumers descending, then capabilityKey.
MATCH (u:Consumer)-[:CONSUMES]->(:Capability)-[:DEPENDS_ON]->{0,20}(x:Capability)
WITH DISTINCT u, x
WHERE EXISTS {
    MATCH (u)-[:CONSUMES]->(:Capability)-[:DEPENDS_ON]->{0,20}(sink:Capability)
    WHERE NOT (sink)-[:DEPENDS_ON]->(:Capability)
  }
  AND NOT EXISTS {
    MATCH path = (u)-[:CONSUMES]->(:Capability)-[:DEPENDS_ON]->{0,20}(sink:Capability)
    WHERE NOT (sink)-[:DEPENDS_ON]->(:Capability)
      AND none(n IN nodes(path) WHERE n = x)
  }
WITH x, u
ORDER BY u.key
WITH x, collect(u.key) AS consumerKeys
OPTIONAL MATCH (p:Platform)-[:PROVIDES]->(x)
RETURN x.key AS capabilityKey,
       x.name AS capabilityName,
       p.key AS platformKey,
       size(consumerKeys) AS consumers,
       consumerKeys
ORDER BY consumers DESC, capabilityKey;
