// id: team-cognitive-load
// Team cognitive load from consumer fan-in: what each team owns, who consumes it, how (interaction mode) and in
// which lifecycle, and where work crosses to other teams, folded into one index per team member and a band.
// Formula and thresholds: src/docs/analytics/cognitive-load.md (Java: dev.strata.analytics.load.CognitiveLoadModel).
// parameters:
//   teamKey          one team's key, or null for all teams
//   modeWeights      CONSUMES.mode -> weight (a mode missing from the map weighs 1.0)
//   lifecycleFactors Capability.lifecycle -> factor (a lifecycle missing from the map counts 1.0)
//   weights          {fanIn, consumingTeams, capabilities, platforms, layers, handovers}: points per unit
//   thresholds       {moderate, high, overloaded}: lowest index of each band
:param teamKey => null
:param modeWeights => {COLLABORATION: 3.0, FACILITATING: 2.0, X_AS_A_SERVICE: 1.0}
:param lifecycleFactors => {BETA: 1.5, DEPRECATED: 1.5, GA: 1.0, PLANNED: 0.5, RETIRED: 2.0}
:param weights => {fanIn: 1.0, consumingTeams: 2.0, capabilities: 1.0, platforms: 2.0, layers: 3.0, handovers: 0.5}
:param thresholds => {moderate: 5.0, high: 10.0, overloaded: 20.0}
// columns: teamKey, teamName, teamType, size (people, at least 1), consumingTeams (other teams owning consumers of
//   its capabilities), consumers (distinct consumers of its capabilities), weightedFanIn (sum over CONSUMES edges into
//   its capabilities of modeWeight * lifecycleFactor), platforms, capabilities, layers (distinct layers of its
//   platforms), handovers (DEPENDS_ON edges to or from capabilities of another team + CONSUMES edges from consumers
//   of another team), index, band (LOW, MODERATE, HIGH, OVERLOADED); ordered by index descending, then teamKey.
MATCH (t:Team)
WHERE $teamKey IS NULL OR t.key = $teamKey
CALL (t) {
  MATCH (t)-[:OWNS]->(:Platform)-[:PROVIDES]->(c:Capability)<-[r:CONSUMES]-(:Consumer)
  RETURN toFloat(sum(coalesce($modeWeights[r.mode], 1.0) * coalesce($lifecycleFactors[c.lifecycle], 1.0))) AS weightedFanIn
}
WITH t,
     CASE WHEN t.size IS NULL OR t.size < 1 THEN 1 ELSE t.size END AS size,
     weightedFanIn,
     size(COLLECT {
       MATCH (t)-[:OWNS]->(:Platform)-[:PROVIDES]->(:Capability)<-[:CONSUMES]-(:Consumer)<-[:OWNS]-(other:Team)
       WHERE other <> t
       RETURN DISTINCT other
     }) AS consumingTeams,
     size(COLLECT {
       MATCH (t)-[:OWNS]->(:Platform)-[:PROVIDES]->(:Capability)<-[:CONSUMES]-(u:Consumer)
       RETURN DISTINCT u
     }) AS consumers,
     COUNT { (t)-[:OWNS]->(:Platform) } AS platforms,
     size(COLLECT {
       MATCH (t)-[:OWNS]->(:Platform)-[:PROVIDES]->(c:Capability)
       RETURN DISTINCT c
     }) AS capabilities,
     size(COLLECT {
       MATCH (t)-[:OWNS]->(:Platform)-[:IN_LAYER]->(l:Layer)
       RETURN DISTINCT l
     }) AS layers,
     COUNT {
       (t)-[:OWNS]->(:Platform)-[:PROVIDES]->(:Capability)-[:DEPENDS_ON]->(:Capability)<-[:PROVIDES]-(:Platform)<-[:OWNS]-(other:Team)
       WHERE other <> t
     }
     + COUNT {
       (t)-[:OWNS]->(:Platform)-[:PROVIDES]->(:Capability)<-[:DEPENDS_ON]-(:Capability)<-[:PROVIDES]-(:Platform)<-[:OWNS]-(other:Team)
       WHERE other <> t
     }
     + COUNT {
       (t)-[:OWNS]->(:Platform)-[:PROVIDES]->(:Capability)<-[:CONSUMES]-(:Consumer)<-[:OWNS]-(other:Team)
       WHERE other <> t
     } AS handovers
WITH t, size, weightedFanIn, consumingTeams, consumers, platforms, capabilities, layers, handovers,
     (weightedFanIn * $weights.fanIn
       + consumingTeams * $weights.consumingTeams
       + capabilities * $weights.capabilities
       + platforms * $weights.platforms
       + layers * $weights.layers
       + handovers * $weights.handovers) / size AS index
RETURN t.key AS teamKey,
       t.name AS teamName,
       t.type AS teamType,
       size,
       consumingTeams,
       consumers,
       weightedFanIn,
       platforms,
       capabilities,
       layers,
       handovers,
       index,
       CASE
         WHEN index >= $thresholds.overloaded THEN 'OVERLOADED'
         WHEN index >= $thresholds.high THEN 'HIGH'
         WHEN index >= $thresholds.moderate THEN 'MODERATE'
         ELSE 'LOW'
       END AS band
ORDER BY index DESC, teamKey;
