// The structural risks as one list of findings, ranked by severity across kinds, with the platforms and teams each
// finding touches: the Risks view lists them, the landscape map turns them into badges. Loaded with RISKS.
//
// Severity order (documented in src/docs/dashboard.md, "Risks"):
//   critical  single point of failure of tier 1 (the capability or platform is tier 1) · retired capability in use
//   high      other single points of failure · overloaded team · dependency cycle · layer violation ·
//             platform without an owning team · deprecated capability used by a tier-1 consumer
//   medium    deprecated capability in use · tier inversion · capability without an owner · ownership ambiguity ·
//             team with high load
//   low       unused capability (not PLANNED)
// Skipped layers (a dependency that jumps over a layer) are warnings, counted but not ranked: 11,000 of them at M.
// Within a severity: by reach (consumers, members, index or findings involved), then by display name. PLANNED
// capabilities nobody uses yet are not a risk: they are listed apart ("planned, not used yet").
import { gql } from './api.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low'];

/** Kinds of findings: label for tiles and badges, short badge text, and what the details section is called. */
export const KINDS = {
  spof: { label: 'Single points of failure', badge: 'SPOF' },
  overloaded: { label: 'Overloaded teams', badge: 'overloaded' },
  cycle: { label: 'Dependency cycles', badge: 'cycle' },
  violation: { label: 'Layer violations', badge: 'violation' },
  unowned: { label: 'Unowned', badge: 'unowned' },
  deprecated: { label: 'Deprecated or retired in use', badge: 'deprecated in use' },
  inversion: { label: 'Tier inversions', badge: 'tier inversion' },
  ambiguity: { label: 'Ownership ambiguity', badge: 'ambiguous ownership' },
  highLoad: { label: 'Teams with high load', badge: 'high load' },
  unused: { label: 'Unused capabilities', badge: 'unused' },
};

const CAP = 'key name tier platform { key name owner { key name } }';
const PATH = 'pathNodes { key name }';

// Five requests in parallel: one would exceed the server's query cost budget (strata.graphql.max-cost).
export const RISKS = [`query($asOf: AsOf) { structuralRisks(asOf: $asOf) {
    singlePointsOfFailure(first: 100) {
      capabilities { capability { ${CAP} } consumers } } } }`,
`query($asOf: AsOf) { structuralRisks(asOf: $asOf) {
    singlePointsOfFailure(first: 100) {
      platforms { platform { key name tier owner { key name } } consumers criticalCapabilities { key name } } } } }`,
`query($asOf: AsOf) { structuralRisks(asOf: $asOf) {
    deprecatedInUsePage(first: 100) { totalCount nodes { consumer { key name tier } capability { ${CAP} } lifecycle hops ${PATH} } } } }`,
`query($asOf: AsOf) { structuralRisks(asOf: $asOf) {
    tierInversionPage(first: 100) { totalCount nodes { sourceKind source { key name } sourceTier target { ${CAP} } targetTier hops ${PATH} } } } }`,
`query($asOf: AsOf, $first: Int) { structuralRisks(asOf: $asOf) {
    unowned(first: $first) { kind reason node { key name } platform { key name } }
    unownedPlatforms: unownedCount(kind: PLATFORM)
    unownedCapabilities: unownedCount(kind: CAPABILITY)
    unusedCapabilities(first: $first, planned: false) { capability { key name } lifecycle platform { key name } }
    unusedCount: unusedCapabilityCount(planned: false)
    plannedUnused: unusedCapabilities(first: $first, planned: true) { capability { key name } lifecycle platform { key name } }
    plannedCount: unusedCapabilityCount(planned: true)
    handoverPoints(first: 100) { fromTeam { key name } toTeam { key name } dependsOnEdges consumesEdges edges }
    ownershipAmbiguity { category platforms teams } }
  hotspots(first: 10, asOf: $asOf) { node { key name } kind affected consumers tier1Consumers severity }
  layerViolations(asOf: $asOf) {
    violations(first: $first) { dependent { ${CAP} } dependency { ${CAP} } dependentLayer { key name } fromRank dependencyLayer { key name } toRank }
    violationCount skippedLayerCount }
  dependencyCycles(asOf: $asOf) { capabilities { ${CAP} } cycle { key name } }
  overloaded: cognitiveLoad(band: OVERLOADED, asOf: $asOf, first: $first) { team { key name } index band }
  highLoad: cognitiveLoad(band: HIGH, asOf: $asOf, first: $first) { team { key name } index band }
  cognitiveLoadDistribution(asOf: $asOf) { bands { band teams } } }`];

