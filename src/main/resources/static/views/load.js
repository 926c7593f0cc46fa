// Team load: every team ranked by cognitive-load index, its band, and the contributions that explain the index.
import { gql } from '../api.js';
import { h, num, pagedRows, restOf } from '../dom.js';
import { chartFigure } from '../charts.js';
import { timeSlider, asOfParam } from '../time-slider.js';
import { loadTrends, trendsSlot } from './load-trends.js';

/** The detailed rows: a window of the ranking (highest index first, ties by team key), the first ROW_LIMIT at once. */
const LOAD = `query($asOf: AsOf, $first: Int, $offset: Int!) { cognitiveLoad(asOf: $asOf, first: $first, offset: $offset) {
  team { key name } teamType size index band consumers consumingTeams platforms capabilities layers handovers
  contributions { name rawValue weight points } } }`;
/** The histogram and the band counts: every team's index, without the rest of its measurement. */
const DISTRIBUTION = `query($asOf: AsOf) { cognitiveLoadDistribution(asOf: $asOf) { teams indexes bands { band teams } } }`;
const COLOURS = ['#1f5fbf', '#e8590c', '#2b8a3e', '#9c36b5', '#0b7285', '#d6336c', '#5c940d', '#495057'];
const BANDS = ['LOW', 'MODERATE', 'HIGH', 'OVERLOADED'];
/** Team rows built at first; the rest on request. */
const ROW_LIMIT = 200;
/** Width of a histogram bin in index points up to 20: the band limits (5, 10, 20) fall on bin edges. */
const BIN = 2.5;
const BAND_COLOURS = { LOW: '#2b8a3e', MODERATE: '#b7791f', HIGH: '#c2410c', OVERLOADED: '#a4161a' };
const bandOf = (index) => (index < 5 ? 'LOW' : index < 10 ? 'MODERATE' : index < 20 ? 'HIGH' : 'OVERLOADED');

export async function render(section, params) {
  const asOf = asOfParam(params);
  const page = async (offset, first) => (await gql(LOAD, { asOf, first, offset })).cognitiveLoad
    .map((t) => ({ ...t, teamKey: t.team.key, teamName: t.team.name }));
  const [teams, { cognitiveLoadDistribution: distribution }, slider] = await Promise.all([
    page(0, ROW_LIMIT), gql(DISTRIBUTION, { asOf }), timeSlider('load', params)]);
  const names = [...new Set(teams.flatMap((t) => t.contributions.map((c) => c.name)))];
  const colour = (name) => COLOURS[names.indexOf(name) % COLOURS.length];
  const max = Math.max(1, ...distribution.indexes);
  const counts = BANDS.map((b) => [b, distribution.bands.find((x) => x.band === b)?.teams ?? 0]);

  const row = (t, rank) => h('tr', { dataset: { key: t.teamKey, band: t.band } },
    h('td', {}, rank + 1),
    h('th', { scope: 'row' }, t.teamName ?? t.teamKey, h('div.owner', {}, `${(t.teamType ?? '').toLowerCase().replaceAll('_', ' ')} · ${t.size} people`)),
    h('td', {}, h('strong', {}, num(t.index))),
    h('td', {}, h('span', { class: `badge band-${t.band}` }, t.band.toLowerCase())),
    h('td.bar-cell', {},
      h('div.stack', { role: 'img', 'aria-label': t.contributions.map((c) => `${c.name} ${num(c.points)}`).join(', '),
        style: { width: `${(100 * t.index) / max}%` } },
        t.contributions.filter((c) => c.points > 0).map((c) => h('span', { title: `${c.name}: ${num(c.points)}`,
          style: { width: `${(100 * c.points) / Math.max(1e-9, t.contributions.reduce((s, x) => s + x.points, 0))}%`, background: colour(c.name) } }))),
      h('details', {}, h('summary', {}, 'contributions'),
        h('table', {}, h('thead', {}, h('tr', {}, ['contribution', 'value', 'weight', 'points'].map((x) => h('th', { scope: 'col' }, x)))),
          h('tbody', {}, t.contributions.map((c) => h('tr', {}, h('th', { scope: 'row' }, c.name), h('td', {}, num(c.rawValue)),
            h('td', {}, num(c.weight, 2)), h('td', {}, num(c.points)))))),
        h('p.muted', {}, `points = value × weight / ${t.size} people; index = their sum = ${num(t.index, 2)}`))));

  const [body, more] = pagedRows(teams, distribution.teams, row, 'teams',
    (offset) => restOf((at, first) => page(at, first), offset, distribution.teams));
  const histogram = histogramOf(distribution.indexes);
  const trends = trendsSlot();
  section.replaceChildren(h('h2', {}, 'Team load'),
    slider,
    histogram.figure,
    trends,
    h('p.muted', {}, 'Teams ranked by cognitive-load index (points from consumer fan-in and ownership, per person). ',
      'Bands: low < 5 ≤ moderate < 10 ≤ high < 20 ≤ overloaded.'),
    h('ul.legend', { 'aria-label': 'Teams per band' }, counts.map(([b, n]) => h('li', { dataset: { band: b } },
      h('span', { class: `band-${b}` }), `${b.toLowerCase()}: ${n}`))),
    h('ul.legend', { 'aria-label': 'Contribution colours' }, names.map((n) => h('li', {}, h('span', { style: { background: colour(n) } }), n))),
    h('div.scroll', {}, h('table', { id: 'load-table' }, h('caption', {}, `${distribution.teams} teams`),
      h('thead', {}, h('tr', {}, ['#', 'team', 'index', 'band', 'contributions'].map((x) => h('th', { scope: 'col' }, x)))),
      body)), more);
  await histogram.draw();
  drawTrends(trends, teams); // not awaited: replaying history may take longer than the rest of the view
}

