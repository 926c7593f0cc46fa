// id: platform-adoption
// Adoption, time to first use, deprecated use, reliability and compliance per platform, over the capabilities it
// provides (enabling value stream).
// parameters: platformKey (one platform's key, or null for all)
:param platformKey => null
// columns: platformKey, platformName, teamKey (owner), capabilities, consumers (distinct consumers of its
//   capabilities), adoptingTeams (distinct STREAM_ALIGNED teams owning one of them), streamAlignedTeams,
//   adoptionRate (0.0 without stream-aligned teams), firstUse (earliest CONSUMES.since), meanDaysToFirstUse (mean of
//   its capabilities' daysToFirstUse, null if none has both dates), deprecatedButUsed (DEPRECATED or RETIRED
//   capabilities with consumers), capabilitiesWithSlo (sloTarget and sloAttainment set), capabilitiesMeetingSlo,
//   sloMetShare (null if capabilitiesWithSlo = 0), capabilitiesWithCompliance (compliant set), compliantCapabilities,
//   compliantShare (null if capabilitiesWithCompliance = 0); ordered by adoptionRate descending, then platformKey.
CALL () {
  MATCH (sa:Team {type: 'STREAM_ALIGNED'})
  RETURN count(sa) AS streamAlignedTeams
}
MATCH (p:Platform)
WHERE $platformKey IS NULL OR p.key = $platformKey
CALL (p) {
  MATCH (p)-[:PROVIDES]->(c:Capability)
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
WITH streamAlignedTeams, p, capabilities, firstUse, meanDaysToFirstUse, deprecatedButUsed, capabilitiesWithSlo,
     capabilitiesMeetingSlo, capabilitiesWithCompliance, compliantCapabilities,
     head(COLLECT {
       MATCH (owner:Team)-[:OWNS]->(p)
       RETURN owner.key
       ORDER BY owner.key
     }) AS teamKey,
     size(COLLECT {
       MATCH (p)-[:PROVIDES]->(:Capability)<-[:CONSUMES]-(u:Consumer)
       RETURN DISTINCT u
     }) AS consumers,
     size(COLLECT {
       MATCH (p)-[:PROVIDES]->(:Capability)<-[:CONSUMES]-(:Consumer)<-[:OWNS]-(t:Team {type: 'STREAM_ALIGNED'})
       RETURN DISTINCT t
     }) AS adoptingTeams
RETURN p.key AS platformKey,
       p.name AS platformName,
       teamKey,
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
ORDER BY adoptionRate DESC, platformKey;
