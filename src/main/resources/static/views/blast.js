// Blast-radius explorer: pick targets (or start from a top hotspot), a scenario and a direction; draw what is
// affected in bands like the map's (blast-layout.js), grouped by platform or team when large (a click on a group
// expands it), coloured by depth; a click on a node highlights its explaining path on the graph and lists it.
// Nothing is loaded in full: targets are searched on the server as one types, and at most MAX_DRAWN affected nodes
// are drawn (the figures and totals always cover all of them).
import { gql } from '../api.js';
import { h, table, num } from '../dom.js';
import { setParams, showError, clearError } from '../app.js';
import { model, layout, itemId } from './blast-layout.js';
import { timeSlider, asOfParam } from '../time-slider.js';

const LAYER = 'layer { key name rank crossCutting }';
const BLAST = `query($input: BlastRadiusInput!, $asOf: AsOf) { blastRadius(input: $input, asOf: $asOf) {
  totalCount tier1Consumers severity deepest
  totals { byKind { key count } byLayer { key count } byOwningTeam { key count } byTier { key count } }
  items { node { key name
      ... on Capability { platform { key name owner { key name } ${LAYER} } }
      ... on Platform { owner { key name } ${LAYER} }
      ... on Consumer { owner { key name } } }
    kind tier depth target path { kind key } }
} }`;

const SEARCH = `query($text: String) {
  CAPABILITY: capabilities(first: 10, filter: {text: $text}) { nodes { key name } }
  PLATFORM: platforms(first: 10, filter: {text: $text}) { nodes { key name } }
  TEAM: teams(first: 10, filter: {text: $text}) { nodes { key name } }
  CONSUMER: consumers(first: 10, filter: {text: $text}) { nodes { key name } } }`;
const HOTSPOTS = 'query($asOf: AsOf) { hotspots(first: 10, asOf: $asOf) { node { key name } kind affected consumers tier1Consumers severity } }';
const MAX_DRAWN = 1000;
/** Above this many affected nodes the drawing groups them by platform unless asked otherwise. */
const GROUP_ABOVE = 60;
const GROUPS_READABLE = 150;
const KINDS = ['CAPABILITY', 'PLATFORM', 'TEAM', 'CONSUMER'];
const SHAPES = { CAPABILITY: 'ellipse', PLATFORM: 'diamond', TEAM: 'hexagon', CONSUMER: 'round-rectangle', VALUE_STREAM: 'star',
  LAYER: 'barrel', GROUP: 'round-rectangle' };
const SHAPE_NAMES = [['CAPABILITY', '● capability'], ['PLATFORM', '◆ platform'], ['TEAM', '⬢ team'], ['CONSUMER', '▢ consumer'],
  ['GROUP', '▭ group (click to expand)']];
const DEPTH = ['#a4161a', '#e8590c', '#f59f00', '#74b816', '#1098ad', '#4263eb', '#7048e8', '#495057'];
const depthColour = (d) => DEPTH[Math.min(d, DEPTH.length - 1)];

