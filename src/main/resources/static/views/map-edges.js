// The dependency edges of the landscape map: an SVG laid over the bands, one curved arrow per platform-to-platform
// dependency from the depending platform's box to the box of the platform it needs, as thick as its weight (the
// number of capability dependencies), the weight written at its middle. Redrawn whenever the boxes move (resize).
const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** Stroke width for a weight: 1 px for one capability dependency, growing with the logarithm. */
export const strokeOf = (weight) => (1 + 1.6 * Math.log2(weight)).toFixed(1);

/**
 * Draws `dependencies` ({from, to, weight}) between the elements `boxOf(key)` returns (null: not drawn) inside
 * `container` (positioned), into a new SVG that replaces the previous one. Returns the SVG.
 */
export function drawEdges(container, dependencies, boxOf) {
  container.querySelector(':scope > svg.edges')?.remove();
  const frame = container.getBoundingClientRect();
  const layer = svg('svg', { class: 'edges', width: frame.width, height: frame.height, 'aria-hidden': 'true' });
  const defs = svg('defs');
  const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 9, markerHeight: 9,
    orient: 'auto-start-reverse', markerUnits: 'userSpaceOnUse' });
  marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }));
  defs.append(marker);
  layer.append(defs);
  const rectOf = (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left - frame.left, y: r.top - frame.top, w: r.width, h: r.height };
  };
  for (const d of dependencies) {
    const a = boxOf(d.from);
    const b = boxOf(d.to);
    if (!a || !b || a === b) continue;
    const from = rectOf(a);
    const to = rectOf(b);
    const [x1, y1] = anchor(from, to);
    const [x2, y2] = anchor(to, from);
    // bend each edge a little to the side, so that a pair of opposite dependencies shows as two arrows
    const mx = (x1 + x2) / 2;
    const my = (y1 + y2) / 2;
    const length = Math.hypot(x2 - x1, y2 - y1) || 1;
    const bend = Math.min(40, length / 6);
    const cx = mx + ((y2 - y1) / length) * bend;
    const cy = my - ((x2 - x1) / length) * bend;
    const g = svg('g', { class: 'edge', 'data-from': d.from, 'data-to': d.to, 'data-weight': d.weight });
    const title = svg('title');
    title.textContent = `${d.fromName ?? d.from} needs ${d.toName ?? d.to}: ${d.weight} capability dependencies`;
    g.append(title,
      svg('path', { d: `M${x1.toFixed(1)},${y1.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`,
        'stroke-width': strokeOf(d.weight), 'marker-end': 'url(#arrow)' }));
    const label = svg('text', { x: (0.25 * x1 + 0.5 * cx + 0.25 * x2).toFixed(1), y: (0.25 * y1 + 0.5 * cy + 0.25 * y2 + 4).toFixed(1) });
    label.textContent = String(d.weight);
    if (d.weight > 1) g.append(label); // a hairline is one capability dependency: no number needed
    layer.append(g);
  }
  container.prepend(layer);
  return layer;
}

/** The point on the border of box `r` towards the centre of box `other`. */
function anchor(r, other) {
  const cx = r.x + r.w / 2;
  const cy = r.y + r.h / 2;
  const dx = other.x + other.w / 2 - cx;
  const dy = other.y + other.h / 2 - cy;
  if (dx === 0 && dy === 0) return [cx, cy];
  const sx = dx === 0 ? Infinity : r.w / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : r.h / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return [cx + dx * s, cy + dy * s];
}
