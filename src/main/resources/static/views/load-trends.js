// Team load over time (landscape history): the cognitive-load index of the most loaded teams at evenly spaced
// samples from when history begins to now, one line each, from `landscapeTrends` (each sample is the landscape in
// force at that time, measured by the same engine as `cognitiveLoad`).
import { gql } from '../api.js';
import { chartFigure } from '../charts.js';
import { h } from '../dom.js';

const TEAMS = 8;
/** At most this many steps between the first and the last sample (the API allows 200 samples). */
const STEPS = 60;
const BEGINS = '{ landscapeHistory(first: 1) { earliest { at } } }';
const TRENDS = `query($input: LandscapeTrendsInput!) { landscapeTrends(input: $input) { at version teams { teamKey index } } }`;

/** The figure with the trend of the TEAMS most loaded teams (given most loaded first), or null without history. */
export async function loadTrends(teams) {
  const { landscapeHistory } = await gql(BEGINS);
  if (!landscapeHistory.earliest || teams.length === 0) return null;
  // Whole seconds: the first sample must not fall before history begins (its time may carry microseconds), the
  // last not in the future (the API refuses both).
  const begins = Date.parse(landscapeHistory.earliest.at.replace(/(\.\d{3})\d+/, '$1'));
  const from = new Date(Math.ceil(begins / 1000) * 1000);
  const to = new Date(Math.max(from.getTime(), Math.floor(Date.now() / 1000) * 1000));
  const seconds = Math.max(1, Math.ceil((to - from) / 1000 / STEPS));
  const top = teams.slice(0, TEAMS);
  const input = { from: from.toISOString(), to: to.toISOString(), step: `PT${seconds}S`, teamKeys: top.map((t) => t.teamKey) };
  const { landscapeTrends: points } = await gql(TRENDS, { input });
  const chart = chartFigure('load-trends', 'Team load over time',
    `cognitive-load index of the ${top.length} most loaded teams, ${points.length} samples from when history begins `
      + `(${input.from}) to now, every ${seconds} seconds; a gap: the team did not exist then`, {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 44, right: 16, top: 36, bottom: 40 },
      xAxis: { type: 'category', data: points.map((p) => `v${p.version} ${p.at.slice(0, 19).replace('T', ' ')}`) },
      yAxis: { type: 'value', name: 'index' },
      series: top.map((t) => ({ id: t.teamKey, name: t.teamName ?? t.teamKey, type: 'line', connectNulls: false,
        data: points.map((p) => p.teams.find((x) => x.teamKey === t.teamKey)?.index ?? null) })),
    }, 280);
  chart.figure.dataset.input = JSON.stringify(input);
  return chart;
}

/** A placeholder until the trend is in (it replays history: slower than the rest of the view). */
export function trendsSlot() {
  return h('div', { id: 'load-trends-slot' }, h('p.loading', {}, 'Loading the trend of team load…'));
}
