// The blast-radius drawing's model and layout, without the DOM: which node each affected item is drawn as (itself,
// or the group of its platform or team), the edges between drawn nodes, and a layered layout: bands like the map's
// (teams and consumers on top, the ranked layers from the highest down, cross-cutting layers in a column beside),
// within a band nodes side by side in slots as wide as their labels, wrapped into rows, ordered so that edges cross
// little. Labels never overlap: each is cut to its slot (LABEL_CHARS characters, then an ellipsis).

export const LABEL_CHARS = 26;
const CHAR_WIDTH = 7; // model units per label character at font size 10, generous
const ROW_HEIGHT = 64;
const BAND_GAP = 34; // room for the band's title above it
const MIN_ROW_WIDTH = 600;
const MAX_ROW_WIDTH = 2400;
/** Width : height the drawing aims at (the graph panel's shape), so that fitting it keeps the labels large. */
const ASPECT = 1.5;
const COLUMN_GAP = 80;

export const itemId = (r) => `${r.kind}:${r.key}`;

/** The band an affected item sits in: { key, name, order, cross }. */
export function bandOf(item) {
  if (item.kind === 'TEAM' || item.kind === 'VALUE_STREAM') return { key: 'teams', name: 'Teams and value streams', order: -1000, cross: false };
  if (item.kind === 'CONSUMER') return { key: 'consumers', name: 'Consumers', order: -999, cross: false };
  const layer = item.node?.layer ?? item.node?.platform?.layer ?? null;
  if (!layer) return { key: 'none', name: 'Without a layer', order: 1e6, cross: false };
  return { key: `layer:${layer.key}`, name: layer.crossCutting ? `${layer.name} (cross-cutting)` : `${layer.name} (rank ${layer.rank})`,
    order: layer.crossCutting ? 0 : -layer.rank, cross: Boolean(layer.crossCutting) };
}

/** The group an item is drawn in under a grouping ('none' | 'platform' | 'team'), or null for itself. */
function groupOf(item, grouping) {
  if (item.target || grouping === 'none') return null;
  const n = item.node ?? {};
  if (item.kind === 'TEAM') return { key: 'TEAMS', name: 'Teams' };
  if (item.kind === 'VALUE_STREAM') return { key: 'VALUE_STREAMS', name: 'Value streams' };
  if (grouping === 'platform') {
    if (item.kind === 'CAPABILITY' && n.platform) return { key: `PLATFORM:${n.platform.key}`, name: n.platform.name };
    if (item.kind === 'PLATFORM') return { key: `PLATFORM:${item.key}`, name: item.name };
    if (item.kind === 'CONSUMER' && n.owner) return { key: `TEAM:${n.owner.key}`, name: `${n.owner.name}'s consumers` };
    return null;
  }
  const owner = item.kind === 'CAPABILITY' ? n.platform?.owner : n.owner;
  if ((item.kind === 'CAPABILITY' || item.kind === 'PLATFORM' || item.kind === 'CONSUMER') && owner) {
    return { key: `TEAM:${owner.key}`, name: item.kind === 'CONSUMER' ? `${owner.name}'s consumers` : owner.name };
  }
  return null;
}

/**
 * The drawn graph: nodes ({id, label, kind, band, members (items), group, depth, target, tier}), edges ({source,
 * target, count}), and visibleOf (item id → drawn node id). Groups of one item and expanded groups are drawn as
 * their items.
 */
export function model(items, grouping, expanded) {
  const groups = new Map();
  for (const item of items) {
    const band = bandOf(item);
    const g = groupOf(item, grouping);
    const id = g ? `group|${band.key}|${g.key}` : itemId(item);
    const entry = groups.get(id) ?? { id, label: g?.name ?? item.name, band, members: [], group: Boolean(g) };
    entry.members.push(item);
    groups.set(id, entry);
  }
  const nodes = [];
  const visibleOf = new Map();
  for (const entry of groups.values()) {
    if (entry.group && (entry.members.length === 1 || expanded.has(entry.id))) {
      for (const item of entry.members) {
        nodes.push(single(item, entry.band, expanded.has(entry.id) ? entry.id : null));
        visibleOf.set(itemId(item), itemId(item));
      }
    } else if (entry.group) {
      nodes.push({ id: entry.id, label: `${entry.label} (${entry.members.length})`, kind: 'GROUP', band: entry.band,
        members: entry.members, group: true, depth: Math.min(...entry.members.map((m) => m.depth)), target: false,
        tier: Math.min(...entry.members.map((m) => m.tier ?? 9)) });
      entry.members.forEach((m) => visibleOf.set(itemId(m), entry.id));
    } else {
      nodes.push(single(entry.members[0], entry.band, null));
      visibleOf.set(entry.id, entry.id);
    }
  }
  const edges = new Map();
  for (const item of items) {
    if (item.path.length < 2) continue;
    const source = visibleOf.get(itemId(item.path[item.path.length - 2]));
    const target = visibleOf.get(itemId(item));
    if (!source || !target || source === target) continue;
    const id = `${source}->${target}`;
    const edge = edges.get(id) ?? { id, source, target, count: 0 };
    edge.count++;
    edges.set(id, edge);
  }
  return { nodes, edges: [...edges.values()], visibleOf };
}

