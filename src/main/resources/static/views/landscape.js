// Landscape map: the stack as bands (infrastructure at the bottom, AI use cases at the top), cross-cutting layers in a
// column beside it, platforms as boxes with their owning team, capability count and risk badges, and the
// dependencies between platforms (aggregated from their capabilities, `platformDependencies`) as weighted arrows.
// A click (or Enter) on a box drills into the platform: its capabilities, its risks, its blast radius.
// The server chooses the boxes (landscapeMap): a large landscape (more than PLATFORM_LIMIT platforms, or
// #/landscape?overview=1) gets per band its PER_BAND most at-risk and largest platforms with their badge counts and one
// box for the rest (listed on demand); the arrows between the same boxes are asked for at the same time
// (platformDependencies(amongMap)). The browser never pulls every platform or the capabilities of the landscape.
import { gql, allNodes } from '../api.js';
import { h } from '../dom.js';
import { loadRisks, KINDS } from '../risk-model.js';
import { drawEdges } from './map-edges.js';
import { loadLevels, levelBadge, loadRemovedOf, productPanel, BOX_SCORECARD } from './product-panel.js';
import { timeSlider, asOfParam } from '../time-slider.js';

const PLATFORM_LIMIT = 80;
const PER_BAND = 8;
const EDGE_LIMIT = 1000;

const BOX = `key name tier owner { key name loadBand loadIndex } capabilityCount riskCount badges { spof deprecated cycle violation unowned ambiguity } ${BOX_SCORECARD}`;

// The boxes, chosen on the server (landscapeMap): per band the most at-risk and largest platforms with their badge
// counts, so the browser never pulls every platform of a large landscape.
const MAP = `query($window: MapWindow, $asOf: AsOf) { landscapeMap(window: $window, asOf: $asOf) {
  platformCount capabilityCount unplacedCapabilityCount whole
  bands { key name rank crossCutting platformCount moreCount moreCapabilityCount platforms { ${BOX} } } } }`;

const MORE = `query($window: MapWindow, $asOf: AsOf, $layer: ID!, $first: Int!, $offset: Int!) {
  landscapeMap(window: $window, asOf: $asOf) { bands(layer: $layer) { more(first: $first, offset: $offset) { ${BOX} } } } }`;

// The arrows between the same boxes (amongMap: the server picks the same platforms), asked for at the same time.
const EDGES = `query($first: Int!, $amongMap: MapWindow, $asOf: AsOf) { platformDependencies(first: $first, amongMap: $amongMap, asOf: $asOf) {
  totalCount totalWeight dependencies { from { key name } to { key name } weight } } }`;

// The teams under load listed under the map: the most loaded TEAMS_LISTED of each band and how many there are (at M,
// about a thousand teams are under high load). The owners' load badges come with the boxes.
const TEAMS_LISTED = 50;
const LOAD = `query($asOf: AsOf, $first: Int!) {
  overloaded: cognitiveLoad(band: OVERLOADED, asOf: $asOf, first: $first) { team { key name } index band }
  highLoad: cognitiveLoad(band: HIGH, asOf: $asOf, first: $first) { team { key name } index band }
  cognitiveLoadDistribution(asOf: $asOf) { bands { band teams } } }`;

const MORE_PAGE = 200;

const CAPABILITY_FIELDS = 'key name lifecycle tier';
const UNPLACED = { type: 'CapabilityFilter', value: { withoutPlatform: true } };

const PLATFORM = `query($key: ID!) { platform(key: $key) { key name description tier layer { key name }
  owner { key name type size } capabilities { key name lifecycle tier consumptions { consumer { key } } } } }`;

const CAPABILITY = `query($key: ID!) { capability(key: $key) { key name description lifecycle tier category gaDate
  sloTarget sloAttainment compliant platform { key name owner { key name } }
  dependencies { key name } dependents { key name } consumptions { mode since consumer { key name tier } } } }`;

/** Order of the badges on a box: the most severe kinds first. */
const BADGE_ORDER = ['spof', 'deprecated', 'cycle', 'violation', 'unowned', 'ambiguity'];

