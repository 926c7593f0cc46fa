// id: team-load-removed
// Cognitive load removed, per consuming team: what it must handle (its consumptions weighted by interaction mode and
// lifecycle, the platforms and other teams it deals with, its collaborations) against what X-as-a-service hides from
// it (the capabilities 1 to 10 DEPENDS_ON hops below what it consumes as X_AS_A_SERVICE, less what it consumes
// itself), per layer. Model: src/docs/analytics/load-removed.md (Java: dev.strata.analytics.removed.LoadRemovedModel).
// parameters:
//   modeWeights      CONSUMES.mode -> weight (a mode missing from the map weighs 1.0)
//   lifecycleFactors Capability.lifecycle -> factor (a lifecycle missing from the map counts 1.0)
//   weights          {consumption, platform, team, collaboration, hidden, churn, exposed}: points per unit
:param modeWeights => {COLLABORATION: 3.0, FACILITATING: 2.0, X_AS_A_SERVICE: 1.0}
:param lifecycleFactors => {BETA: 1.5, DEPRECATED: 1.5, GA: 1.0, PLANNED: 0.5, RETIRED: 2.0}
:param weights => {consumption: 1.0, platform: 2.0, team: 2.0, collaboration: 2.0, hidden: 1.0, churn: 1.0, exposed: 1.0}
// columns: teamKey, teamName, consumptions, weightedConsumptions, capabilities, platforms, teams (other teams owning
//   those platforms), collaborations, handledLoad, hiddenCapabilities, hiddenByLayer (list of {layerKey,
//   capabilities} by layer key, no layer last), hiddenLoad, removedShare; teams owning a consumer that consumes
//   something, ordered by handledLoad descending, then teamKey.
MATCH (t:Team)
WHERE EXISTS { (t)-[:OWNS]->(:Consumer)-[:CONSUMES]->(:Capability) }
CALL (t) {
  MATCH (t)-[:OWNS]->(:Consumer)-[r:CONSUMES]->(c:Capability)
  RETURN count(r) AS consumptions,
         toFloat(sum(coalesce($modeWeights[r.mode], 1.0) * coalesce($lifecycleFactors[c.lifecycle], 1.0))) AS weighted,
         count(DISTINCT c) AS capabilities,
         sum(CASE WHEN r.mode = 'COLLABORATION' THEN 1 ELSE 0 END) AS collaborations,
         collect(DISTINCT c) AS direct
}
CALL (t) {
  MATCH (t)-[:OWNS]->(:Consumer)-[:CONSUMES]->(:Capability)<-[:PROVIDES]-(p:Platform)
  OPTIONAL MATCH (p)<-[:OWNS]-(o:Team)
  WHERE o <> t
  RETURN count(DISTINCT p) AS platforms, count(DISTINCT o) AS teams
}
CALL (t, direct) {
  OPTIONAL MATCH (t)-[:OWNS]->(:Consumer)-[:CONSUMES {mode: 'X_AS_A_SERVICE'}]->(:Capability)-[:DEPENDS_ON*1..10]->(h:Capability)
  WHERE NOT h IN direct
  WITH DISTINCT h
  OPTIONAL MATCH (h)<-[:PROVIDES]-(:Platform)-[:IN_LAYER]->(l:Layer)
  WITH h, min(l.key) AS layerKey
  WITH layerKey, count(h) AS hidden
  ORDER BY layerKey IS NULL, layerKey
  RETURN coalesce(sum(hidden), 0) AS hiddenCapabilities,
         [row IN collect({layerKey: layerKey, capabilities: hidden}) WHERE row.capabilities > 0] AS hiddenByLayer
}
WITH t, consumptions, weighted, capabilities, platforms, teams, collaborations, hiddenCapabilities, hiddenByLayer,
     weighted * $weights.consumption + platforms * $weights.platform + teams * $weights.team
       + collaborations * $weights.collaboration AS handledLoad,
     hiddenCapabilities * $weights.hidden AS hiddenLoad
RETURN t.key AS teamKey,
       t.name AS teamName,
       consumptions,
       weighted AS weightedConsumptions,
       capabilities,
       platforms,
       teams,
       collaborations,
       toFloat(handledLoad) AS handledLoad,
       hiddenCapabilities,
       hiddenByLayer,
       toFloat(hiddenLoad) AS hiddenLoad,
       CASE WHEN hiddenLoad + handledLoad = 0 THEN 0.0 ELSE toFloat(hiddenLoad) / (hiddenLoad + handledLoad) END AS removedShare
ORDER BY handledLoad DESC, teamKey;
