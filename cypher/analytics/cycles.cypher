// id: cycles
// description: DEPENDS_ON cycles, each strongly connected group of capabilities once, with one shortest cycle.
// semantics: round trips longer than 20 hops are not seen.
// parameters: none
// columns:
//   members: sorted keys of the capabilities that all reach each other within 20 hops (a self-loop makes a
//     group of one)
//   cycle: one shortest cycle from the first member back to it, e.g. ['a', 'b', 'a']
// engine: dev.strata.analytics.chains.Cycles (src/docs/analytics/cycles.md)
MATCH (capability:Capability)
WITH capability, COLLECT {
    MATCH (capability)<-[:DEPENDS_ON*0..20]-(dependent:Capability)
    RETURN DISTINCT dependent
} AS dependents
WITH capability, COLLECT {
    MATCH (capability)-[:DEPENDS_ON*0..20]->(dependency:Capability)
    WITH DISTINCT dependency
    WHERE dependency IN dependents
    RETURN dependency.key AS member
    ORDER BY member
} AS members
WHERE size(members) > 1 OR EXISTS { (capability)-[:DEPENDS_ON]->(capability) }
WITH DISTINCT members
MATCH (first:Capability {key: members[0]})
MATCH cycle = SHORTEST 1 (first)-[:DEPENDS_ON]->{1,20}(first)
RETURN members, [capability IN nodes(cycle) | capability.key] AS cycle
ORDER BY members[0];
