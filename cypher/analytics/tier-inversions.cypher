// id: tier-inversions
// Tier inversions: a consumer or capability of tier T relying, directly or transitively, on a capability of a
// numerically higher (less critical) tier; each with one shortest path.
// parameters: maxHops (1..10): longest path considered, in relationships (1 = direct CONSUMES or DEPENDS_ON)
:param maxHops => 10
// columns: sourceKind (CONSUMER, CAPABILITY), sourceKey, sourceTier, targetKey, targetTier, hops, path (keys from
//   the source to the target); ordered by sourceKind, sourceKey, targetKey.
CALL () {
  MATCH path = SHORTEST 1 (s:Consumer)-[:CONSUMES]->(:Capability)-[:DEPENDS_ON]->{0,9}(t:Capability)
  WHERE t.tier > s.tier
    AND length(path) <= $maxHops
  RETURN 'CONSUMER' AS sourceKind, s, t, path
  UNION ALL
  MATCH path = SHORTEST 1 (s:Capability)-[:DEPENDS_ON]->{1,10}(t:Capability)
  WHERE t.tier > s.tier
    AND length(path) <= $maxHops
  RETURN 'CAPABILITY' AS sourceKind, s, t, path
}
RETURN sourceKind,
       s.key AS sourceKey,
       s.tier AS sourceTier,
       t.key AS targetKey,
       t.tier AS targetTier,
       length(path) AS hops,
       [n IN nodes(path) | n.key] AS path
ORDER BY sourceKind, sourceKey, targetKey;