export async function render(section, params) {
  const targets = params.getAll('t').map(parseRef).filter(Boolean);
  const state = {
    targets, scenario: params.get('scenario') ?? 'FAIL', direction: params.get('direction') ?? 'DOWNSTREAM',
    group: params.get('group') ?? 'auto', maxDepth: params.get('maxDepth') ?? '', asOf: asOfParam(params),
  };
  const slider = await timeSlider('blast', params);
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
  const chips = h('ul.chips', { id: 'targets', 'aria-label': 'Selected targets' });
  const result = h('div', { id: 'blast-result', 'aria-live': 'polite' });
  const select = (id, label, values, current) => h('label', { for: id }, label,
    h('select', { id, onchange: (e) => { state[id] = e.target.value; run(); } },
      values.map(([v, t]) => h('option', { value: v, selected: v === current }, t))));
  const maxDepth = h('input', { id: 'maxDepth', type: 'number', min: 1, max: 50, value: state.maxDepth, size: 4,
    onchange: (e) => { state.maxDepth = e.target.value; run(); } });

  const redrawChips = () => chips.replaceChildren(...state.targets.map((t, i) => h('li', {},
    h('button', { type: 'button', 'aria-label': `Remove target ${t.key}`,
      onclick: () => { state.targets.splice(i, 1); redrawChips(); run(); } }, `${t.key} ✕`))));
  const addTarget = (ref) => {
    if (!state.targets.some((t) => t.kind === ref.kind && t.key === ref.key)) state.targets.push(ref);
    redrawChips();
    run();
  };

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
    search.value = '';
    addTarget(ref);
  };

  let last = null; // the last answer, redrawn without a request when only the grouping changes
  const run = async () => {
    setParams('blast', [...state.targets.map((t) => ['t', `${t.kind}:${t.key}`]), ['scenario', state.scenario],
      ['direction', state.direction], ['group', state.group], ...(state.maxDepth ? [['maxDepth', state.maxDepth]] : []),
      ...(state.asOf ? [['asOf', state.asOf.version]] : [])]);
    if (state.targets.length === 0) {
      result.dataset.state = 'start';
      await showStart(result, addTarget, state.asOf);
      return;
    }
    result.dataset.state = 'loading';
    result.replaceChildren(h('p.loading', {}, 'Computing the blast radius…'));
    clearError();
    try {
      const [radius, cytoscape] = await Promise.all([blastRadius(state), loadCytoscape()]);
      last = { radius, cytoscape };
      showResult(result, radius, state, cytoscape);
      result.dataset.state = 'ready';
    } catch (e) {
      result.dataset.state = 'error';
      result.replaceChildren(h('p.muted', {}, 'No result: see the message above.'));
      showError(e);
    }
  };
  const regroup = h('select', { id: 'group', onchange: (e) => {
    state.group = e.target.value;
    if (!last || state.targets.length === 0) { run(); return; }
    setParams('blast', [...state.targets.map((t) => ['t', `${t.kind}:${t.key}`]), ['scenario', state.scenario],
      ['direction', state.direction], ['group', state.group], ...(state.maxDepth ? [['maxDepth', state.maxDepth]] : []),
      ...(state.asOf ? [['asOf', state.asOf.version]] : [])]);
    showResult(result, last.radius, state, last.cytoscape);
  } }, [['auto', `automatic (grouped above ${GROUP_ABOVE})`], ['none', 'none: every node'], ['platform', 'by platform'], ['team', 'by team']]
    .map(([v, t]) => h('option', { value: v, selected: v === state.group }, t)));

  section.replaceChildren(h('h2', {}, 'Blast radius'), slider,
    h('form.controls', { onsubmit: add, 'aria-label': 'Blast radius settings' },
      h('label', { for: 'target-search' }, 'Add a target (capability, platform, team, consumer)', search), list,
      h('button', { type: 'submit' }, 'Add'),
      select('scenario', 'Scenario', [['FAIL', 'fails'], ['CHANGE', 'changes']], state.scenario),
      select('direction', 'Direction', [['DOWNSTREAM', 'who is affected (downstream)'], ['UPSTREAM', 'what it needs (upstream)']], state.direction),
      h('label', { for: 'group' }, 'Group', regroup),
      h('label', { for: 'maxDepth' }, 'Max depth', maxDepth)),
    chips, result);
  redrawChips();
  await run();
}

