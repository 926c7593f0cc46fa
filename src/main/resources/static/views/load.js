// Team load: every team ranked by cognitive-load index, its band, and the contributions that explain the index.
import { gql } from '../api.js';
import { h, num } from '../dom.js';

const LOAD = `{ cognitiveLoad { team { key name } teamType size index band consumers consumingTeams platforms capabilities layers handovers
  contributions { name rawValue weight points } } }`;
const COLOURS = ['#1f5fbf', '#e8590c', '#2b8a3e', '#9c36b5', '#0b7285', '#d6336c', '#5c940d', '#495057'];
const BANDS = ['LOW', 'MODERATE', 'HIGH', 'OVERLOADED'];

export async function render(section, params) {
  const { cognitiveLoad } = await gql(LOAD);
  const teams = cognitiveLoad.map((t) => ({ ...t, teamKey: t.team.key, teamName: t.team.name })).sort((a, b) => b.index - a.index);
  const names = [...new Set(teams.flatMap((t) => t.contributions.map((c) => c.name)))];
  const colour = (name) => COLOURS[names.indexOf(name) % COLOURS.length];
  const max = Math.max(1, ...teams.map((t) => t.index));
  const counts = BANDS.map((b) => [b, teams.filter((t) => t.band === b).length]);

  const rows = teams.map((t, rank) => h('tr', { dataset: { key: t.teamKey, band: t.band } },
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
        h('p.muted', {}, `points = value × weight / ${t.size} people; index = their sum = ${num(t.index, 2)}`)))));

  section.replaceChildren(h('h2', {}, 'Team load'),
    h('p.muted', {}, 'Teams ranked by cognitive-load index (points from consumer fan-in and ownership, per person). ',
      'Bands: low < 5 ≤ moderate < 10 ≤ high < 20 ≤ overloaded.'),
    h('ul.legend', { 'aria-label': 'Teams per band' }, counts.map(([b, n]) => h('li', { dataset: { band: b } },
      h('span', { class: `band-${b}` }), `${b.toLowerCase()}: ${n}`))),
    h('ul.legend', { 'aria-label': 'Contribution colours' }, names.map((n) => h('li', {}, h('span', { style: { background: colour(n) } }), n))),
    h('div.scroll', {}, h('table', { id: 'load-table' }, h('caption', {}, `${teams.length} teams`),
      h('thead', {}, h('tr', {}, ['#', 'team', 'index', 'band', 'contributions'].map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, rows))));
}
