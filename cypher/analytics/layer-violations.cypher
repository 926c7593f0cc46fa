// id: layer-violations
// description: Upward dependencies: DEPENDS_ON from a capability in a lower-ranked layer to one in a higher one.
// semantics: a capability's layer is its providing platform's; cross-cutting layers (rank null) never count.
// parameters: none
// columns:
//   fromCapability, toCapability: the dependent capability and its dependency
//   fromLayer, fromRank, toLayer, toRank: the layers of their providing platforms (fromRank < toRank)
//   fromTeam, toTeam: the teams owning those platforms (null when unowned)
// engine: dev.strata.analytics.chains.LayerViolations, violations (src/docs/analytics/layer-violations.md)
MATCH (from:Capability)-[:DEPENDS_ON]->(to:Capability)
MATCH (from)<-[:PROVIDES]-(fromPlatform:Platform)-[:IN_LAYER]->(fromLayer:Layer)
MATCH (to)<-[:PROVIDES]-(toPlatform:Platform)-[:IN_LAYER]->(toLayer:Layer)
WHERE fromLayer.rank < toLayer.rank
  AND coalesce(fromLayer.crossCutting, false) = false
  AND coalesce(toLayer.crossCutting, false) = false
OPTIONAL MATCH (fromTeam:Team)-[:OWNS]->(fromPlatform)
OPTIONAL MATCH (toTeam:Team)-[:OWNS]->(toPlatform)
RETURN from.key AS fromCapability, to.key AS toCapability,
       fromLayer.key AS fromLayer, fromLayer.rank AS fromRank,
       toLayer.key AS toLayer, toLayer.rank AS toRank,
       fromTeam.key AS fromTeam, toTeam.key AS toTeam
ORDER BY fromCapability, toCapability;
