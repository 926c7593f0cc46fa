// Platform as a product: per platform (and its capabilities) the adoption rate and its trend, time to first use,
// consumers, deprecated use and SLO attainment.
import { gql } from '../api.js';
import { h, pct, num, sparkline } from '../dom.js';
import { chartFigure } from '../charts.js';

/** Platforms drawn in the adoption-over-time chart: the most adopted ones (a line each stays readable). */
const TREND_LINES = 8;
/** Capabilities drawn in the SLO chart: those with the smallest margin over (or the largest shortfall under) target. */
const SLO_BARS = 20;

const ADOPTION = `{
  platformAdoptions { platform { key name } team { key } capabilities consumers adoptingTeams streamAlignedTeams adoptionRate
    meanDaysToFirstUse deprecatedButUsed sloMetShare trend { period adoptionRate } }
  capabilityAdoptions { capability { key name sloTarget sloAttainment } platform { key } lifecycle consumers adoptingTeams adoptionRate gaDate firstUse
    daysToFirstUse deprecatedButUsed sloMet trend { period adoptionRate } }
}`;

const trendOf = (trend) => {
  if (trend.length < 2) return '';
  const delta = trend[trend.length - 1].adoptionRate - trend[trend.length - 2].adoptionRate;
  return delta > 0.0005 ? `▲ ${pct(delta)}` : delta < -0.0005 ? `▼ ${pct(-delta)}` : 'steady';
};

