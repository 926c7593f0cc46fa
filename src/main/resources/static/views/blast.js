// Blast-radius explorer: pick targets, a scenario and a direction; draw what is affected (cytoscape), coloured by
// depth or layer; totals per layer, team and tier; tier-1 consumers; the explaining path of any affected node.
// Nothing is loaded in full: targets are searched on the server as one types, and at most MAX_DRAWN affected nodes
// are drawn (the totals always cover all of them).
import { gql } from '../api.js';
import { h, table, num } from '../dom.js';
import { setParams, showError, clearError } from '../app.js';

const BLAST = `query($input: BlastRadiusInput!) { blastRadius(input: $input) {
  totalCount tier1Consumers severity deepest
  totals { byKind { key count } byLayer { key count } byOwningTeam { key count } byTier { key count } }
  items { node { key name ... on Capability { platform { layer { name } } } ... on Platform { layer { name } } }
    kind tier depth target path { kind key } }
  pageInfo { hasNextPage endCursor } } }`;

const SEARCH = `query($text: String) {
  CAPABILITY: capabilities(first: 10, filter: {text: $text}) { nodes { key name } }
  PLATFORM: platforms(first: 10, filter: {text: $text}) { nodes { key name } }
  TEAM: teams(first: 10, filter: {text: $text}) { nodes { key name } }
  CONSUMER: consumers(first: 10, filter: {text: $text}) { nodes { key name } } }`;
const MAX_DRAWN = 2000;
const KINDS = ['CAPABILITY', 'PLATFORM', 'TEAM', 'CONSUMER'];
const SHAPES = { CAPABILITY: 'ellipse', PLATFORM: 'diamond', TEAM: 'hexagon', CONSUMER: 'round-rectangle', VALUE_STREAM: 'star', LAYER: 'barrel' };
const PALETTE = ['#1f5fbf', '#e8590c', '#2b8a3e', '#9c36b5', '#c92a2a', '#0b7285', '#5c940d', '#d6336c', '#495057', '#f59f00', '#364fc7', '#087f5b'];
const DEPTH = ['#a4161a', '#e8590c', '#f59f00', '#74b816', '#1098ad', '#4263eb', '#7048e8', '#495057'];


