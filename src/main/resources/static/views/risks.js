// Risks: summary tiles with counts per severity and per kind, then one list of every finding ranked by severity
// across kinds (risk-model.js defines the order), each with its details behind it; then the raw tables per kind
// (display names first, keys second), hotspots and handover points as context. A tile filters the list by kind.
import { h, table, num } from '../dom.js';
import { loadRisks, SEVERITIES, KINDS, WINDOW } from '../risk-model.js';

const PAGE = 100;

export async function render(section, params = new URLSearchParams()) {
  // The first page of the long lists and their counts (tiles count every finding); "Show all" loads them whole.
  // `?window=N` asks for N rows of each instead of WINDOW (to see the windows at work on a small landscape).
  const rows = Math.min(1000, Math.max(1, Number(params.get('window')) || WINDOW));
  let { raw, findings, planned, totals, partial: windowed } = await loadRisks(null, { window: rows });
  const r = raw.structuralRisks;
  let kind = null;
  let limit = PAGE;
  const list = h('ol.ranking', { id: 'risk-ranking', 'aria-label': 'Findings, most severe first' });
  const more = h('button', { type: 'button', id: 'risk-more', onclick: async () => {
    if (windowed.length) {
      more.disabled = true;
      more.textContent = 'Loading…';
      try {
        ({ findings, planned, partial: windowed } = await loadRisks(null, { complete: true }));
        section.querySelector('#risk-partial')?.remove();
      } catch (e) {
        more.after(h('p.error', { role: 'alert' }, e.message));
        return;
      } finally {
        more.disabled = false;
        draw();
      }
    }
    limit = Infinity;
    draw();
  } });
  const kindCount = new Map(Object.entries(totals.kinds));
  const tiles = h('div.tiles', { role: 'group', 'aria-label': 'Findings per kind (a tile filters the list)' },
    Object.keys(KINDS).map((k) => {
      const worst = SEVERITIES.find((s) => findings.some((f) => f.kind === k && f.severity === s)) ?? 'none';
      return h('button', { type: 'button', class: `tile worst-${worst}`, dataset: { kind: k, count: kindCount.get(k) ?? 0 },
        'aria-pressed': 'false', onclick: (e) => {
          kind = kind === k ? null : k;
          tiles.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.kind === kind)));
          limit = PAGE;
          draw();
          e.currentTarget.focus();
        } }, h('strong', {}, kindCount.get(k) ?? 0), KINDS[k].label);
    }));
  const draw = () => {
    const shown = findings.filter((f) => !kind || f.kind === kind);
    const all = windowed.length ? (kind ? kindCount.get(kind) ?? 0 : totals.total) : shown.length;
    list.replaceChildren(...shown.slice(0, limit).map((f, i) => finding(f, i + 1)));
    list.dataset.count = shown.length;
    list.dataset.total = all;
    more.hidden = shown.length <= limit && all <= shown.length;
    more.textContent = `Show all ${all}`;
  };
  draw();
  const partial = [
    r.deprecatedInUsePage.totalCount > r.deprecatedInUsePage.nodes.length
      ? `deprecated in use: the first ${r.deprecatedInUsePage.nodes.length} of ${r.deprecatedInUsePage.totalCount} uses` : null,
    r.tierInversionPage.totalCount > r.tierInversionPage.nodes.length
      ? `tier inversions: the first ${r.tierInversionPage.nodes.length} of ${r.tierInversionPage.totalCount}` : null,
    r.singlePointsOfFailure.capabilities.length === 100 ? 'single points of failure: the 100 with most consumers' : null,
  ].filter(Boolean);

  section.replaceChildren(h('h2', {}, 'Risks'),
    h('div.severity-summary', { role: 'group', 'aria-label': 'Findings per severity' }, SEVERITIES.map((s) =>
      h('div', { class: `sevtile sev-${s}`, dataset: { severity: s } }, h('strong', {}, totals.severities[s]), s))),
    tiles,
    h('p.muted', { id: 'risk-skipped', dataset: { count: raw.layerViolations.skippedLayerCount } },
      `Warnings, not ranked: ${raw.layerViolations.skippedLayerCount} dependencies skip a layer of the stack `
      + '(query layerViolations { skippedLayers } for the list).'),
    h('p.muted', {}, 'Ranked: critical (a tier-1 single point of failure, a retired capability in use), high, '
      + 'medium, low; within a severity by reach (consumers, members, load). Open a finding for its details.'
      + (partial.length ? ` Partial lists: ${partial.join('; ')}.` : '')),
    windowed.length === 0 ? null : h('p.muted', { id: 'risk-partial' }, `The list holds the first ${rows} rows of the long `
      + `lists (${windowed.join('; ')}); the tiles count them all, "Show all" loads the rest.`),
    list, more,
    r.plannedCount === 0 ? null : h('section', { id: 'risk-planned', dataset: { count: r.plannedCount } },
      h('h3', {}, `Planned, not used yet (${r.plannedCount})`),
      h('p.muted', {}, 'PLANNED capabilities without consumers: expected, not a risk.'),
      h('ul.chips', {}, planned.map((u) => h('li', { dataset: { key: u.capability.key } },
        h('span.cap', { title: u.capability.key }, u.capability.name))))),
    h('details', { id: 'risk-tables' }, h('summary', {}, 'All findings by kind, as tables'), tablesOf(raw)));
  section.querySelectorAll('h3').forEach((e) => e.setAttribute('tabindex', '-1'));
}

