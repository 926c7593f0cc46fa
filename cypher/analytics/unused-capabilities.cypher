// id: unused-capabilities
// Capabilities nobody uses: no consumer CONSUMES them and no capability DEPENDS_ON them.
// parameters: none
// columns: capabilityKey, capabilityName, lifecycle, platformKey (null if none provides it); ordered by capabilityKey.
MATCH (c:Capability)
WHERE NOT (:Consumer)-[:CONSUMES]->(c)
  AND NOT (:Capability)-[:DEPENDS_ON]->(c)
OPTIONAL MATCH (p:Platform)-[:PROVIDES]->(c)
RETURN c.key AS capabilityKey,
       c.name AS capabilityName,
       c.lifecycle AS lifecycle,
       p.key AS platformKey
ORDER BY capabilityKey;
