// id: handover-points
// Handover points: DEPENDS_ON and CONSUMES edges whose two sides are owned by different teams, grouped by
// (fromTeam, toTeam). The owner of a capability is the team owning its providing platform; the owner of a consumer
// is the team owning it. Edges with an unowned side are not handovers (see the unowned analytic).
// parameters: none
// columns: fromTeamKey, fromTeamName, toTeamKey, toTeamName, dependsOnEdges, consumesEdges, edges (their sum);
//   ordered by edges descending, fromTeamKey, toTeamKey.
CALL () {
  MATCH (from:Team)-[:OWNS]->(:Platform)-[:PROVIDES]->(:Capability)-[:DEPENDS_ON]->(:Capability)<-[:PROVIDES]-(:Platform)<-[:OWNS]-(to:Team)
  WHERE from <> to
  RETURN from, to, 'DEPENDS_ON' AS kind
  UNION ALL
  MATCH (from:Team)-[:OWNS]->(:Consumer)-[:CONSUMES]->(:Capability)<-[:PROVIDES]-(:Platform)<-[:OWNS]-(to:Team)
  WHERE from <> to
  RETURN from, to, 'CONSUMES' AS kind
}
WITH from, to,
     sum(CASE kind WHEN 'DEPENDS_ON' THEN 1 ELSE 0 END) AS dependsOnEdges,
     sum(CASE kind WHEN 'CONSUMES' THEN 1 ELSE 0 END) AS consumesEdges
RETURN from.key AS fromTeamKey,
       from.name AS fromTeamName,
       to.key AS toTeamKey,
       to.name AS toTeamName,
       dependsOnEdges,
       consumesEdges,
       dependsOnEdges + consumesEdges AS edges
ORDER BY edges DESC, fromTeamKey, toTeamKey;