function finding(f, rank) {
  return h('li', { class: `finding sev-border-${f.severity}`, dataset: { kind: f.kind, severity: f.severity, key: f.subtitle } },
    h('details', {},
      h('summary', {}, h('span.rank', {}, `${rank}.`), ' ', h('span', { class: `sev sev-${f.severity}` }, f.severity), ' ',
        h('span.kind', {}, KINDS[f.kind].label), ' ', h('strong.title', {}, f.title), ' ', h('span.key', {}, f.subtitle)),
      h('p', {}, f.detail),
      f.blast ? h('p', {}, h('a', { href: `#/blast?t=${encodeURIComponent(f.blast)}` }, 'Blast radius →')) : null,
      f.href ? h('p', {}, h('a', { href: f.href }, 'Team load →')) : null));
}

const arrow = (nodes) => nodes.map((n) => n.name ?? n.key).join(' → ');
const nameKey = (n) => [n.name ?? n.key, h('div.owner', {}, n.key)];

/** The findings of every kind as a table each (the former view), behind the ranking. */
function tablesOf(raw) {
  const { structuralRisks: r, hotspots, layerViolations: v, dependencyCycles: cycles } = raw;
  const spof = r.singlePointsOfFailure;
  const part = (id, title, explanation, headers, rows, keyOf, total = rows.length) => h('section', { id: `risk-${id}`, dataset: { rows: rows.length } },
    h('h3', {}, total > rows.length ? `${title} (first ${rows.length} of ${total})` : `${title} (${rows.length})`), h('p.muted', {}, explanation),
    rows.length === 0 ? h('p', {}, 'None.') : h('div.scroll', {}, table(title, headers, rows, keyOf)));
  return [
    part('spof', 'Single points of failure (capabilities)', 'Every dependency path from these consumers down the stack passes through the capability.',
      ['capability', 'platform', 'tier', 'consumers without alternative'],
      spof.capabilities.map((s) => [nameKey(s.capability), s.capability.platform?.name ?? '–', s.capability.tier, s.consumers]),
      (i) => spof.capabilities[i].capability.key),
    part('spof-platforms', 'Single points of failure (platforms)', 'Every path from these consumers passes through the platform.',
      ['platform', 'consumers', 'through capabilities'],
      spof.platforms.map((s) => [nameKey(s.platform), s.consumers, s.criticalCapabilities.map((c) => c.name).join(', ')]), (i) => spof.platforms[i].platform.key),
    part('hotspots', 'Hotspots', 'Capabilities and platforms with the largest blast radius if they fail.',
      ['node', 'kind', 'affected', 'consumers', 'tier-1 consumers', 'severity'],
      hotspots.map((x) => [h('a', { href: `#/blast?t=${x.kind}:${encodeURIComponent(x.node.key)}` }, x.node.name), x.kind.toLowerCase(), x.affected,
        x.consumers, x.tier1Consumers, num(x.severity, 0)]), (i) => hotspots[i].node.key),
    part('violations', 'Layer violations', 'Dependencies that point up the stack.',
      ['from', 'to', 'layers'],
      v.violations.map((x) => [nameKey(x.dependent), nameKey(x.dependency), `${x.dependentLayer.name} (${x.fromRank}) → ${x.dependencyLayer.name} (${x.toRank})`]),
      (i) => `${v.violations[i].dependent.key}->${v.violations[i].dependency.key}`, v.violationCount),
    part('cycles', 'Dependency cycles', 'Capabilities that depend on each other in a circle.',
      ['cycle', 'members'], cycles.map((c) => [arrow(c.cycle), c.capabilities.length]), (i) => cycles[i].capabilities.map((m) => m.key).join(',')),
    part('unowned', 'Unowned', 'Platforms without an owning team, capabilities without a platform or owner.',
      ['name', 'kind', 'reason'], r.unowned.map((x) => [nameKey(x.node), x.kind.toLowerCase(), x.reason]), (i) => r.unowned[i].node.key,
      r.unownedPlatforms + r.unownedCapabilities),
    part('unused', 'Unused capabilities', 'Nobody consumes or depends on these (PLANNED ones included).',
      ['capability', 'lifecycle', 'platform'], r.unusedCapabilities.map((x) => [nameKey(x.capability), x.lifecycle ?? '–', x.platform?.name ?? '–']),
      (i) => r.unusedCapabilities[i].capability.key, r.unusedCount + r.plannedCount),
    part('deprecated', 'Deprecated or retired in use', 'Consumers that still reach a deprecated or retired capability.',
      ['consumer', 'capability', 'lifecycle', 'hops', 'path'],
      r.deprecatedInUsePage.nodes.map((x) => [x.consumer.name, x.capability.name, x.lifecycle, x.hops, arrow(x.pathNodes)]),
      (i) => `${r.deprecatedInUsePage.nodes[i].consumer.key}->${r.deprecatedInUsePage.nodes[i].capability.key}`, r.deprecatedInUsePage.totalCount),
    part('inversions', 'Tier inversions', 'A more critical (lower tier) node depends on a less critical capability.',
      ['source', 'tier', 'depends on', 'tier', 'path'],
      r.tierInversionPage.nodes.map((x) => [`${x.source.name ?? x.source.key} (${x.sourceKind.toLowerCase()})`, x.sourceTier, x.target.name, x.targetTier, arrow(x.pathNodes)]),
      (i) => `${r.tierInversionPage.nodes[i].source.key}->${r.tierInversionPage.nodes[i].target.key}`, r.tierInversionPage.totalCount),
    part('handovers', 'Handover points', 'Where work crosses from one team to another, by number of edges.',
      ['from team', 'to team', 'dependencies', 'consumptions', 'edges'],
      r.handoverPoints.map((x) => [x.fromTeam.name, x.toTeam.name, x.dependsOnEdges, x.consumesEdges, x.edges]),
      (i) => `${r.handoverPoints[i].fromTeam.key}->${r.handoverPoints[i].toTeam.key}`),
    part('ambiguity', 'Ownership ambiguity', 'Categories offered by more than one platform or team.',
      ['category', 'platforms', 'teams', 'offerings'],
      r.ownershipAmbiguity.map((x) => [x.category, x.platforms, x.teams,
        (x.offerings ?? []).map((o) => `${o.platform.name} (${o.team?.name ?? 'no team'}): ${o.capabilities.map((c) => c.name).join(', ')}`).join('; ')]),
      (i) => r.ownershipAmbiguity[i].category),
  ];
}
