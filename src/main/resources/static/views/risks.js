// Risks: single points of failure, hotspots, layer violations, cycles, unowned / unused capabilities, deprecated in
// use, tier inversions, handover points, ownership ambiguity: one query, one table each.
import { gql } from '../api.js';
import { h, table, num } from '../dom.js';

const RISKS = `{
  structuralRisks {
    singlePointsOfFailure(first: 100) { capabilities { capabilityKey capabilityName platformKey consumers consumerKeys }
      platforms { platformKey platformName consumers capabilityKeys } }
    unowned { kind key name reason platformKey }
    unusedCapabilities { capabilityKey capabilityName lifecycle platformKey }
    deprecatedInUse { consumerKey consumerName capabilityKey capabilityName lifecycle hops path }
    tierInversions { sourceKind sourceKey sourceTier targetKey targetTier hops path }
    handoverPoints { fromTeamKey fromTeamName toTeamKey toTeamName dependsOnEdges consumesEdges edges }
    ownershipAmbiguity { category platforms teams offerings { platformKey platformName teamKey teamName capabilityKeys consumers } }
  }
  hotspots(first: 10) { kind key name affected consumers tier1Consumers severity }
  layerViolations { violations { fromCapability toCapability fromLayer fromRank toLayer toRank fromTeam toTeam }
    skippedLayers { fromCapability toCapability fromLayer fromRank toLayer toRank } }
  dependencyCycles { members path }
}`;

const arrow = (path) => path.join(' → ');