function single(item, band, expandedFrom) {
  return { id: itemId(item), label: item.name, kind: item.kind, band, members: [item], group: false, depth: item.depth,
    target: item.target, tier: item.tier, expandedFrom };
}

const labelWidth = (label) => Math.min(label.length, LABEL_CHARS) * CHAR_WIDTH + 14;

/**
 * Positions (id → {x, y}) of the nodes, the bands' rectangles ({key, name, x, y, w, h}) and each node's slot width
 * (its label's maximum width).
 */
export function layout(graph) {
  const bands = new Map();
  for (const n of graph.nodes) {
    const b = bands.get(n.band.key) ?? { ...n.band, nodes: [] };
    b.nodes.push(n);
    bands.set(n.band.key, b);
  }
  const ordered = [...bands.values()].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
  // order within bands: by depth and label first, then three sweeps of the barycentre of the neighbours
  const index = new Map();
  for (const b of ordered) {
    b.nodes.sort((x, y) => (y.target ? 1 : 0) - (x.target ? 1 : 0) || x.depth - y.depth || x.label.localeCompare(y.label));
    b.nodes.forEach((n, i) => index.set(n.id, i / Math.max(1, b.nodes.length - 1)));
  }
  const neighbours = new Map();
  for (const e of graph.edges) {
    (neighbours.get(e.source) ?? neighbours.set(e.source, []).get(e.source)).push(e.target);
    (neighbours.get(e.target) ?? neighbours.set(e.target, []).get(e.target)).push(e.source);
  }
  for (let sweep = 0; sweep < 3; sweep++) {
    for (const b of ordered) {
      const centre = new Map(b.nodes.map((n) => {
        const list = neighbours.get(n.id) ?? [];
        return [n.id, list.length ? list.reduce((s, m) => s + (index.get(m) ?? 0.5), 0) / list.length : index.get(n.id)];
      }));
      b.nodes.sort((x, y) => centre.get(x.id) - centre.get(y.id));
      b.nodes.forEach((n, i) => index.set(n.id, i / Math.max(1, b.nodes.length - 1)));
    }
  }
  const positions = new Map();
  const slots = new Map();
  const rects = [];
  const place = (list, x0, maxWidth) => {
    let y = 0;
    for (const b of list) {
      y += BAND_GAP;
      const rows = [[]];
      let width = 0;
      for (const n of b.nodes) {
        const w = labelWidth(n.label);
        if (width + w > maxWidth && rows[rows.length - 1].length) {
          rows.push([]);
          width = 0;
        }
        rows[rows.length - 1].push([n, w]);
        width += w;
        slots.set(n.id, w - 10);
      }
      rows.forEach((row, r) => {
        const rowWidth = row.reduce((s, [, w]) => s + w, 0);
        let x = x0 + (maxWidth - rowWidth) / 2;
        for (const [n, w] of row) {
          positions.set(n.id, { x: x + w / 2, y: y + r * ROW_HEIGHT + 20 });
          x += w;
        }
      });
      const h = rows.length * ROW_HEIGHT;
      rects.push({ key: b.key, name: b.name, x: x0 - 10, y: y - 6, w: maxWidth + 20, h: h + 6, count: b.nodes.length });
      y += h;
    }
  };
  const stack = ordered.filter((b) => !b.cross);
  const cross = ordered.filter((b) => b.cross);
  // rows as wide as makes the whole drawing about ASPECT times as wide as high
  const area = graph.nodes.reduce((s, n) => s + labelWidth(n.label), 0) * ROW_HEIGHT;
  const rowWidth = Math.min(MAX_ROW_WIDTH, Math.max(MIN_ROW_WIDTH, Math.sqrt(area * ASPECT)));
  const widest = (list) => Math.min(rowWidth, Math.max(200, ...list.map((b) => b.nodes.reduce((s, n) => s + labelWidth(n.label), 0))));
  const stackWidth = widest(stack);
  place(stack, 0, stackWidth);
  if (cross.length) place(cross, stackWidth + COLUMN_GAP, Math.min(widest(cross), rowWidth / 3));
  return { positions, slots, bands: rects };
}