const OFFERINGS_LIMIT = 300;
const OFFERINGS = `query($asOf: AsOf) { structuralRisks(asOf: $asOf) { ownershipAmbiguity { category platforms teams
  offerings { platform { key name } team { key name } capabilities { key name } consumers } } } }`;

const platformsOf = (...capabilities) => [...new Set(capabilities.map((c) => c?.platform?.key).filter(Boolean))];
const teamsOf = (...capabilities) => [...new Set(capabilities.map((c) => c?.platform?.owner?.key).filter(Boolean))];
const names = (nodes) => nodes.map((n) => n.name ?? n.key).join(' → ');

/** Rows asked for of the long lists (unowned, unused, layer violations) unless complete: the first page of the ranking. */
export const WINDOW = 100;

/**
 * Loads every kind of risk (now, or as of `{version}`) and returns { findings (ranked), planned (unused PLANNED),
 * raw (the answer), totals (every finding per kind and severity, also those not loaded), partial (kinds not loaded
 * whole) }. Unowned items, unused capabilities, layer violations and teams under load come as their first WINDOW rows and their counts
 * unless `complete` (the whole lists: the details of a platform, "Show all").
 */
export async function loadRisks(asOf = null, { complete = false, window = WINDOW } = {}) {
  const first = complete ? null : window;
  const answers = await Promise.all(RISKS.map((q, i) => gql(q, i === RISKS.length - 1 ? { asOf, first } : { asOf })));
  const raw = Object.assign({}, ...answers);
  raw.cognitiveLoad = [...raw.overloaded, ...raw.highLoad];
  raw.structuralRisks = Object.assign({}, ...answers.map((a) => a.structuralRisks));
  // Who offers each ambiguous category: asked for only on a small landscape (at M, 46 categories are offered by
  // thousands of platforms, megabytes that would make every platform 'ambiguous' anyway).
  const ambiguity = raw.structuralRisks.ownershipAmbiguity;
  if (ambiguity.reduce((n, a) => n + a.platforms, 0) <= OFFERINGS_LIMIT) {
    const { structuralRisks: { ownershipAmbiguity: detailed } } = await gql(OFFERINGS, { asOf });
    raw.structuralRisks.ownershipAmbiguity = detailed;
  }
  raw.structuralRisks.singlePointsOfFailure = { ...answers[0].structuralRisks.singlePointsOfFailure,
    ...answers[1].structuralRisks.singlePointsOfFailure };
  const r = raw.structuralRisks;
  const unused = r.unusedCapabilities;
  r.unusedCapabilities = [...unused, ...r.plannedUnused].sort((a, b) => a.capability.key.localeCompare(b.capability.key));
  const ranked = rank(raw);
  return { raw, ...ranked, ...totalsOf(raw, ranked.findings, unused.length) };
}

const teamsIn = (raw, band) => raw.cognitiveLoadDistribution.bands.find((b) => b.band === band)?.teams ?? 0;

/** Every finding per kind and per severity, counting those of the windowed lists that were not loaded. */
function totalsOf(raw, findings, unusedLoaded) {
  const r = raw.structuralRisks;
  const kinds = {};
  const severities = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (const f of findings) {
    kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
    severities[f.severity]++;
  }
  const loadedPlatforms = r.unowned.filter((u) => u.kind === 'PLATFORM').length;
  const missing = [
    ['unowned', 'high', r.unownedPlatforms - loadedPlatforms],
    ['unowned', 'medium', r.unownedCapabilities - (r.unowned.length - loadedPlatforms)],
    ['unused', 'low', r.unusedCount - unusedLoaded],
    ['violation', 'high', raw.layerViolations.violationCount - raw.layerViolations.violations.length],
    ['overloaded', 'high', teamsIn(raw, 'OVERLOADED') - raw.overloaded.length],
    ['highLoad', 'medium', teamsIn(raw, 'HIGH') - raw.highLoad.length],
  ];
  for (const [kind, severity, n] of missing) {
    kinds[kind] = (kinds[kind] ?? 0) + n;
    severities[severity] += n;
  }
  const partial = [
    r.unownedPlatforms + r.unownedCapabilities > r.unowned.length ? `unowned: the first ${r.unowned.length} of ${r.unownedPlatforms + r.unownedCapabilities}` : null,
    r.unusedCount > unusedLoaded ? `unused: the first ${unusedLoaded} of ${r.unusedCount}` : null,
    r.plannedCount > r.plannedUnused.length ? `planned, not used yet: the first ${r.plannedUnused.length} of ${r.plannedCount}` : null,
    teamsIn(raw, 'OVERLOADED') > raw.overloaded.length ? `overloaded teams: the first ${raw.overloaded.length} of ${teamsIn(raw, 'OVERLOADED')}` : null,
    teamsIn(raw, 'HIGH') > raw.highLoad.length ? `teams with high load: the first ${raw.highLoad.length} of ${teamsIn(raw, 'HIGH')}` : null,
    raw.layerViolations.violationCount > raw.layerViolations.violations.length
      ? `layer violations: the first ${raw.layerViolations.violations.length} of ${raw.layerViolations.violationCount}` : null,
  ].filter(Boolean);
  return { totals: { kinds, severities, total: Object.values(severities).reduce((a, b) => a + b, 0) }, partial };
}