export async function render(section) {
  const data = await gql(ADOPTION);
  // flat keys for the table code below, taken from the linked nodes
  const platformAdoptions = data.platformAdoptions.map((p) => ({ ...p, platformKey: p.platform.key, platformName: p.platform.name,
    teamKey: p.team?.key ?? null }));
  const capabilityAdoptions = data.capabilityAdoptions.map((c) => ({ ...c, capabilityKey: c.capability.key,
    capabilityName: c.capability.name, platformKey: c.platform?.key ?? null }));
  const platforms = [...platformAdoptions].sort((a, b) => b.adoptionRate - a.adoptionRate || a.platformKey.localeCompare(b.platformKey));
  const capabilitiesOf = (key) => capabilityAdoptions.filter((c) => c.platformKey === key).sort((a, b) => b.adoptionRate - a.adoptionRate);
  const spark = (trend, name) => sparkline(trend.map((p) => p.adoptionRate),
    `${name}: adoption ${trend.map((p) => `${p.period} ${pct(p.adoptionRate)}`).join(', ')}`);

  const known = new Set(platforms.map((p) => p.platformKey));
  const unplaced = capabilityAdoptions.filter((c) => !known.has(c.platformKey));
  const charts = [adoptionChart(platforms), sloChart(capabilityAdoptions)];
  section.replaceChildren(h('h2', {}, 'Platform adoption'),
    h('div.grid2.charts', {}, charts.map((c) => c.figure)),
    h('p.muted', {}, 'Adoption rate: share of stream-aligned teams whose consumers use the platform. ',
      'Trend per quarter; time to first use counts days from general availability to the first consumer.'),
    h('div.scroll', {}, h('table', { id: 'adoption-table' }, h('caption', {}, `${platforms.length} platforms`),
      h('thead', {}, h('tr', {}, ['platform', 'adoption', 'trend', 'teams', 'consumers', 'days to first use', 'deprecated use', 'SLO met']
        .map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, platforms.map((p) => h('tr', { dataset: { key: p.platformKey } },
        h('th', { scope: 'row' }, p.platformName ?? p.platformKey, h('div.owner', {}, p.teamKey ?? 'no owning team'),
          h('details', {}, h('summary', {}, `${p.capabilities} capabilities`),
            h('table', { dataset: { platform: p.platformKey } }, h('thead', {}, h('tr', {}, ['capability', 'lifecycle', 'adoption', 'trend', 'consumers', 'days to first use']
              .map((x) => h('th', { scope: 'col' }, x)))),
            h('tbody', {}, capabilitiesOf(p.platformKey).map((c) => h('tr', { dataset: { key: c.capabilityKey } },
              h('th', { scope: 'row' }, c.capabilityName ?? c.capabilityKey),
              h('td', {}, h('span', { class: `badge lc-${c.lifecycle}` }, (c.lifecycle ?? '–').toLowerCase())),
              h('td', {}, pct(c.adoptionRate)), h('td', {}, spark(c.trend, c.capabilityKey), ' ', trendOf(c.trend)),
              h('td', {}, c.consumers), h('td', {}, c.daysToFirstUse ?? '–'))))))),
        h('td', {}, h('strong', {}, pct(p.adoptionRate))),
        h('td', {}, spark(p.trend, p.platformKey), ' ', trendOf(p.trend)),
        h('td', {}, `${p.adoptingTeams} of ${p.streamAlignedTeams}`),
        h('td', {}, p.consumers),
        h('td', {}, num(p.meanDaysToFirstUse, 0)),
        h('td', {}, p.deprecatedButUsed),
        h('td', {}, pct(p.sloMetShare))))))),
    unplaced.length === 0 ? null : h('div.scroll', {}, h('table', { id: 'unplaced-adoption' },
      h('caption', {}, `Capabilities without a platform (${unplaced.length})`),
      h('thead', {}, h('tr', {}, ['capability', 'lifecycle', 'adoption', 'trend', 'consumers', 'days to first use'].map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, unplaced.map((c) => h('tr', { dataset: { key: c.capabilityKey } },
        h('th', { scope: 'row' }, c.capabilityName ?? c.capabilityKey),
        h('td', {}, h('span', { class: `badge lc-${c.lifecycle}` }, (c.lifecycle ?? '–').toLowerCase())),
        h('td', {}, pct(c.adoptionRate)), h('td', {}, spark(c.trend, c.capabilityKey), ' ', trendOf(c.trend)),
        h('td', {}, c.consumers), h('td', {}, c.daysToFirstUse ?? '–')))))));
  await Promise.all(charts.map((c) => c.draw()));
}

const percent = (rate) => Math.round(rate * 1000) / 10;

/** Adoption rate per quarter of the most adopted platforms: one line each, in percent. */
function adoptionChart(platforms) {
  const shown = platforms.slice(0, TREND_LINES);
  const periods = [...new Set(shown.flatMap((p) => p.trend.map((t) => t.period)))].sort();
  const series = shown.map((p) => {
    const byPeriod = new Map(p.trend.map((t) => [t.period, percent(t.adoptionRate)]));
    return { name: p.platformName ?? p.platformKey, id: p.platformKey, type: 'line', showSymbol: false, connectNulls: true,
      data: periods.map((q) => byPeriod.get(q) ?? null) };
  });
  return chartFigure('adoption-chart', 'Adoption over time',
    `share of stream-aligned teams using each platform, per quarter (the ${shown.length} most adopted of ${platforms.length})`, {
      tooltip: { trigger: 'axis', valueFormatter: (v) => (v == null ? '–' : `${v} %`) },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 48, right: 16, top: 16, bottom: 56 },
      xAxis: { type: 'category', data: periods, boundaryGap: false },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      series,
    });
}

/** SLO attainment against target of the capabilities closest to (or furthest under) their target. */
function sloChart(capabilities) {
  const withSlo = capabilities.filter((c) => c.capability.sloTarget != null && c.capability.sloAttainment != null)
    .map((c) => ({ key: c.capabilityKey, name: c.capabilityName ?? c.capabilityKey, target: c.capability.sloTarget,
      attainment: c.capability.sloAttainment }))
    .map((c) => ({ ...c, margin: c.attainment - c.target }));
  withSlo.sort((a, b) => a.margin - b.margin || a.key.localeCompare(b.key));
  const shown = withSlo.slice(0, SLO_BARS).reverse(); // the worst at the top of the chart
  const missed = withSlo.filter((c) => c.margin < 0).length;
  const lowest = Math.min(...shown.flatMap((c) => [c.attainment, c.target]));
  const axisMin = Math.floor((lowest - 0.05) * 10) / 10; // every bar visible, the differences still large enough to see
  return chartFigure('slo-chart', 'SLO attainment against target',
    `${withSlo.length - missed} of ${withSlo.length} capabilities with an SLO meet it; the ${shown.length} with the smallest margin (bar: attained, mark: target)`, {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0, data: ['attained', 'target'] },
      grid: { left: 8, right: 24, top: 8, bottom: 40, containLabel: true },
      yAxis: { type: 'category', data: shown.map((c) => c.name), axisLabel: { width: 150, overflow: 'truncate' } },
      xAxis: { type: 'value', min: shown.length ? axisMin : 0, axisLabel: { formatter: '{value} %' } },
      series: [
        { name: 'attained', id: 'attained', type: 'bar', barMaxWidth: 14, itemStyle: { color: '#2b8a3e' },
          data: shown.map((c) => ({ value: c.attainment, itemStyle: { color: c.margin < 0 ? '#a4161a' : '#2b8a3e' } })) },
        { name: 'target', id: 'target', type: 'scatter', symbol: 'rect', symbolSize: [3, 16], itemStyle: { color: '#1d2330' },
          data: shown.map((c) => c.target), z: 3 },
      ],
    }, Math.max(240, 40 + shown.length * 22));
}
