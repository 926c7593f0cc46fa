// id: unowned
// Platforms without an owning team, capabilities without a providing platform, capabilities whose platform has no
// owning team.
// parameters: none
// columns: kind (PLATFORM, CAPABILITY), key, name, reason (NO_OWNING_TEAM, NO_PROVIDING_PLATFORM, PLATFORM_UNOWNED),
//   platformKey (the platform concerned, null for NO_PROVIDING_PLATFORM); ordered by kind (platforms first), key.
CALL () {
  MATCH (p:Platform)
  WHERE NOT (:Team)-[:OWNS]->(p)
  RETURN 'PLATFORM' AS kind, p.key AS key, p.name AS name, 'NO_OWNING_TEAM' AS reason, p.key AS platformKey
  UNION ALL
  MATCH (c:Capability)
  WHERE NOT (:Platform)-[:PROVIDES]->(c)
  RETURN 'CAPABILITY' AS kind, c.key AS key, c.name AS name, 'NO_PROVIDING_PLATFORM' AS reason, null AS platformKey
  UNION ALL
  MATCH (p:Platform)-[:PROVIDES]->(c:Capability)
  WHERE NOT (:Team)-[:OWNS]->(p)
  RETURN 'CAPABILITY' AS kind, c.key AS key, c.name AS name, 'PLATFORM_UNOWNED' AS reason, p.key AS platformKey
}
RETURN kind, key, name, reason, platformKey
ORDER BY kind DESC, key;
