// id: over-collaborating-teams
// Teams in more collaborations than they have people: COLLABORATION consumptions a team is on either side of (it owns
// the consumer, or the platform providing the capability), each counted once, against its size. See
// src/docs/analytics/collaboration.md.
// parameters: none
// columns: teamKey, teamName, size (people, at least 1), collaborations, partners (distinct other teams on the other
//   side); teams with collaborations > size, most collaborations per person first, then teamKey.
MATCH (t:Team)
CALL (t) {
  MATCH (t)-[:OWNS]->(:Consumer)-[r:CONSUMES {mode: 'COLLABORATION'}]->(:Capability)
  RETURN r
  UNION
  MATCH (t)-[:OWNS]->(:Platform)-[:PROVIDES]->(:Capability)<-[r:CONSUMES {mode: 'COLLABORATION'}]-(:Consumer)
  RETURN r
}
WITH t, count(r) AS collaborations, CASE WHEN t.size IS NULL OR t.size < 1 THEN 1 ELSE t.size END AS size
WHERE collaborations > size
WITH t, size, collaborations,
     COUNT {
       MATCH (t)-[:OWNS]->(:Consumer)-[:CONSUMES {mode: 'COLLABORATION'}]->(:Capability)<-[:PROVIDES]-(:Platform)<-[:OWNS]-(o:Team)
       WHERE o <> t
       RETURN o
       UNION
       MATCH (t)-[:OWNS]->(:Platform)-[:PROVIDES]->(:Capability)<-[:CONSUMES {mode: 'COLLABORATION'}]-(:Consumer)<-[:OWNS]-(o:Team)
       WHERE o <> t
       RETURN o
     } AS partners
RETURN t.key AS teamKey, t.name AS teamName, size, collaborations, partners
ORDER BY toFloat(collaborations) / size DESC, teamKey;