export async function render(section, params = new URLSearchParams()) {
  const asOf = asOfParam(params);
  const forced = params.get('overview') === '1';
  const perBand = Math.min(100, Math.max(1, Number(params.get('perBand')) || PER_BAND));
  const mapWindow = { perBand, allWhenAtMost: forced ? 0 : PLATFORM_LIMIT };
  const [{ landscapeMap: m }, { platformDependencies: edges }, teamLoad, levels, slider] = await Promise.all([
    gql(MAP, { window: mapWindow, asOf }), gql(EDGES, { first: EDGE_LIMIT, amongMap: mapWindow, asOf }), gql(LOAD, { asOf, first: TEAMS_LISTED }),
    loadLevels(), timeSlider('landscape', params)]);
  const overview = !m.whole;
  const scorecards = { levels, byPlatform: new Map(m.bands.flatMap((b) => b.platforms).map((p) => [p.key, p.scorecard])) };
  const layers = m.bands;
  const platformCount = m.platformCount;
  const all = { totalCount: m.capabilityCount };
  const unplaced = { totalCount: m.unplacedCapabilityCount };
  const loose = overview || unplaced.totalCount === 0 ? null : await allNodes('capabilities', CAPABILITY_FIELDS, UNPLACED);
  const load = new Map([...teamLoad.overloaded, ...teamLoad.highLoad].map((t) => [t.team.key, t]));
  const dependencies = edges.dependencies.map((d) => ({ from: d.from.key, to: d.to.key, fromName: d.from.name,
    toName: d.to.name, weight: d.weight }));

  const details = h('aside.details', { 'aria-live': 'polite', 'aria-label': 'Details' },
    h('p.muted', {}, 'Select a platform to see its capabilities, risks and dependencies.'));
  // The findings behind a platform's badges are loaded on its first drill-down (details on demand).
  const ctx = { details, risks: null, asOf, window: mapWindow, load, dependencies, layers, scorecards, removedOf: loadRemovedOf(), show: null };
  ctx.show = (kind, key) => showDetails(ctx, kind, key);
  const stack = layers.filter((l) => !l.crossCutting).sort((a, b) => (b.rank ?? 0) - (a.rank ?? 0));
  const crossCutting = layers.filter((l) => l.crossCutting);
  const map = h('div.map', { id: 'map', dataset: { edges: dependencies.length, totalEdges: edges.totalCount } },
    h('div.stack-layers', { role: 'group', 'aria-label': 'Layered stack, top to bottom' }, stack.map((l) => band(l, ctx))),
    crossCutting.length === 0 ? null
      : h('div.cross-layers', { role: 'group', 'aria-label': 'Cross-cutting layers' }, crossCutting.map((l) => band(l, ctx))));
  const atRisk = [...load.values()].sort((a, b) => b.index - a.index);
  const underLoad = teamLoad.cognitiveLoadDistribution.bands.filter((b) => b.band === 'OVERLOADED' || b.band === 'HIGH')
    .reduce((n, b) => n + b.teams, 0);

  section.replaceChildren(
    h('h2', {}, 'Landscape'),
    slider,
    asOf ? h('p.muted', { id: 'map-as-of' }, `As of version ${asOf.version}: the layers, platforms, owners, capability counts, `
      + 'dependencies between platforms, risk badges and teams under load as they were then; the scorecard levels '
      + 'as they are now (scorecards take no asOf).') : null,
    h('p.muted', { dataset: { mode: overview ? 'overview' : 'inline' } },
      `${layers.length} layers, ${platformCount} platforms, ${all.totalCount} capabilities; `
      + `${edges.totalCount} dependencies between ${overview ? 'the platforms shown' : 'platforms'} (${edges.totalWeight} between their capabilities)`
      + (dependencies.length < edges.totalCount ? `, the ${dependencies.length} heaviest drawn` : '') + '. '
      + 'Bands run from the bottom of the stack (infrastructure) up to the use cases; cross-cutting layers beside. '
      + 'An arrow: the platform needs the one it points to; its number and thickness: how many capability dependencies.'
      + (overview ? ` A large landscape: each band shows its ${perBand} most at-risk and largest platforms and one box for the rest.` : '')),
    legend(scorecards.levels),
    h('div.landscape', {},
      h('div', {},
        h('div.map-wrap', {}, map),
        atRisk.length === 0 ? null : h('section.band.teams', { id: 'teams-at-risk', 'aria-labelledby': 'teams-at-risk-title' },
          h('h3', { id: 'teams-at-risk-title' }, `Teams under load (${underLoad})`),
          h('ul.team-list', { dataset: { count: underLoad } }, atRisk.map((t) => h('li', {}, teamChip(t.team, ctx)))),
          atRisk.length < underLoad ? h('p.muted', {}, `The ${atRisk.length} most loaded of them; `,
            h('a', { href: '#/load' }, 'Team load'), ' lists all.') : null),
        unplaced.totalCount === 0 ? null : h('section.band', { id: 'no-platform', 'aria-labelledby': 'no-platform-title' },
          h('h3', { id: 'no-platform-title' }, `Capabilities without a platform (${unplaced.totalCount})`),
          capabilityList(loose, unplaced.totalCount, () => allNodes('capabilities', CAPABILITY_FIELDS, UNPLACED), ctx.show))),
      details));

  const wrap = section.querySelector('.map-wrap');
  const boxes = new Map([...wrap.querySelectorAll('[data-platform]')].map((b) => [b.dataset.platform, b]));
  const redraw = () => drawEdges(wrap, dependencies, (key) => boxes.get(key) ?? null);
  redraw();
  let pending = null;
  new ResizeObserver(() => { cancelAnimationFrame(pending); pending = requestAnimationFrame(redraw); }).observe(wrap);
  // Focus or hover on a box highlights its own dependencies.
  const highlight = (key) => {
    wrap.classList.toggle('focusing', Boolean(key));
    wrap.querySelectorAll('g.edge').forEach((g) => g.classList.toggle('hl', g.dataset.from === key || g.dataset.to === key));
  };
  wrap.addEventListener('pointerover', (e) => highlight(e.target.closest('[data-platform]')?.dataset.platform ?? null));
  wrap.addEventListener('pointerleave', () => highlight(null));
  wrap.addEventListener('focusin', (e) => highlight(e.target.closest('[data-platform]')?.dataset.platform ?? null));
  wrap.addEventListener('focusout', () => highlight(null));
}