export async function render(section) {
  const { structuralRisks: r, hotspots, layerViolations: v, dependencyCycles: cycles } = await gql(RISKS);
  const spof = r.singlePointsOfFailure;
  const part = (id, title, explanation, headers, rows, keyOf) => h('section', { id: `risk-${id}`, dataset: { rows: rows.length } },
    h('h3', {}, `${title} (${rows.length})`), h('p.muted', {}, explanation),
    rows.length === 0 ? h('p', {}, 'None.') : h('div.scroll', {}, table(title, headers, rows, keyOf)));
  section.replaceChildren(h('h2', {}, 'Risks'),
    h('nav', { 'aria-label': 'Risk sections' }, h('ul.chips', {}, [['spof', 'SPOFs'], ['hotspots', 'Hotspots'], ['violations', 'Violations'],
      ['cycles', 'Cycles'], ['unowned', 'Unowned'], ['unused', 'Unused'], ['deprecated', 'Deprecated in use'], ['inversions', 'Tier inversions'],
      ['handovers', 'Handovers'], ['ambiguity', 'Ownership']].map(([id, t]) => h('li', {}, h('a', { href: `#/risks`, onclick: (e) => {
      e.preventDefault(); document.getElementById(`risk-${id}`)?.scrollIntoView(); document.querySelector(`#risk-${id} h3`)?.focus(); } }, t))))),
    part('spof', 'Single points of failure (capabilities)', 'Every dependency path from these consumers down the stack passes through the capability.',
      ['capability', 'platform', 'consumers without alternative', 'consumers'],
      spof.capabilities.map((s) => [s.capabilityName ?? s.capabilityKey, s.platformKey ?? '–', s.consumers, s.consumerKeys.join(', ')]),
      (i) => spof.capabilities[i].capabilityKey),
    part('spof-platforms', 'Single points of failure (platforms)', 'Every path from these consumers passes through the platform.',
      ['platform', 'consumers', 'through capabilities'],
      spof.platforms.map((s) => [s.platformName ?? s.platformKey, s.consumers, s.capabilityKeys.join(', ')]), (i) => spof.platforms[i].platformKey),
    part('hotspots', 'Hotspots', 'Capabilities and platforms with the largest blast radius if they fail.',
      ['node', 'kind', 'affected', 'consumers', 'tier-1 consumers', 'severity'],
      hotspots.map((x) => [h('a', { href: `#/blast?t=${x.kind}:${encodeURIComponent(x.key)}` }, x.name), x.kind.toLowerCase(), x.affected,
        x.consumers, x.tier1Consumers, num(x.severity, 0)]), (i) => hotspots[i].key),
    part('violations', 'Layer violations', 'Dependencies that point up the stack.',
      ['from', 'to', 'layers', 'teams'],
      v.violations.map((x) => [x.fromCapability, x.toCapability, `${x.fromLayer} (${x.fromRank}) → ${x.toLayer} (${x.toRank})`,
        `${x.fromTeam ?? '–'} → ${x.toTeam ?? '–'}`]), (i) => `${v.violations[i].fromCapability}->${v.violations[i].toCapability}`),
    part('skipped', 'Skipped layers', 'Dependencies that jump over at least one layer.',
      ['from', 'to', 'layers'], v.skippedLayers.map((x) => [x.fromCapability, x.toCapability, `${x.fromLayer} (${x.fromRank}) → ${x.toLayer} (${x.toRank})`]),
      (i) => `${v.skippedLayers[i].fromCapability}->${v.skippedLayers[i].toCapability}`),
    part('cycles', 'Dependency cycles', 'Capabilities that depend on each other in a circle.',
      ['cycle', 'members'], cycles.map((c) => [arrow(c.path), c.members.length]), (i) => cycles[i].members.join(',')),
    part('unowned', 'Unowned', 'Platforms without an owning team, capabilities without a platform or owner.',
      ['key', 'kind', 'reason'], r.unowned.map((x) => [x.name ?? x.key, x.kind.toLowerCase(), x.reason]), (i) => r.unowned[i].key),
    part('unused', 'Unused capabilities', 'Nobody consumes or depends on these.',
      ['capability', 'lifecycle', 'platform'], r.unusedCapabilities.map((x) => [x.capabilityName ?? x.capabilityKey, x.lifecycle ?? '–', x.platformKey ?? '–']),
      (i) => r.unusedCapabilities[i].capabilityKey),
    part('deprecated', 'Deprecated or retired in use', 'Consumers that still reach a deprecated or retired capability.',
      ['consumer', 'capability', 'lifecycle', 'hops', 'path'],
      r.deprecatedInUse.map((x) => [x.consumerName ?? x.consumerKey, x.capabilityName ?? x.capabilityKey, x.lifecycle, x.hops, arrow(x.path)]),
      (i) => `${r.deprecatedInUse[i].consumerKey}->${r.deprecatedInUse[i].capabilityKey}`),
    part('inversions', 'Tier inversions', 'A more critical (lower tier) node depends on a less critical capability.',
      ['source', 'tier', 'depends on', 'tier', 'path'],
      r.tierInversions.map((x) => [`${x.sourceKey} (${x.sourceKind.toLowerCase()})`, x.sourceTier, x.targetKey, x.targetTier, arrow(x.path)]),
      (i) => `${r.tierInversions[i].sourceKey}->${r.tierInversions[i].targetKey}`),
    part('handovers', 'Handover points', 'Where work crosses from one team to another, by number of edges.',
      ['from team', 'to team', 'dependencies', 'consumptions', 'edges'],
      r.handoverPoints.map((x) => [x.fromTeamName ?? x.fromTeamKey, x.toTeamName ?? x.toTeamKey, x.dependsOnEdges, x.consumesEdges, x.edges]),
      (i) => `${r.handoverPoints[i].fromTeamKey}->${r.handoverPoints[i].toTeamKey}`),
    part('ambiguity', 'Ownership ambiguity', 'Categories offered by more than one platform or team.',
      ['category', 'platforms', 'teams', 'offerings'],
      r.ownershipAmbiguity.map((x) => [x.category, x.platforms, x.teams,
        x.offerings.map((o) => `${o.platformKey} (${o.teamKey ?? 'no team'}): ${o.capabilityKeys.join(', ')}`).join('; ')]),
      (i) => r.ownershipAmbiguity[i].category));
  section.querySelectorAll('h3').forEach((e) => e.setAttribute('tabindex', '-1'));
}
