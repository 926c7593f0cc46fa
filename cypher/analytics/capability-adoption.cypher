// id: capability-adoption
// Adoption, time to first use, deprecated use, reliability and compliance per capability (enabling value stream).
// parameters: capabilityKey (one capability's key, or null for all)
:param capabilityKey => null
// columns: capabilityKey, capabilityName, lifecycle, platformKey, teamKey (owner of the platform), consumers
//   (distinct consumers), adoptingTeams (distinct STREAM_ALIGNED teams owning a consumer), streamAlignedTeams (all of
//   them), adoptionRate (adoptingTeams / streamAlignedTeams, 0.0 when there are none), gaDate, firstUse (earliest
//   CONSUMES.since), daysToFirstUse (firstUse - gaDate in days, negative if used before GA, null without either),
//   deprecatedButUsed (1 if DEPRECATED or RETIRED and consumed, else 0), sloTarget, sloAttainment, sloMet (null
//   without both), compliant; ordered by adoptionRate descending, then capabilityKey.
CALL () {
  MATCH (sa:Team {type: 'STREAM_ALIGNED'})
  RETURN count(sa) AS streamAlignedTeams
}
MATCH (c:Capability)
WHERE $capabilityKey IS NULL OR c.key = $capabilityKey
CALL (c) {
  OPTIONAL MATCH (p:Platform)-[:PROVIDES]->(c)
  OPTIONAL MATCH (owner:Team)-[:OWNS]->(p)
  RETURN p, owner
  ORDER BY p.key
  LIMIT 1
}
CALL (c) {
  MATCH (:Consumer)-[r:CONSUMES]->(c)
  RETURN min(r.since) AS firstUse
}
WITH streamAlignedTeams, c, p, owner, firstUse,
     size(COLLECT {
       MATCH (u:Consumer)-[:CONSUMES]->(c)
       RETURN DISTINCT u
     }) AS consumers,
     size(COLLECT {
       MATCH (t:Team {type: 'STREAM_ALIGNED'})-[:OWNS]->(:Consumer)-[:CONSUMES]->(c)
       RETURN DISTINCT t
     }) AS adoptingTeams
RETURN c.key AS capabilityKey,
       c.name AS capabilityName,
       c.lifecycle AS lifecycle,
       p.key AS platformKey,
       owner.key AS teamKey,
       consumers,
       adoptingTeams,
       streamAlignedTeams,
       CASE WHEN streamAlignedTeams = 0 THEN 0.0 ELSE toFloat(adoptingTeams) / streamAlignedTeams END AS adoptionRate,
       c.gaDate AS gaDate,
       firstUse,
       CASE WHEN c.gaDate IS NULL OR firstUse IS NULL THEN null ELSE duration.inDays(c.gaDate, firstUse).days END AS daysToFirstUse,
       CASE WHEN c.lifecycle IN ['DEPRECATED', 'RETIRED'] AND consumers > 0 THEN 1 ELSE 0 END AS deprecatedButUsed,
       c.sloTarget AS sloTarget,
       c.sloAttainment AS sloAttainment,
       CASE WHEN c.sloTarget IS NULL OR c.sloAttainment IS NULL THEN null ELSE c.sloAttainment >= c.sloTarget END AS sloMet,
       c.compliant AS compliant
ORDER BY adoptionRate DESC, capabilityKey;