function legend(levels) {
  return h('ul.legend.risk-legend', { 'aria-label': 'Risk badges' }, BADGE_ORDER.map((k) =>
    h('li', {}, h('span', { class: `risk r-${k}` }, KINDS[k].badge), ' ', KINDS[k].label.toLowerCase())),
  h('li', {}, h('span', { class: 'risk r-overloaded' }, 'overloaded'), ' / ', h('span', { class: 'risk r-highLoad' }, 'high load'), ' team'),
  h('li', {}, [...levels].reverse().map((l) => [h('span', { class: `level level-${l}` }, l), ' ']),
    h('span', { class: 'level level-none' }, 'no level'), ' product scorecard level'));
}

function band(layer, ctx) {
  const boxes = [...layer.platforms].sort((a, b) => a.name.localeCompare(b.name));
  return h('section.band', { dataset: { layer: layer.key }, 'aria-labelledby': `layer-${layer.key}` },
    h('h3', { id: `layer-${layer.key}` }, layer.name, ' ',
      h('span.rank', {}, layer.crossCutting ? '(cross-cutting)' : `(rank ${layer.rank})`)),
    layer.platformCount === 0 ? h('p.muted', {}, 'No platforms.') : h('div.platforms', {},
      boxes.map((p) => platformBox(p, ctx)),
      layer.moreCount === 0 ? null : h('button.platform.more', { type: 'button', dataset: { more: layer.key },
        onclick: () => showRest(ctx, layer) },
      h('strong', {}, `+ ${layer.moreCount} more platforms`),
      h('span.owner', {}, `${layer.moreCapabilityCount} capabilities`))));
}

function platformBox(p, ctx) {
  const kinds = new Map(BADGE_ORDER.filter((k) => p.badges[k] > 0).map((k) => [k, p.badges[k]]));
  const present = BADGE_ORDER.filter((k) => kinds.has(k));
  const card = ctx.scorecards.byPlatform.get(p.key);
  return h('article.platform', { dataset: { platform: p.key, risks: present.join(' ') } },
    h('button.pname', { type: 'button', onclick: () => ctx.show('platform', p.key),
      'aria-label': `${p.name}: ${card?.level ? card.level + ' scorecard level' : 'no scorecard level'}, ${p.capabilityCount} capabilities${present.length ? ', risks: ' + present.map((k) => KINDS[k].badge).join(', ') : ''}` },
    p.name, ' ', levelBadge(card)),
    h('div.owner', {}, p.owner ? teamChip(p.owner, ctx) : h('span', { class: 'risk r-unowned' }, 'no owning team'),
      ` · tier ${p.tier} · ${p.capabilityCount} capabilities`),
    present.length === 0 ? null : h('ul.risks', { 'aria-label': 'Risks' }, present.map((k) =>
      h('li', { class: `risk r-${k}`, dataset: { risk: k, count: kinds.get(k) }, title: `${KINDS[k].label}: ${kinds.get(k)}` },
        kinds.get(k) > 1 ? `${KINDS[k].badge} ×${kinds.get(k)}` : KINDS[k].badge))));
}

