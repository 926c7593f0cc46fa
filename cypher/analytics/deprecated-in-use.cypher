// id: deprecated-in-use
// Consumers relying on a DEPRECATED or RETIRED capability, directly (hops = 1) or through DEPENDS_ON (hops > 1),
// each with one shortest path.
// parameters: maxHops (1..10): longest path considered, in relationships (1 = consumed directly)
:param maxHops => 10
// columns: consumerKey, consumerName, capabilityKey, capabilityName, lifecycle, hops, path (consumer key, then the
//   capability keys down to the deprecated one); ordered by consumerKey, capabilityKey.
MATCH path = SHORTEST 1 (u:Consumer)-[:CONSUMES]->(:Capability)-[:DEPENDS_ON]->{0,9}(d:Capability)
WHERE d.lifecycle IN ['DEPRECATED', 'RETIRED']
  AND length(path) <= $maxHops
RETURN u.key AS consumerKey,
       u.name AS consumerName,
       d.key AS capabilityKey,
       d.name AS capabilityName,
       d.lifecycle AS lifecycle,
       length(path) AS hops,
       [n IN nodes(path) | n.key] AS path
ORDER BY consumerKey, capabilityKey;