export async function render(section, params) {
  const targets = (params.getAll('t').length ? params.getAll('t') : []).map(parseRef).filter(Boolean);
  const state = {
    targets, scenario: params.get('scenario') ?? 'FAIL', direction: params.get('direction') ?? 'DOWNSTREAM',
    colour: params.get('colour') ?? 'depth', maxDepth: params.get('maxDepth') ?? '',
  };
  const list = h('datalist', { id: 'target-options' });
  let typing = null;
  const suggest = () => {
    clearTimeout(typing);
    const text = search.value.trim();
    if (text.length < 2 || parseRef(text)) return;
    typing = setTimeout(async () => {
      try {
        const found = await searchNodes(text);
        list.replaceChildren(...found.map((o) => h('option', { value: `${o.kind}:${o.key}` }, `${o.name} (${o.kind.toLowerCase()})`)));
      } catch {
        // suggestions are a convenience: a failed search leaves the list as it was
      }
    }, 200);
  };
  const search = h('input', { id: 'target-search', list: 'target-options', placeholder: 'e.g. cloud-networking',
    autocomplete: 'off', oninput: suggest });
  const chips = h('ul.chips', { 'aria-label': 'Selected targets' });
  const result = h('div', { id: 'blast-result', 'aria-live': 'polite' });
  const select = (id, label, values, current) => h('label', { for: id }, label,
    h('select', { id, onchange: (e) => { state[id] = e.target.value; run(); } },
      values.map(([v, t]) => h('option', { value: v, selected: v === current }, t))));
  const maxDepth = h('input', { id: 'maxDepth', type: 'number', min: 1, max: 50, value: state.maxDepth, size: 4,
    onchange: (e) => { state.maxDepth = e.target.value; run(); } });

  const redrawChips = () => chips.replaceChildren(...state.targets.map((t, i) => h('li', {},
    h('button', { type: 'button', 'aria-label': `Remove target ${t.key}`,
      onclick: () => { state.targets.splice(i, 1); redrawChips(); run(); } }, `${t.key} ✕`))));

  const add = async (event) => {
    event.preventDefault();
    let ref;
    try {
      ref = await findOption(search.value);
    } catch (e) {
      showError(e);
      return;
    }
    if (!ref) {
      showError(new Error(`No capability, platform, team or consumer matches "${search.value}".`));
      return;
    }
    if (!state.targets.some((t) => t.kind === ref.kind && t.key === ref.key)) state.targets.push(ref);
    search.value = '';
    redrawChips();
    run();
  };

  const run = async () => {
    setParams('blast', [...state.targets.map((t) => ['t', `${t.kind}:${t.key}`]), ['scenario', state.scenario],
      ['direction', state.direction], ['colour', state.colour], ...(state.maxDepth ? [['maxDepth', state.maxDepth]] : [])]);
    if (state.targets.length === 0) {
      result.replaceChildren(h('p.muted', {}, 'Pick one or more targets to see what they affect.'));
      return;
    }
    result.dataset.state = 'loading';
    result.replaceChildren(h('p.loading', {}, 'Computing the blast radius…'));
    clearError();
    try {
      const [radius, cytoscape] = await Promise.all([blastRadius(state), loadCytoscape()]);
      showResult(result, radius, state, cytoscape);
      result.dataset.state = 'ready';
    } catch (e) {
      result.dataset.state = 'error';
      result.replaceChildren(h('p.muted', {}, 'No result: see the message above.'));
      showError(e);
    }
  };

  section.replaceChildren(h('h2', {}, 'Blast radius'),
    h('form.controls', { onsubmit: add, 'aria-label': 'Blast radius settings' },
      h('label', { for: 'target-search' }, 'Add a target (capability, platform, team, consumer)', search), list,
      h('button', { type: 'submit' }, 'Add'),
      select('scenario', 'Scenario', [['FAIL', 'fails'], ['CHANGE', 'changes']], state.scenario),
      select('direction', 'Direction', [['DOWNSTREAM', 'who is affected (downstream)'], ['UPSTREAM', 'what it needs (upstream)']], state.direction),
      select('colour', 'Colour by', [['depth', 'depth'], ['layer', 'layer']], state.colour),
      h('label', { for: 'maxDepth' }, 'Max depth', maxDepth)),
    chips, result);
  redrawChips();
  await run();
}

function parseRef(text) {
  const m = /^([A-Z_]+):(.+)$/.exec(text.trim());
  return m ? { kind: m[1], key: m[2] } : null;
}

/** Up to 10 nodes of each kind whose key or name contains the text, searched on the server. */
async function searchNodes(text) {
  const data = await gql(SEARCH, { text });
  return KINDS.flatMap((kind) => data[kind].nodes.map((n) => ({ kind, key: n.key, name: n.name })));
}

/** The node meant by what was typed: KIND:key, or a key or name (exact, case-insensitive); null when none. */
async function findOption(text) {
  const value = text.trim();
  if (!value) return null;
  const ref = parseRef(value);
  const found = await searchNodes(ref ? ref.key : value);
  if (ref) return found.find((o) => o.kind === ref.kind && o.key === ref.key) ? ref : null;
  const lower = value.toLowerCase();
  const o = found.find((x) => x.key.toLowerCase() === lower || x.name.toLowerCase() === lower);
  return o ? { kind: o.kind, key: o.key } : null;
}

/** The layer an affected capability or platform is in (through its platform for a capability). */
function layerOf(item) {
  return item.node?.layer?.name ?? item.node?.platform?.layer?.name ?? null;
}

