// id: adoption-events
// The dated CONSUMES edges behind the adoption trends: one row per edge with a `since`, with the capability's
// platform and owning team and the consumer's owning team. The engine turns them into cumulative quarterly series.
// parameters: capabilityKey, platformKey, teamKey (owner of the capability's platform): each null or a filter
:param capabilityKey => null
:param platformKey => null
:param teamKey => null
// columns: latestSince (latest CONSUMES.since in the whole graph: where every series ends), capabilityKey,
//   platformKey, teamKey, consumerKey, consumingTeamKey, consumingTeamType, since; ordered by since, capabilityKey,
//   consumerKey.
CALL () {
  MATCH (:Consumer)-[r:CONSUMES]->(:Capability)
  RETURN max(r.since) AS latestSince
}
MATCH (u:Consumer)-[r:CONSUMES]->(c:Capability)
WHERE r.since IS NOT NULL
  AND ($capabilityKey IS NULL OR c.key = $capabilityKey)
OPTIONAL MATCH (p:Platform)-[:PROVIDES]->(c)
OPTIONAL MATCH (owner:Team)-[:OWNS]->(p)
OPTIONAL MATCH (consumingTeam:Team)-[:OWNS]->(u)
WITH latestSince, u, r, c, p, owner, consumingTeam
WHERE ($platformKey IS NULL OR p.key = $platformKey)
  AND ($teamKey IS NULL OR owner.key = $teamKey)
RETURN latestSince,
       c.key AS capabilityKey,
       p.key AS platformKey,
       owner.key AS teamKey,
       u.key AS consumerKey,
       consumingTeam.key AS consumingTeamKey,
       consumingTeam.type AS consumingTeamType,
       r.since AS since
ORDER BY since, capabilityKey, consumerKey;
