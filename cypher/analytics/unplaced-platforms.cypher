// id: unplaced-platforms
// Platforms not placed in the stack: in the layer `unassigned` (where imports put platforms whose layer nobody said, e.g. Backstage systems without a strata.dev/layer annotation) or in no layer at all.
// parameters: none
// columns: platformKey, platformName, reason (UNASSIGNED_LAYER, NO_LAYER), capabilities (how many it provides),
//   ownerKey (the owning team, null when unowned); ordered by reason (UNASSIGNED_LAYER first), platformKey.
MATCH (p:Platform)
WITH p, COLLECT { MATCH (p)-[:IN_LAYER]->(l:Layer) RETURN l.key } AS layers
WHERE size(layers) = 0 OR 'unassigned' IN layers
RETURN p.key AS platformKey,
       p.name AS platformName,
       CASE WHEN size(layers) = 0 THEN 'NO_LAYER' ELSE 'UNASSIGNED_LAYER' END AS reason,
       COUNT { (p)-[:PROVIDES]->(:Capability) } AS capabilities,
       head(COLLECT { MATCH (t:Team)-[:OWNS]->(p) RETURN t.key ORDER BY t.key }) AS ownerKey
ORDER BY reason DESC, platformKey;
