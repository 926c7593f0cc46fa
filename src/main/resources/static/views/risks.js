// Risks: single points of failure, hotspots, layer violations, cycles, unowned / unused capabilities, deprecated in
// use, tier inversions, handover points, ownership ambiguity: one query, one table each.
import { gql } from '../api.js';
import { h, table, num } from '../dom.js';

const RISKS = `{
  structuralRisks {
    singlePointsOfFailure(first: 100) { capabilities { capability { key name } platform { key } consumers dependentConsumers { key } }
      platforms { platform { key name } consumers criticalCapabilities { key } } }
    unowned { kind reason node { key name } platform { key } }
    unusedCapabilities { capability { key name } lifecycle platform { key } }
    deprecatedInUsePage(first: 100) { totalCount nodes { consumer { key name } capability { key name } lifecycle hops pathNodes { key } } }
    tierInversionPage(first: 100) { totalCount nodes { sourceKind source { key } sourceTier target { key } targetTier hops pathNodes { key } } }
    handoverPoints(first: 100) { fromTeam { key name } toTeam { key name } dependsOnEdges consumesEdges edges }
    ownershipAmbiguity { category platforms teams offerings { platform { key } team { key } capabilities { key } consumers } }
  }
  hotspots(first: 10) { node { key name } kind affected consumers tier1Consumers severity }
  layerViolations { violations { dependent { key } dependency { key } dependentLayer { key } fromRank dependencyLayer { key } toRank
      dependentOwner { key } dependencyOwner { key } }
    skippedLayers { dependent { key } dependency { key } dependentLayer { key } fromRank dependencyLayer { key } toRank } }
  dependencyCycles { capabilities { key } cycle { key } }
}`;

const arrow = (nodes) => nodes.map((n) => n.key).join(' → ');