async function blastRadius(state) {
  const input = { targets: state.targets, scenario: state.scenario, direction: state.direction, first: 100 };
  if (state.maxDepth) input.maxDepth = Number(state.maxDepth);
  let first = null;
  const items = [];
  do {
    const { blastRadius: page } = await gql(BLAST, { input });
    first ??= page;
    // key and name come from the node itself (the items' own key and name fields are deprecated)
    items.push(...page.items.map((item) => ({ ...item, key: item.node.key, name: item.node.name })));
    input.after = page.pageInfo.hasNextPage && items.length < MAX_DRAWN ? page.pageInfo.endCursor : null;
  } while (input.after);
  return { ...first, items };
}

let cytoscapeLoading = null;
function loadCytoscape() {
  cytoscapeLoading ??= window.cytoscape ? Promise.resolve(window.cytoscape) : new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/webjars/cytoscape/dist/cytoscape.min.js';
    script.onload = () => resolve(window.cytoscape);
    script.onerror = () => { cytoscapeLoading = null; reject(new Error('The graph drawing library (cytoscape) could not be loaded.')); };
    document.head.append(script);
  });
  return cytoscapeLoading;
}

function showResult(container, radius, state, cytoscape) {
  const id = (r) => `${r.kind}:${r.key}`;
  const groupOf = (item) => (state.colour === 'layer' ? (layerOf(item) ?? item.kind.toLowerCase()) : `depth ${item.depth}`);
  const groups = [...new Set(radius.items.map(groupOf))].sort();
  const colourOf = (g) => (state.colour === 'layer' ? PALETTE[groups.indexOf(g) % PALETTE.length]
    : DEPTH[Math.min(Number(g.split(' ')[1]), DEPTH.length - 1)]);
  const byId = new Map(radius.items.map((i) => [id(i), i]));
  const elements = radius.items.map((i) => ({ data: { id: id(i), label: i.name, kind: i.kind, colour: colourOf(groupOf(i)),
    shape: SHAPES[i.kind] ?? 'ellipse', size: i.target ? 34 : i.kind === 'CONSUMER' && i.tier === 1 ? 26 : 18 } }));
  for (const i of radius.items) {
    if (i.path.length > 1) {
      const from = id(i.path[i.path.length - 2]);
      if (byId.has(from)) elements.push({ data: { id: `${from}->${id(i)}`, source: from, target: id(i) } });
    }
  }

  const graph = h('div', { id: 'cy', role: 'img', 'aria-label': radius.items.length < radius.totalCount
    ? `Drawing of the first ${radius.items.length} of ${radius.totalCount} affected nodes (tier-1 consumers, then the nearest); the table below lists them`
    : `Drawing of ${radius.totalCount} affected nodes; the table below lists them`,
    dataset: { nodes: radius.items.length, edges: elements.length - radius.items.length } });
  const explain = h('div.details', { id: 'explain', 'aria-live': 'polite' }, h('p.muted', {}, 'Select a node (or a row) to see why it is affected.'));
  const showPath = (item) => {
    explain.replaceChildren(h('h3', {}, item.name),
      h('p', {}, `${item.kind.toLowerCase()}, depth ${item.depth}${item.tier ? ', tier ' + item.tier : ''}${item.target ? ', a target' : ''}`),
      h('p', {}, 'Explaining path:'),
      h('ol.path', { 'aria-label': `Path to ${item.key}` }, item.path.map((r) => h('li', { dataset: { key: r.key } }, byId.get(id(r))?.name ?? r.key))));
  };
  const tier1 = radius.items.filter((i) => i.kind === 'CONSUMER' && i.tier === 1);
  const totals = (caption, list) => table(caption, ['', 'affected'], list.map((t) => [t.key, t.count]), (i) => list[i].key);

  container.replaceChildren(
    h('div.figures', {},
      figure('affected', radius.totalCount, 'total'), figure('tier-1 consumers', radius.tier1Consumers, 'tier1'),
      figure('severity', num(radius.severity, 0), 'severity'), figure('deepest', radius.deepest, 'deepest')),
    h('div.blast', {},
      h('div', {}, graph,
        h('ul.legend', { 'aria-label': 'Colours' }, groups.map((g) => h('li', {}, h('span', { style: { background: colourOf(g) } }), g)))),
      h('div', {}, explain,
        table(`Tier-1 consumers (${tier1.length})`, ['consumer', 'depth'], tier1.map((i) => [i.name, i.depth]), (i) => tier1[i].key))),
    h('div.grid2', {}, totals('Per layer', radius.totals.byLayer), totals('Per owning team', radius.totals.byOwningTeam),
      totals('Per tier', radius.totals.byTier), totals('Per kind', radius.totals.byKind)),
    h('div.scroll', {}, table(`Affected nodes (${radius.items.length})`, ['name', 'kind', 'depth', 'tier', 'why'],
      radius.items.map((i) => [i.name, i.kind.toLowerCase(), i.depth, i.tier ?? '–',
        h('button.link', { type: 'button', onclick: () => showPath(i) }, 'explain')]), (i) => radius.items[i].key)));

  const cy = cytoscape({
    container: graph, elements, wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', shape: 'data(shape)', width: 'data(size)', height: 'data(size)',
        label: 'data(label)', 'font-size': 9, 'min-zoomed-font-size': 7, color: '#1d2330', 'text-valign': 'bottom', 'text-margin-y': 2 } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1d2330' } },
      { selector: 'edge', style: { width: 1, 'line-color': '#adb5bd', 'target-arrow-color': '#adb5bd', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier' } },
      { selector: '.on-path', style: { 'line-color': '#f59f00', 'target-arrow-color': '#f59f00', width: 3, 'border-width': 3, 'border-color': '#f59f00' } },
    ],
    layout: { name: 'preset' },
  });
  const positions = ringPositions(radius.items, id);
  cy.layout({ name: 'preset', positions: (n) => positions.get(n.id()), fit: true, padding: 16, animate: false }).run();
  cy.on('tap', 'node', (event) => {
    const item = byId.get(event.target.id());
    cy.elements().removeClass('on-path');
    const ids = item.path.map(id);
    ids.forEach((n, k) => {
      cy.getElementById(n).addClass('on-path');
      if (k > 0) cy.getElementById(`${ids[k - 1]}->${n}`).addClass('on-path');
    });
    showPath(item);
  });
  window.strataCy = cy;
}

