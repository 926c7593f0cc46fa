// id: long-collaborations
// Collaboration that lasts: COLLABORATION consumptions that started more than $maxAge before $asOf. Team Topologies
// treats collaboration as temporary; one that has lasted this long should become X-as-a-service or facilitation.
// Consumptions without `since` cannot be aged and are not listed. See src/docs/analytics/collaboration.md.
// parameters:
//   asOf    the day to measure ages on (ISO date text)
//   maxAge  the allowed age (ISO period text, default strata.analytics.collaboration.max-age = P6M)
:param asOf => '2026-06-30'
:param maxAge => 'P6M'
// columns: consumerKey, consumerTeams (keys of its owners, sorted), capabilityKey, platformKey (its provider, null if
//   none), providerTeams (keys of the platform's owners, sorted), since, days (age on asOf); oldest first, then
//   consumerKey, capabilityKey.
MATCH (x:Consumer)-[r:CONSUMES {mode: 'COLLABORATION'}]->(c:Capability)
WHERE r.since IS NOT NULL AND date(r.since) < date($asOf) - duration($maxAge)
WITH x, c, date(r.since) AS since,
     COLLECT { MATCH (c)<-[:PROVIDES]-(p:Platform) RETURN p ORDER BY p.key LIMIT 1 } AS provider
RETURN x.key AS consumerKey,
       COLLECT { MATCH (x)<-[:OWNS]-(t:Team) RETURN t.key ORDER BY t.key } AS consumerTeams,
       c.key AS capabilityKey,
       CASE WHEN size(provider) = 0 THEN null ELSE provider[0].key END AS platformKey,
       COLLECT { UNWIND provider AS p MATCH (p)<-[:OWNS]-(t:Team) RETURN t.key ORDER BY t.key } AS providerTeams,
       since,
       duration.inDays(since, date($asOf)).days AS days
ORDER BY since, consumerKey, capabilityKey;