function teamChip(team, ctx) {
  // An owner on a box carries its band (landscapeMap); a team in the list under the map is one of ctx.load.
  const t = team.loadBand ? { band: team.loadBand, index: team.loadIndex } : ctx.load.get(team.key);
  const risk = t?.band === 'OVERLOADED' ? 'overloaded' : t?.band === 'HIGH' ? 'highLoad' : null;
  return h('span.team', { dataset: risk ? { team: team.key, risk } : { team: team.key } }, team.name,
    risk ? h('a', { class: `risk r-${risk}`, href: '#/load', title: `cognitive-load index ${t ? t.index.toFixed(1) : '?'}` },
      KINDS[risk].badge) : null);
}

/** The capabilities inline when loaded, else a button that loads them. */
function capabilityList(capabilities, count, load, show) {
  const caps = h('div.caps', {}, capabilities ? capabilities.map((c) => capabilityButton(c, show)) : []);
  if (capabilities || count === 0) return caps;
  const expand = h('button.expand', { type: 'button', onclick: async () => {
    expand.disabled = true;
    expand.textContent = 'Loading…';
    try {
      caps.replaceChildren(...(await load()).map((c) => capabilityButton(c, show)));
      expand.remove();
    } catch (e) {
      expand.disabled = false;
      expand.textContent = `Show ${count} capabilities`;
      caps.replaceChildren(h('p.error', { role: 'alert' }, e.message));
    }
  } }, `Show ${count} capabilities`);
  return h('div', {}, expand, caps);
}

function capabilityButton(c, show) {
  return h('button', { type: 'button', class: `cap ${c.lifecycle}`, dataset: { capability: c.key },
    title: `${c.name} (${c.lifecycle}, tier ${c.tier})`, onclick: () => show('capability', c.key) }, c.name);
}

/** The platforms of a band that have no box of their own (a large landscape), in the map's order, each a drill-down;
 * asked for when the band's "+ N more" is opened, MORE_PAGE at a time. */
async function showRest(ctx, layer) {
  const list = h('ul.rest', {});
  const next = h('button', { type: 'button', id: 'rest-next', hidden: true });
  const page = async () => {
    next.disabled = true;
    const { landscapeMap: { bands: [b] } } = await gql(MORE, { window: ctx.window, asOf: ctx.asOf, layer: layer.key,
      first: MORE_PAGE, offset: list.children.length });
    list.append(...b.more.map((p) => h('li', { dataset: { rest: p.key } },
      h('button.link', { type: 'button', onclick: () => ctx.show('platform', p.key) }, p.name),
      ` · ${p.capabilityCount} capabilities · ${p.owner?.name ?? 'no owning team'}`
      + (p.riskCount ? ` · ${p.riskCount} risk badges` : ''))));
    next.hidden = list.children.length >= layer.moreCount;
    next.disabled = false;
    next.textContent = `Show ${Math.min(MORE_PAGE, layer.moreCount - list.children.length)} more`;
  };
  next.onclick = page;
  ctx.details.replaceChildren(h('h3', { tabindex: '-1' }, `${layer.name}: ${layer.moreCount} more platforms`), list, next);
  ctx.details.querySelector('h3').focus();
  try {
    await page();
  } catch (e) {
    ctx.details.append(h('p.error', { role: 'alert' }, e.message));
  }
}

