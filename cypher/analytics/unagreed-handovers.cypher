// id: unagreed-handovers
// Handover points without an agreed SLO: DEPENDS_ON and CONSUMES relationships that cross from one team's side to a
// capability of another team (as in handover-points.cypher) where that capability has no sloTarget, grouped by
// (fromTeam, toTeam, capability). See src/docs/analytics/collaboration.md.
// parameters: none
// columns: fromTeamKey, toTeamKey, capabilityKey, platformKey (its provider), dependsOnEdges, consumesEdges, edges
//   (their sum); ordered by edges descending, fromTeamKey, toTeamKey, capabilityKey.
MATCH (c:Capability)
WHERE c.sloTarget IS NULL
CALL (c) {
  MATCH (from:Team)-[:OWNS]->(:Platform)-[:PROVIDES]->(:Capability)-[:DEPENDS_ON]->(c)<-[:PROVIDES]-(:Platform)<-[:OWNS]-(to:Team)
  WHERE from <> to
  RETURN from, to, 'DEPENDS_ON' AS kind
  UNION ALL
  MATCH (from:Team)-[:OWNS]->(:Consumer)-[:CONSUMES]->(c)<-[:PROVIDES]-(:Platform)<-[:OWNS]-(to:Team)
  WHERE from <> to
  RETURN from, to, 'CONSUMES' AS kind
}
WITH c, from, to,
     sum(CASE kind WHEN 'DEPENDS_ON' THEN 1 ELSE 0 END) AS dependsOnEdges,
     sum(CASE kind WHEN 'CONSUMES' THEN 1 ELSE 0 END) AS consumesEdges
RETURN from.key AS fromTeamKey,
       to.key AS toTeamKey,
       c.key AS capabilityKey,
       COLLECT { MATCH (c)<-[:PROVIDES]-(p:Platform) RETURN p.key ORDER BY p.key LIMIT 1 }[0] AS platformKey,
       dependsOnEdges,
       consumesEdges,
       dependsOnEdges + consumesEdges AS edges
ORDER BY edges DESC, fromTeamKey, toTeamKey, capabilityKey;