/** The start: the top hotspots to pick from (the ranking the server keeps), each one click away. */
async function showStart(container, addTarget, asOf) {
  container.replaceChildren(h('p.loading', {}, 'Loading the hotspots…'));
  const { hotspots } = await gql(HOTSPOTS, { asOf });
  container.replaceChildren(h('div.details.start', { id: 'blast-start' },
    h('h3', {}, 'Start from a hotspot'),
    h('p.muted', {}, 'The capabilities and platforms whose failure affects the most, by severity. Pick one, or add any target above.'),
    hotspots.length === 0 ? h('p', {}, 'The hotspot ranking is not ready yet: add a target above.') : h('ol.hotspots', {}, hotspots.map((x) =>
      h('li', { dataset: { key: x.node.key, kind: x.kind } },
        h('button', { type: 'button', onclick: () => addTarget({ kind: x.kind, key: x.node.key }) }, x.node.name),
        h('span.muted', {}, ` ${x.kind.toLowerCase()} · ${x.affected} affected · ${x.tier1Consumers} tier-1 consumers · severity ${num(x.severity, 0)}`))))));
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

async function blastRadius(state) {
  // one page holds every node drawn (the API allows pages of up to 1,000): one request instead of ten in a row
  const input = { targets: state.targets, scenario: state.scenario, direction: state.direction, first: MAX_DRAWN };
  if (state.maxDepth) input.maxDepth = Number(state.maxDepth);
  const { blastRadius: page } = await gql(BLAST, { input, asOf: state.asOf });
  // key and name come from the node itself (the items' own key and name fields are deprecated)
  return { ...page, items: page.items.map((item) => ({ ...item, key: item.node.key, name: item.node.name })) };
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
  const grouping = state.group === 'auto' ? automaticGrouping(radius.items) : state.group;
  const expanded = new Set();
  const byId = new Map(radius.items.map((i) => [itemId(i), i]));
  const graph = h('div', { id: 'cy', role: 'img', dataset: { grouping } });
  const explain = h('div.details', { id: 'explain', 'aria-live': 'polite' },
    h('p.muted', {}, 'Select a node (or "explain" in the table) to highlight why it is affected; select a group to expand it.'));
  const tier1 = radius.items.filter((i) => i.kind === 'CONSUMER' && i.tier === 1);
  const totals = (caption, list) => h('div.total', {}, table(caption, ['', 'affected'], list.map((t) => [t.key, t.count]), (i) => list[i].key));
  const depths = [...new Set(radius.items.map((i) => i.depth))].sort((a, b) => a - b);
  const collapse = h('button', { type: 'button', id: 'collapse', hidden: true, onclick: () => { expanded.clear(); draw(); } }, 'Collapse all groups');
  // the groups as buttons too: expanding one must not need a pointer on the canvas
  const groupButtons = h('ul.chips', { id: 'blast-groups', 'aria-label': 'Groups (expand)' });

  container.replaceChildren(
    h('div.figures', {},
      figure('affected', radius.totalCount, 'total'), figure('tier-1 consumers', radius.tier1Consumers, 'tier1'),
      figure('severity', num(radius.severity, 0), 'severity'), figure('deepest', radius.deepest, 'deepest'),
      radius.items.length < radius.totalCount ? figure('drawn (the first)', radius.items.length, 'drawn') : null),
    h('div.blast', {},
      h('div', {}, graph,
        h('div.legends', {},
          h('ul.legend', { 'aria-label': 'Shapes' }, SHAPE_NAMES.map(([, t]) => h('li', {}, t))),
          h('ul.legend', { 'aria-label': 'Colours: depth' }, depths.map((d) => h('li', {}, h('span', { style: { background: depthColour(d) } }),
            d === 0 ? 'target' : `depth ${d}`))), collapse),
        h('details', { id: 'blast-groups-box' }, h('summary', {}, 'Expand a group (keyboard)'), groupButtons)),
      h('div', {}, explain,
        h('div.total', {}, table(`Tier-1 consumers (${tier1.length})`, ['consumer', 'depth'], tier1.map((i) => [i.name, i.depth]), (i) => tier1[i].key)))),
    h('div.totals', {}, totals('Per layer', radius.totals.byLayer), totals('Per owning team', radius.totals.byOwningTeam),
      totals('Per tier', radius.totals.byTier), totals('Per kind', radius.totals.byKind)),
    h('details', { id: 'affected-nodes' }, h('summary', {}, `All affected nodes drawn (${radius.items.length})`),
      h('div.scroll', {}, table(`Affected nodes (${radius.items.length})`, ['name', 'kind', 'depth', 'tier', 'why'],
        radius.items.map((i) => [i.name, i.kind.toLowerCase(), i.depth, i.tier ?? '–',
          h('button.link', { type: 'button', onclick: () => highlight(i) }, 'explain')]), (i) => radius.items[i].key))));

  let cy = null;
  let current = null;
  const draw = () => {
    current = model(radius.items, grouping, expanded);
    const { positions, slots, bands } = layout(current);
    const elements = [
      ...bands.map((b) => ({ group: 'nodes', classes: 'band', data: { id: `band|${b.key}`, label: `${b.name} · ${b.count}`, w: b.w, h: b.h },
        position: { x: b.x + b.w / 2, y: b.y + b.h / 2 }, selectable: false, grabbable: false })),
      ...current.nodes.map((n) => ({ group: 'nodes', classes: n.group ? 'item group' : 'item',
        data: { id: n.id, label: n.label, colour: depthColour(n.depth), shape: SHAPES[n.kind] ?? 'ellipse', slot: slots.get(n.id),
          size: n.target ? 32 : n.group ? 26 : n.kind === 'CONSUMER' && n.tier === 1 ? 24 : 18 },
        position: positions.get(n.id) })),
      ...current.edges.map((e) => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target,
        width: Math.min(6, 1 + Math.log2(e.count)) } })),
    ];
    cy?.destroy();
    cy = cytoscape({
      container: graph, elements, layout: { name: 'preset', fit: true, padding: 12 },
      style: [
        { selector: 'node.band', style: { shape: 'round-rectangle', width: 'data(w)', height: 'data(h)', 'background-color': '#eef1f5',
          'border-width': 1, 'border-color': '#d5d9e0', label: 'data(label)', 'text-valign': 'top', 'text-halign': 'center',
          'font-size': 12, 'font-weight': 'bold', color: '#5a6375', 'text-margin-y': -2, events: 'no', 'z-index': 0 } },
        { selector: 'node.item', style: { 'background-color': 'data(colour)', shape: 'data(shape)', width: 'data(size)', height: 'data(size)',
          label: 'data(label)', 'font-size': 10, color: '#1d2330', 'text-valign': 'bottom', 'text-margin-y': 3,
          'text-wrap': 'ellipsis', 'text-max-width': 'data(slot)', 'z-index': 2 } },
        { selector: 'node.group', style: { 'border-width': 2, 'border-style': 'double', 'border-color': '#1d2330', width: 34, height: 22 } },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1d2330' } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': '#adb5bd', 'target-arrow-color': '#adb5bd',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'arrow-scale': 0.8, 'z-index': 1 } },
        { selector: '.dim', style: { opacity: 0.25 } },
        { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#f59f00', 'font-weight': 'bold', opacity: 1,
          'font-size': 12, 'text-background-color': '#fff', 'text-background-opacity': 1, 'text-background-padding': 2, 'z-index': 4 } },
        { selector: 'edge.on-path', style: { 'line-color': '#f59f00', 'target-arrow-color': '#f59f00', width: 4, opacity: 1, 'z-index': 3 } },
      ],
    });
    cy.on('tap', 'node.item', (event) => {
      const node = current.nodes.find((n) => n.id === event.target.id());
      if (node.group) {
        expanded.add(node.id);
        draw();
        explain.replaceChildren(h('p', {}, `${node.label}: expanded. "Collapse all groups" below the graph folds it again.`));
      } else {
        highlight(byId.get(node.id));
      }
    });
    graph.dataset.nodes = current.nodes.length;
    graph.dataset.edges = current.edges.length;
    graph.dataset.groups = current.nodes.filter((n) => n.group).length;
    graph.setAttribute('aria-label', `Drawing of ${radius.items.length < radius.totalCount ? `the first ${radius.items.length} of ` : ''}`
      + `${radius.totalCount} affected nodes in bands by layer as ${current.nodes.length} nodes; the tables below list them`);
    collapse.hidden = expanded.size === 0;
    groupButtons.replaceChildren(...current.nodes.filter((n) => n.group).map((n) => h('li', {},
      h('button', { type: 'button', dataset: { group: n.id }, onclick: () => { expanded.add(n.id); draw(); } }, `Expand ${n.label}`))));
    window.strataCy = cy;
  };
  /** The explaining path of an item, highlighted on the graph (through the groups it is drawn in) and listed. */
  const highlight = (item) => {
    const ids = item.path.map((r) => current.visibleOf.get(itemId(r))).filter(Boolean)
      .filter((id, k, all) => k === 0 || all[k - 1] !== id);
    cy.elements().removeClass('on-path').addClass('dim');
    cy.nodes('.band').removeClass('dim');
    ids.forEach((n, k) => {
      cy.getElementById(n).removeClass('dim').addClass('on-path');
      if (k > 0) cy.getElementById(`${ids[k - 1]}->${n}`).removeClass('dim').addClass('on-path');
    });
    graph.dataset.path = ids.join(' ');
    cy.fit(cy.elements('.on-path'), 60); // zoom to the path: its labels readable, the rest still around it
    explain.replaceChildren(h('h3', {}, item.name),
      h('p', {}, `${item.kind.toLowerCase()}, depth ${item.depth}${item.tier ? ', tier ' + item.tier : ''}${item.target ? ', a target' : ''}`),
      h('p', {}, 'Explaining path (highlighted on the graph):'),
      h('ol.path', { 'aria-label': `Path to ${item.key}` }, item.path.map((r) => h('li', { dataset: { key: r.key } },
        byId.get(itemId(r))?.name ?? r.key))),
      h('button', { type: 'button', onclick: () => { cy.elements().removeClass('on-path dim'); delete graph.dataset.path; cy.fit(undefined, 12); } },
      'Clear highlight'));
  };
  draw();
}

/**
 * None up to GROUP_ABOVE nodes; else by platform, or by team when that draws fewer nodes and platforms would draw
 * more than GROUPS_READABLE (the first 1,000 nodes of a hub at M fall into some 700 platforms).
 */
function automaticGrouping(items) {
  if (items.length <= GROUP_ABOVE) return 'none';
  const byPlatform = model(items, 'platform', new Set()).nodes.length;
  if (byPlatform <= GROUPS_READABLE) return 'platform';
  return model(items, 'team', new Set()).nodes.length < byPlatform ? 'team' : 'platform';
}

function figure(label, value, key) {
  return h('div.figure', { dataset: { figure: key } }, h('strong', {}, value), label);
}