export async function render(section) {
  const { structuralRisks: r, hotspots, layerViolations: v, dependencyCycles: cycles } = await gql(RISKS);
  const spof = r.singlePointsOfFailure;
  const deprecated = r.deprecatedInUsePage;
  const inversions = r.tierInversionPage;
  const part = (id, title, explanation, headers, rows, keyOf, total = rows.length) => h('section', { id: `risk-${id}`, dataset: { rows: rows.length } },
    h('h3', {}, total > rows.length ? `${title} (first ${rows.length} of ${total})` : `${title} (${rows.length})`), h('p.muted', {}, explanation),
    rows.length === 0 ? h('p', {}, 'None.') : h('div.scroll', {}, table(title, headers, rows, keyOf)));
  section.replaceChildren(h('h2', {}, 'Risks'),
    h('nav', { 'aria-label': 'Risk sections' }, h('ul.chips', {}, [['spof', 'SPOFs'], ['hotspots', 'Hotspots'], ['violations', 'Violations'],
      ['cycles', 'Cycles'], ['unowned', 'Unowned'], ['unused', 'Unused'], ['deprecated', 'Deprecated in use'], ['inversions', 'Tier inversions'],
      ['handovers', 'Handovers'], ['ambiguity', 'Ownership']].map(([id, t]) => h('li', {}, h('a', { href: `#/risks`, onclick: (e) => {
      e.preventDefault(); document.getElementById(`risk-${id}`)?.scrollIntoView(); document.querySelector(`#risk-${id} h3`)?.focus(); } }, t))))),
    part('spof', 'Single points of failure (capabilities)', 'Every dependency path from these consumers down the stack passes through the capability.',
      ['capability', 'platform', 'consumers without alternative', 'consumers'],
      spof.capabilities.map((s) => [s.capability.name, s.platform?.key ?? '–', s.consumers, s.dependentConsumers.map((c) => c.key).join(', ')]),
      (i) => spof.capabilities[i].capability.key),
    part('spof-platforms', 'Single points of failure (platforms)', 'Every path from these consumers passes through the platform.',
      ['platform', 'consumers', 'through capabilities'],
      spof.platforms.map((s) => [s.platform.name, s.consumers, s.criticalCapabilities.map((c) => c.key).join(', ')]), (i) => spof.platforms[i].platform.key),
    part('hotspots', 'Hotspots', 'Capabilities and platforms with the largest blast radius if they fail.',
      ['node', 'kind', 'affected', 'consumers', 'tier-1 consumers', 'severity'],
      hotspots.map((x) => [h('a', { href: `#/blast?t=${x.kind}:${encodeURIComponent(x.node.key)}` }, x.node.name), x.kind.toLowerCase(), x.affected,
        x.consumers, x.tier1Consumers, num(x.severity, 0)]), (i) => hotspots[i].node.key),
    part('violations', 'Layer violations', 'Dependencies that point up the stack.',
      ['from', 'to', 'layers', 'teams'],
      v.violations.map((x) => [x.dependent.key, x.dependency.key, `${x.dependentLayer.key} (${x.fromRank}) → ${x.dependencyLayer.key} (${x.toRank})`,
        `${x.dependentOwner?.key ?? '–'} → ${x.dependencyOwner?.key ?? '–'}`]), (i) => `${v.violations[i].dependent.key}->${v.violations[i].dependency.key}`),
    part('skipped', 'Skipped layers', 'Dependencies that jump over at least one layer.',
      ['from', 'to', 'layers'], v.skippedLayers.map((x) => [x.dependent.key, x.dependency.key, `${x.dependentLayer.key} (${x.fromRank}) → ${x.dependencyLayer.key} (${x.toRank})`]),
      (i) => `${v.skippedLayers[i].dependent.key}->${v.skippedLayers[i].dependency.key}`),
    part('cycles', 'Dependency cycles', 'Capabilities that depend on each other in a circle.',
      ['cycle', 'members'], cycles.map((c) => [arrow(c.cycle), c.capabilities.length]), (i) => cycles[i].capabilities.map((m) => m.key).join(',')),
    part('unowned', 'Unowned', 'Platforms without an owning team, capabilities without a platform or owner.',
      ['key', 'kind', 'reason'], r.unowned.map((x) => [x.node.name, x.kind.toLowerCase(), x.reason]), (i) => r.unowned[i].node.key),
    part('unused', 'Unused capabilities', 'Nobody consumes or depends on these.',
      ['capability', 'lifecycle', 'platform'], r.unusedCapabilities.map((x) => [x.capability.name, x.lifecycle ?? '–', x.platform?.key ?? '–']),
      (i) => r.unusedCapabilities[i].capability.key),
    part('deprecated', 'Deprecated or retired in use', 'Consumers that still reach a deprecated or retired capability.',
      ['consumer', 'capability', 'lifecycle', 'hops', 'path'],
      deprecated.nodes.map((x) => [x.consumer.name, x.capability.name, x.lifecycle, x.hops, arrow(x.pathNodes)]),
      (i) => `${deprecated.nodes[i].consumer.key}->${deprecated.nodes[i].capability.key}`, deprecated.totalCount),
    part('inversions', 'Tier inversions', 'A more critical (lower tier) node depends on a less critical capability.',
      ['source', 'tier', 'depends on', 'tier', 'path'],
      inversions.nodes.map((x) => [`${x.source.key} (${x.sourceKind.toLowerCase()})`, x.sourceTier, x.target.key, x.targetTier, arrow(x.pathNodes)]),
      (i) => `${inversions.nodes[i].source.key}->${inversions.nodes[i].target.key}`, inversions.totalCount),
    part('handovers', 'Handover points', 'Where work crosses from one team to another, by number of edges.',
      ['from team', 'to team', 'dependencies', 'consumptions', 'edges'],
      r.handoverPoints.map((x) => [x.fromTeam.name, x.toTeam.name, x.dependsOnEdges, x.consumesEdges, x.edges]),
      (i) => `${r.handoverPoints[i].fromTeam.key}->${r.handoverPoints[i].toTeam.key}`),
    part('ambiguity', 'Ownership ambiguity', 'Categories offered by more than one platform or team.',
      ['category', 'platforms', 'teams', 'offerings'],
      r.ownershipAmbiguity.map((x) => [x.category, x.platforms, x.teams,
        x.offerings.map((o) => `${o.platform.key} (${o.team?.key ?? 'no team'}): ${o.capabilities.map((c) => c.key).join(', ')}`).join('; ')]),
      (i) => r.ownershipAmbiguity[i].category));
  section.querySelectorAll('h3').forEach((e) => e.setAttribute('tabindex', '-1'));
}