/**
 * Rings by depth: the targets in the middle, each ring one dependency step further out, the rings spaced evenly and
 * wide enough for their nodes; within a ring, nodes follow the angle of the node they were reached from.
 */
function ringPositions(items, id) {
  const rings = [];
  for (const item of items) (rings[item.depth] ??= []).push(item);
  const spacing = 24;
  let step = 90;
  rings.forEach((ring, depth) => { if (depth > 0) step = Math.max(step, (ring.length * spacing) / (2 * Math.PI * depth)); });
  const angle = new Map();
  const positions = new Map();
  rings.forEach((ring, depth) => {
    const parentAngle = (item) => (item.path.length > 1 ? angle.get(id(item.path[item.path.length - 2])) ?? 0 : 0);
    const ordered = depth === 0 ? ring : [...ring].sort((a, b) => parentAngle(a) - parentAngle(b));
    const r = depth === 0 ? (ring.length > 1 ? step / 3 : 0) : depth * step;
    ordered.forEach((item, i) => {
      const a = (2 * Math.PI * i) / ordered.length;
      angle.set(id(item), a);
      positions.set(id(item), { x: r * Math.cos(a), y: r * Math.sin(a) });
    });
  });
  return positions;
}

function figure(label, value, key) {
  return h('div.figure', { dataset: { figure: key } }, h('strong', {}, value), label);
}
