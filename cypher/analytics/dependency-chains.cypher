// id: dependency-chains
// description: Dependency chains from one capability down to capabilities that depend on nothing, longest first.
// semantics: simple paths (no capability twice) of at most 20 DEPENDS_ON hops, with the layers they pass through.
// parameters:
//   key: the capability the chains start at
//   maxChains: most chains to return
:param key => 'model-serving'
:param maxChains => 100
// columns:
//   capabilities: capability keys along the chain, start first
//   layers: keys of the layers of the capabilities' providing platforms, in chain order, consecutive repeats
//     collapsed, capabilities without a layer skipped
//   hops: number of DEPENDS_ON hops
// engine: dev.strata.analytics.chains.DependencyChains (its LEAF chains; src/docs/analytics/chains.md)
MATCH chain = (:Capability {key: $key})-[:DEPENDS_ON]->{0,20}(last:Capability)
WHERE NOT EXISTS { (last)-[:DEPENDS_ON]->(:Capability) }
  AND all(i IN range(0, length(chain) - 1) WHERE NOT nodes(chain)[i] IN nodes(chain)[i + 1..])
WITH chain,
     [capability IN nodes(chain) |
       head([(capability)<-[:PROVIDES]-(:Platform)-[:IN_LAYER]->(layer:Layer) | layer.key])] AS layerPerCapability
RETURN [capability IN nodes(chain) | capability.key] AS capabilities,
       reduce(layers = [], layer IN layerPerCapability |
         CASE
           WHEN layer IS NULL THEN layers
           WHEN size(layers) > 0 AND layers[-1] = layer THEN layers
           ELSE layers + layer
         END) AS layers,
       length(chain) AS hops
ORDER BY hops DESC, capabilities
LIMIT $maxChains;
