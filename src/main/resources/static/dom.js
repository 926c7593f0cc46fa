// Small DOM helpers: elements are built with text nodes only (never innerHTML with data).

/** h('tag.class', {attr: value, onclick: fn}, ...children) */
export function h(spec, attrs = {}, ...children) {
  const [tag, ...classes] = spec.split('.');
  const el = document.createElement(tag || 'div');
  if (classes.length) el.className = classes.join(' ');
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else if (name === 'style' && typeof value === 'object') Object.assign(el.style, value);
    else el.setAttribute(name, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A table with a caption, column headers and rows (arrays of cells); rows carry data-key when given. */
export function table(caption, headers, rows, keyOf) {
  return h('table', {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headers.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map((row, i) => h('tr', { dataset: keyOf ? { key: keyOf(i) } : undefined },
      row.map((cell, j) => (j === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell)))))));
}

export const pct = (x) => (x === null || x === undefined ? '–' : `${Math.round(x * 100)} %`);
export const num = (x, digits = 1) => (x === null || x === undefined ? '–' : Number(x).toFixed(digits));

/** A tiny SVG sparkline of values in [0, 1] with an accessible label. */
export function sparkline(values, label) {
  const w = 96, hgt = 24;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${w} ${hgt}`);
  svg.setAttribute('width', w);
  svg.setAttribute('height', hgt);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.classList.add('spark');
  if (values.length > 0) {
    const step = values.length > 1 ? w / (values.length - 1) : 0;
    const points = values.map((v, i) => `${(i * step).toFixed(1)},${(hgt - 2 - v * (hgt - 4)).toFixed(1)}`).join(' ');
    const line = document.createElementNS('http://www.w3.org/2000/svg', 'polyline');
    line.setAttribute('points', points);
    svg.append(line);
  }
  return svg;
}

/**
 * A tbody with the first `limit` rows of `items` (rowOf(item, index) builds one) and, when there are more, a button
 * that adds the rest: a table of 3,000 platforms or teams is built only when someone asks for it.
 */
export function limitedRows(items, rowOf, limit, what) {
  const body = h('tbody', {}, items.slice(0, limit).map(rowOf));
  if (items.length <= limit) return [body, null];
  const more = h('button', { type: 'button', class: 'more-rows', onclick: () => {
    body.append(...items.slice(limit).map((item, i) => rowOf(item, limit + i)));
    more.remove();
  } }, `Show all ${items.length} ${what}`);
  return [body, more];
}

/**
 * Like limitedRows, for a list the server answers a window at a time: the rows of the first window now, the other
 * `total - items.length` fetched on request (`fetchRest(offset)` resolves to them) and appended.
 */
export function pagedRows(items, total, rowOf, what, fetchRest) {
  const body = h('tbody', {}, items.map(rowOf));
  if (total <= items.length) return [body, null];
  const label = `Show all ${total} ${what}`;
  const more = h('button', { type: 'button', class: 'more-rows', onclick: async () => {
    more.disabled = true;
    more.textContent = `Loading ${total - items.length} more ${what}…`;
    try {
      const rest = await fetchRest(items.length);
      body.append(...rest.map((item, i) => rowOf(item, items.length + i)));
      more.replaceWith(h('p.muted', { role: 'status' }, `All ${items.length + rest.length} ${what} shown.`));
    } catch (e) {
      more.disabled = false;
      more.textContent = label;
      more.after(h('p.error', { role: 'alert' }, `Loading the other ${what}: ${e.message}`));
    }
  } }, label);
  return [body, more];
}

/** Every row of a windowed list from `offset` on, `page` at a time (under the request cost budget). */
export async function restOf(fetchWindow, offset, total, page = 1000) {
  const rows = [];
  for (let at = offset; at < total; at += page) {
    const window = await fetchWindow(at, page);
    rows.push(...window);
    if (window.length < page) break;
  }
  return rows;
}