async function drawTrends(slot, teams) {
  try {
    const chart = await loadTrends(teams);
    if (!slot.isConnected) return;
    if (!chart) {
      slot.replaceChildren(h('p.muted', {}, 'No landscape history recorded yet: no trend of team load.'));
      return;
    }
    slot.replaceChildren(chart.figure);
    await chart.draw();
  } catch (e) {
    if (slot.isConnected) slot.replaceChildren(h('p.error', { role: 'alert' }, `The trend of team load: ${e.message}`));
  }
}

/**
 * Bin edges: every BIN points up to 20 (where the bands low, moderate and high lie), then doubling (20–40, 40–80, …)
 * so that the overloaded tail of a large landscape (indexes up to 1,900 at M) stays a handful of bars.
 */
export function edges(indexes) {
  const list = [];
  for (let x = 0; x <= 20; x += BIN) list.push(x);
  const max = Math.max(0, ...indexes);
  while (list[list.length - 1] <= max) list.push(list[list.length - 1] * 2);
  return list;
}

/** How many teams have an index in each bin [from, to), coloured by the band the bin lies in. */
export function bins(indexes) {
  const e = edges(indexes);
  return e.slice(0, -1).map((from, i) => ({ from, to: e[i + 1], band: bandOf(from),
    teams: indexes.filter((x) => x >= from && x < e[i + 1]).length }));
}

function histogramOf(indexes) {
  const data = bins(indexes);
  const chart = chartFigure('load-chart', 'Distribution of team load',
    `teams per index range (${indexes.length} teams; ${BIN} points wide up to 20, then doubling; colour: band)`, {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 40, right: 16, top: 16, bottom: 40 },
      xAxis: { type: 'category', name: 'index', nameLocation: 'middle', nameGap: 26,
        data: data.map((b) => `${b.from}–${b.to}`) },
      yAxis: { type: 'value', name: 'teams', minInterval: 1 },
      series: [{ name: 'teams', id: 'teams', type: 'bar', barCategoryGap: '8%',
        data: data.map((b) => ({ value: b.teams, itemStyle: { color: BAND_COLOURS[b.band] } })) }],
    }, 240);
  return chart;
}
