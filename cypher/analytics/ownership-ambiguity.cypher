// id: ownership-ambiguity
// Ownership ambiguity: a capability category offered by more than one platform (and so possibly more than one team).
// parameters: none
// columns: category, platforms (offering platforms), teams (distinct owning teams), offerings (list of maps
//   {platformKey, platformName, teamKey, teamName, capabilityKeys, consumers}, consumers = distinct consumers of the
//   platform's capabilities in the category; most consumed first, then by platformKey); ordered by category.
MATCH (p:Platform)-[:PROVIDES]->(c:Capability)
WHERE c.category IS NOT NULL
WITH c.category AS category, p, c
ORDER BY c.key
WITH category, p, collect(c) AS capabilities
OPTIONAL MATCH (team:Team)-[:OWNS]->(p)
WITH category, p, team, capabilities,
     size(COLLECT {
       UNWIND capabilities AS offered
       MATCH (u:Consumer)-[:CONSUMES]->(offered)
       RETURN DISTINCT u
     }) AS consumers
ORDER BY consumers DESC, p.key
WITH category,
     collect({
       platformKey: p.key,
       platformName: p.name,
       teamKey: team.key,
       teamName: team.name,
       capabilityKeys: [offered IN capabilities | offered.key],
       consumers: consumers
     }) AS offerings,
     count(DISTINCT team) AS teams
WHERE size(offerings) > 1
RETURN category,
       size(offerings) AS platforms,
       teams,
       offerings
ORDER BY category;
