// id: team-adoption
// Adoption, time to first use, deprecated use, reliability and compliance per platform team (a team owning at least
// one platform), over the capabilities of all its platforms (enabling value stream).
// parameters: teamKey (one team's key, then reported even if it owns no platform; or null for all platform teams)
:param teamKey => null
// columns: teamKey, teamName, teamType, platforms, then as platform-adoption: capabilities, consumers,
//   adoptingTeams, streamAlignedTeams, adoptionRate, firstUse, meanDaysToFirstUse, deprecatedButUsed,
//   capabilitiesWithSlo, capabilitiesMeetingSlo, sloMetShare, capabilitiesWithCompliance, compliantCapabilities,
//   compliantShare; ordered by adoptionRate descending, then teamKey.
CALL () {
  MATCH (sa:Team {type: 'STREAM_ALIGNED'})
  RETURN count(sa) AS streamAlignedTeams
}
MATCH (t:Team)
WHERE ($teamKey IS NULL AND EXISTS { (t)-[:OWNS]->(:Platform) })
   OR t.key = $teamKey
CALL (t) {
  MATCH (t)-[:OWNS]->(:Platform)-[:PROVIDES]->(c:Capability)
  WITH DISTINCT c
  CALL (c) {
    MATCH (:Consumer)-[r:CONSUMES]->(c)
    RETURN min(r.since) AS firstUse, count(r) AS consumptions
  }
  RETURN count(c) AS capabilities,
         min(firstUse) AS firstUse,
         avg(CASE WHEN c.gaDate IS NULL OR firstUse IS NULL THEN null ELSE duration.inDays(c.gaDate, firstUse).days END) AS meanDaysToFirstUse,
         count(CASE WHEN c.lifecycle IN ['DEPRECATED', 'RETIRED'] AND consumptions > 0 THEN c END) AS deprecatedButUsed,
         count(CASE WHEN c.sloTarget IS NOT NULL AND c.sloAttainment IS NOT NULL THEN c END) AS capabilitiesWithSlo,
         count(CASE WHEN c.sloAttainment >= c.sloTarget THEN c END) AS capabilitiesMeetingSlo,
         count(c.compliant) AS capabilitiesWithCompliance,
         count(CASE WHEN c.compliant THEN c END) AS compliantCapabilities
}
WITH streamAlignedTeams, t, capabilities, firstUse, meanDaysToFirstUse, deprecatedButUsed, capabilitiesWithSlo,
     capabilitiesMeetingSlo, capabilitiesWithCompliance, compliantCapabilities,
     COUNT { (t)-[:OWNS]->(:Platform) } AS platforms,
     size(COLLECT {
       MATCH (t)-[:OWNS]->(:Platform)-[:PROVIDES]->(:Capability)<-[:CONSUMES]-(u:Consumer)
       RETURN DISTINCT u
     }) AS consumers,
     size(COLLECT {
       MATCH (t)-[:OWNS]->(:Platform)-[:PROVIDES]->(:Capability)<-[:CONSUMES]-(:Consumer)<-[:OWNS]-(sa:Team {type: 'STREAM_ALIGNED'})
       RETURN DISTINCT sa
     }) AS adoptingTeams
RETURN t.key AS teamKey,
       t.name AS teamName,
       t.type AS teamType,
       platforms,
       capabilities,
       consumers,
       adoptingTeams,
       streamAlignedTeams,
       CASE WHEN streamAlignedTeams = 0 THEN 0.0 ELSE toFloat(adoptingTeams) / streamAlignedTeams END AS adoptionRate,
       firstUse,
       meanDaysToFirstUse,
       deprecatedButUsed,
       capabilitiesWithSlo,
       capabilitiesMeetingSlo,
       CASE WHEN capabilitiesWithSlo = 0 THEN null ELSE toFloat(capabilitiesMeetingSlo) / capabilitiesWithSlo END AS sloMetShare,
       capabilitiesWithCompliance,
       compliantCapabilities,
       CASE WHEN capabilitiesWithCompliance = 0 THEN null ELSE toFloat(compliantCapabilities) / capabilitiesWithCompliance END AS compliantShare
ORDER BY adoptionRate DESC, teamKey;