async function showDetails(ctx, kind, key) {
  const panel = ctx.details;
  panel.replaceChildren(h('p.loading', {}, 'Loading…'));
  try {
    if (kind === 'platform') {
      ctx.risks ??= loadRisks(ctx.asOf, { complete: true });
      const [{ platform: p }, product, risks] = await Promise.all([gql(PLATFORM, { key }), productPanel(key, ctx.removedOf),
        ctx.risks]);
      const consumers = new Set(p.capabilities.flatMap((c) => c.consumptions.map((x) => x.consumer.key)));
      const findings = risks.findings.filter((f) => f.platforms.includes(p.key));
      const needs = ctx.dependencies.filter((d) => d.from === p.key);
      const neededBy = ctx.dependencies.filter((d) => d.to === p.key);
      panel.replaceChildren(h('h3', {}, p.name), p.description ? h('p', {}, p.description) : null,
        dl([['Key', p.key], ['Layer', p.layer?.name ?? '–'], ['Tier', p.tier],
          ['Owner', p.owner ? `${p.owner.name} (${p.owner.type}, ${p.owner.size} people)` : 'none'],
          ['Capabilities', p.capabilities.length], ['Consumers', consumers.size]]),
        blastLink('PLATFORM', p.key),
        product,
        findings.length === 0 ? null : h('div', { id: 'platform-risks' }, h('h4', {}, `Risks (${findings.length})`),
          h('ul', {}, findings.map((f) => h('li', { dataset: { kind: f.kind } }, h('span', { class: `sev sev-${f.severity}` }, f.severity), ' ',
            `${KINDS[f.kind].label}: ${f.title}`)))),
        needs.length === 0 ? null : h('div', {}, h('h4', {}, 'Needs platforms'),
          h('ul', {}, needs.map((d) => h('li', {}, `${d.toName} (${d.weight} capability dependencies)`)))),
        neededBy.length === 0 ? null : h('div', {}, h('h4', {}, 'Needed by platforms'),
          h('ul', {}, neededBy.map((d) => h('li', {}, `${d.fromName} (${d.weight})`)))),
        h('h4', {}, `Capabilities (${p.capabilities.length})`),
        h('ul', { id: 'platform-capabilities' }, p.capabilities.map((c) => h('li', { dataset: { capability: c.key } },
          h('button.link', { type: 'button', onclick: () => showDetails(ctx, 'capability', c.key) }, c.name),
          ` · ${c.lifecycle} · ${c.consumptions.length} consumers`))));
    } else {
      const { capability: c } = await gql(CAPABILITY, { key });
      const link = (x) => h('button.link', { type: 'button', onclick: () => showDetails(ctx, 'capability', x.key) }, x.name);
      panel.replaceChildren(h('h3', {}, c.name), c.description ? h('p', {}, c.description) : null,
        c.platform ? h('p', {}, h('button.link', { type: 'button', onclick: () => showDetails(ctx, 'platform', c.platform.key) },
          `← ${c.platform.name}`)) : null,
        dl([['Key', c.key], ['Lifecycle', c.lifecycle], ['Tier', c.tier], ['Category', c.category ?? '–'],
          ['Platform', c.platform ? `${c.platform.name}${c.platform.owner ? ' · ' + c.platform.owner.name : ''}` : 'none'],
          ['GA since', c.gaDate ?? '–'], ['SLO', c.sloTarget == null ? '–' : `${c.sloAttainment ?? '?'} of ${c.sloTarget}`],
          ['Consumers', c.consumptions.length]]),
        blastLink('CAPABILITY', c.key),
        h('h4', {}, `Depends on (${c.dependencies.length})`), h('ul', {}, c.dependencies.map((d) => h('li', {}, link(d)))),
        h('h4', {}, `Needed by (${c.dependents.length})`), h('ul', {}, c.dependents.map((d) => h('li', {}, link(d)))),
        h('h4', {}, 'Consumers'), h('ul', {}, c.consumptions.map((x) =>
          h('li', {}, `${x.consumer.name} (tier ${x.consumer.tier}, ${x.mode}${x.since ? ', since ' + x.since : ''})`))));
    }
    panel.querySelector('h3')?.setAttribute('tabindex', '-1');
    panel.querySelector('h3')?.focus();
  } catch (e) {
    ctx.risks = null; // a failed load of the findings is asked for again on the next drill-down
    panel.replaceChildren(h('p.error', { role: 'alert' }, e.message));
  }
}

function dl(pairs) {
  return h('dl', {}, pairs.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function blastLink(kind, key) {
  return h('p', {}, h('a', { href: `#/blast?t=${kind}:${encodeURIComponent(key)}` }, 'What breaks if this fails? →'));
}