/** Pure: the findings of an answer of RISKS, most severe first. Exported for the map and the tests. */
export function rank(raw) {
  const r = raw.structuralRisks;
  const findings = [];
  const add = (f) => findings.push({ platforms: [], teams: [], ...f, id: `${f.kind}:${findings.length}` });
  for (const s of r.singlePointsOfFailure.capabilities) {
    const critical = s.capability.tier === 1;
    add({ kind: 'spof', severity: critical ? 'critical' : 'high', reach: s.consumers,
      title: s.capability.name, subtitle: s.capability.key,
      detail: `tier-${s.capability.tier} capability on ${s.capability.platform?.name ?? 'no platform'}: `
        + `${s.consumers} consumers have no alternative`,
      platforms: platformsOf(s.capability), teams: teamsOf(s.capability), capabilities: [s.capability.key],
      blast: `CAPABILITY:${s.capability.key}` });
  }
  for (const s of r.singlePointsOfFailure.platforms) {
    const critical = s.platform.tier === 1;
    add({ kind: 'spof', severity: critical ? 'critical' : 'high', reach: s.consumers,
      title: s.platform.name, subtitle: s.platform.key,
      detail: `tier-${s.platform.tier} platform: ${s.consumers} consumers have no alternative, through `
        + s.criticalCapabilities.map((c) => c.name).join(', '),
      platforms: [s.platform.key], teams: s.platform.owner ? [s.platform.owner.key] : [], blast: `PLATFORM:${s.platform.key}` });
  }
  for (const t of raw.cognitiveLoad.filter((x) => x.band === 'OVERLOADED' || x.band === 'HIGH')) {
    const overloaded = t.band === 'OVERLOADED';
    add({ kind: overloaded ? 'overloaded' : 'highLoad', severity: overloaded ? 'high' : 'medium', reach: t.index,
      title: t.team.name, subtitle: t.team.key, detail: `cognitive-load index ${t.index.toFixed(1)} (${t.band.toLowerCase()})`,
      teams: [t.team.key], href: '#/load' });
  }
  for (const c of raw.dependencyCycles) {
    add({ kind: 'cycle', severity: 'high', reach: c.capabilities.length, title: names(c.cycle),
      subtitle: c.cycle.map((n) => n.key).join(' → '), detail: `${c.capabilities.length} capabilities depend on each other in a circle`,
      platforms: platformsOf(...c.capabilities), teams: teamsOf(...c.capabilities), capabilities: c.capabilities.map((x) => x.key) });
  }
  const violation = (x, kind, severity, what) => add({ kind, severity, reach: Math.abs(x.toRank - x.fromRank),
    title: `${x.dependent.name} → ${x.dependency.name}`, subtitle: `${x.dependent.key} → ${x.dependency.key}`,
    detail: `${what}: ${x.dependentLayer.name} (rank ${x.fromRank}) → ${x.dependencyLayer.name} (rank ${x.toRank})`,
    platforms: platformsOf(x.dependent, x.dependency), teams: teamsOf(x.dependent, x.dependency),
    capabilities: [x.dependent.key, x.dependency.key] });
  raw.layerViolations.violations.forEach((x) => violation(x, 'violation', 'high', 'depends up the stack'));
  for (const u of r.unowned) {
    const platform = u.kind === 'PLATFORM';
    add({ kind: 'unowned', severity: platform ? 'high' : 'medium', reach: 0, title: u.node.name ?? u.node.key, subtitle: u.node.key,
      detail: `${u.kind.toLowerCase()}: ${u.reason}`, platforms: platform ? [u.node.key] : u.platform ? [u.platform.key] : [],
      capabilities: platform ? [] : [u.node.key] });
  }
  // Deprecated in use: one finding per capability (the rows of the first page, grouped), so one capability used by
  // thirty consumers is one line that says thirty.
  const byCapability = new Map();
  for (const d of r.deprecatedInUsePage.nodes) {
    const entry = byCapability.get(d.capability.key) ?? { capability: d.capability, lifecycle: d.lifecycle, consumers: [] };
    entry.consumers.push(d.consumer);
    byCapability.set(d.capability.key, entry);
  }
  for (const { capability, lifecycle, consumers } of byCapability.values()) {
    const tier1 = consumers.filter((c) => c.tier === 1).length;
    add({ kind: 'deprecated', severity: lifecycle === 'RETIRED' ? 'critical' : tier1 ? 'high' : 'medium', reach: consumers.length,
      title: capability.name, subtitle: capability.key,
      detail: `${lifecycle.toLowerCase()}, still reached by ${consumers.length} consumers${tier1 ? ` (${tier1} tier 1)` : ''}: `
        + consumers.map((c) => c.name).join(', '),
      platforms: platformsOf(capability), teams: teamsOf(capability), capabilities: [capability.key] });
  }
  // Tier inversions: one finding per capability relied on by more critical nodes (grouped like deprecated in use).
  const byTarget = new Map();
  for (const x of r.tierInversionPage.nodes) {
    const entry = byTarget.get(x.target.key) ?? { target: x.target, sources: [] };
    entry.sources.push(x);
    byTarget.set(x.target.key, entry);
  }
  for (const { target, sources } of byTarget.values()) {
    const gap = Math.max(...sources.map((x) => target.tier - x.sourceTier));
    add({ kind: 'inversion', severity: 'medium', reach: sources.length, title: target.name, subtitle: target.key,
      detail: `tier-${target.tier} capability needed by ${sources.length} more critical nodes (up to ${gap} tiers apart): `
        + sources.map((x) => `${x.source.name ?? x.source.key} (tier ${x.sourceTier})`).join(', '),
      platforms: platformsOf(target), teams: teamsOf(target), capabilities: [target.key] });
  }
  for (const a of r.ownershipAmbiguity) {
    add({ kind: 'ambiguity', severity: 'medium', reach: a.platforms, title: a.category, subtitle: `category ${a.category}`,
      detail: `offered by ${a.platforms} platforms of ${a.teams} teams`
        + (a.offerings ? ': ' + a.offerings.map((o) => `${o.platform.name} (${o.team?.name ?? 'no team'})`).join(', ') : ''),
      platforms: (a.offerings ?? []).map((o) => o.platform.key),
      teams: [...new Set((a.offerings ?? []).map((o) => o.team?.key).filter(Boolean))] });
  }
  const planned = [];
  for (const u of r.unusedCapabilities) {
    if (u.lifecycle === 'PLANNED') {
      planned.push(u);
      continue;
    }
    add({ kind: 'unused', severity: 'low', reach: 0, title: u.capability.name, subtitle: u.capability.key,
      detail: `${(u.lifecycle ?? 'no lifecycle').toLowerCase()} on ${u.platform?.name ?? 'no platform'}: nobody consumes or depends on it`,
      platforms: u.platform ? [u.platform.key] : [], capabilities: [u.capability.key] });
  }
  findings.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || b.reach - a.reach
    || a.title.localeCompare(b.title));
  return { findings, planned };
}

/** Per platform key and per team key: the set of finding kinds that touch it, with how many findings each. */
export function badges(findings) {
  const platforms = new Map();
  const teams = new Map();
  const count = (map, key, kind) => {
    const kinds = map.get(key) ?? new Map();
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    map.set(key, kinds);
  };
  for (const f of findings) {
    if (f.kind === 'unused' || f.kind === 'inversion') continue; // too many to be a badge
    f.platforms.forEach((p) => count(platforms, p, f.kind));
    if (f.kind === 'overloaded' || f.kind === 'highLoad') f.teams.forEach((t) => count(teams, t, f.kind));
  }
  return { platforms, teams };
}
