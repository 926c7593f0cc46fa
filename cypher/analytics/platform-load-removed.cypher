// id: platform-load-removed
// Cognitive load removed, per platform: the load it removes for its consumers (for every consumption of one of its
// capabilities as X_AS_A_SERVICE, the capabilities 1 to 10 DEPENDS_ON hops below it) less the load it adds
// (COLLABORATION consumptions, consumptions of BETA, DEPRECATED or RETIRED capabilities, and dependencies of its
// consumed capabilities on other platforms' capabilities that the same consumer also consumes itself).
// Model: src/docs/analytics/load-removed.md (Java: dev.strata.analytics.removed.LoadRemovedModel).
// parameters:
//   weights          {consumption, platform, team, collaboration, hidden, churn, exposed}: points per unit
:param weights => {consumption: 1.0, platform: 2.0, team: 2.0, collaboration: 2.0, hidden: 1.0, churn: 1.0, exposed: 1.0}
// columns: platformKey, platformName, consumingTeams, selfServiceConsumptions, hiddenBehind, removedLoad,
//   collaborations, churn, exposed, addedLoad, netLoad; every platform, ordered by netLoad descending, then
//   platformKey.
MATCH (p:Platform)
CALL (p) {
  OPTIONAL MATCH (p)-[:PROVIDES]->(c:Capability)<-[r:CONSUMES]-(:Consumer)
  RETURN sum(CASE WHEN r.mode = 'X_AS_A_SERVICE' THEN 1 ELSE 0 END) AS selfService,
         sum(CASE WHEN r.mode = 'COLLABORATION' THEN 1 ELSE 0 END) AS collaborations,
         sum(CASE WHEN r IS NOT NULL AND c.lifecycle IN ['BETA', 'DEPRECATED', 'RETIRED'] THEN 1 ELSE 0 END) AS churn
}
CALL (p) {
  OPTIONAL MATCH (p)-[:PROVIDES]->(:Capability)<-[:CONSUMES]-(:Consumer)<-[:OWNS]-(t:Team)
  RETURN count(DISTINCT t) AS consumingTeams
}
CALL (p) {
  OPTIONAL MATCH (p)-[:PROVIDES]->(c:Capability)<-[r:CONSUMES {mode: 'X_AS_A_SERVICE'}]-(:Consumer)
  WITH c, count(r) AS uses
  CALL (c) {
    OPTIONAL MATCH (c)-[:DEPENDS_ON*1..10]->(h:Capability)
    WHERE h <> c
    RETURN count(DISTINCT h) AS below
  }
  RETURN sum(uses * below) AS hiddenBehind
}
CALL (p) {
  OPTIONAL MATCH (p)-[:PROVIDES]->(c:Capability)<-[:CONSUMES]-(:Consumer)-[:CONSUMES]->(d:Capability)<-[:DEPENDS_ON]-(c)
  WHERE NOT (p)-[:PROVIDES]->(d)
  RETURN count(d) AS exposed
}
WITH p, consumingTeams, selfService, hiddenBehind, collaborations, churn, exposed,
     hiddenBehind * $weights.hidden AS removedLoad,
     collaborations * $weights.collaboration + churn * $weights.churn + exposed * $weights.exposed AS addedLoad
RETURN p.key AS platformKey,
       p.name AS platformName,
       consumingTeams,
       selfService AS selfServiceConsumptions,
       hiddenBehind,
       toFloat(removedLoad) AS removedLoad,
       collaborations,
       churn,
       exposed,
       toFloat(addedLoad) AS addedLoad,
       toFloat(removedLoad - addedLoad) AS netLoad
ORDER BY netLoad DESC, platformKey;
