// Platform as a product: per platform (and its capabilities) the adoption rate and its trend, time to first use,
// consumers, deprecated use and SLO attainment.
import { gql } from '../api.js';
import { h, pct, num, sparkline, pagedRows, restOf } from '../dom.js';
import { chartFigure } from '../charts.js';

/** Platforms drawn in the adoption-over-time chart: the most adopted ones (a line each stays readable). */
const TREND_LINES = 8;
/** Capabilities drawn in the SLO chart: those with the smallest margin over (or the largest shortfall under) target. */
const SLO_BARS = 20;

/**
 * Above this many capabilities their adoption is loaded per platform when its row is opened (at M, all 30,000 at
 * once are 40 MB and many seconds), and the SLO chart compares platforms instead of capabilities.
 */
const INLINE_LIMIT = 2000;
/** Platform rows built at first; the rest on request. */
const ROW_LIMIT = 200;

const PLATFORM_FIELDS = `platform { key name } team { key } capabilities consumers adoptingTeams streamAlignedTeams adoptionRate
  meanDaysToFirstUse deprecatedButUsed capabilitiesWithSlo capabilitiesMeetingSlo sloMetShare trend { period adoptionRate }`;
/** A window of the platforms, most adopted first (the table's order; its first rows are the chart's lines). */
const PLATFORMS = `query($first: Int, $offset: Int!) { platformAdoptions(first: $first, offset: $offset) { ${PLATFORM_FIELDS} } }`;
/** The first window with what decides the rest: how many platforms and capabilities there are. */
const FIRST_PLATFORMS = `query($first: Int) { platformAdoptions(first: $first) { ${PLATFORM_FIELDS} }
  platformCount: platforms(first: 1) { totalCount } size: capabilities(first: 1) { totalCount } }`;
/** The SLO chart of a large landscape: the platforms with the lowest share of capabilities meeting their SLO. */
const LOWEST_SLO = `query($first: Int) { platformAdoptions(orderBy: SLO_MET_SHARE, first: $first) {
  platform { key name } capabilitiesWithSlo capabilitiesMeetingSlo } }`;
const CAPABILITY_FIELDS = `capability { key name sloTarget sloAttainment } platform { key } lifecycle consumers adoptingTeams
  adoptionRate gaDate firstUse daysToFirstUse deprecatedButUsed sloMet trend { period adoptionRate }`;
const CAPABILITIES = `{ capabilityAdoptions { ${CAPABILITY_FIELDS} } }`;
const PLATFORM_CAPABILITIES = 'query($key: ID!) { platform(key: $key) { capabilities { key } } }';

const trendOf = (trend) => {
  if (trend.length < 2) return '';
  const delta = trend[trend.length - 1].adoptionRate - trend[trend.length - 2].adoptionRate;
  return delta > 0.0005 ? `▲ ${pct(delta)}` : delta < -0.0005 ? `▼ ${pct(-delta)}` : 'steady';
};

export async function render(section) {
  // the first rows, most adopted first as the server orders them; the SLO chart's platforms alongside
  const [data, lowestSlo] = await Promise.all([gql(FIRST_PLATFORMS, { first: ROW_LIMIT }), gql(LOWEST_SLO, { first: SLO_BARS })]);
  const inline = data.size.totalCount <= INLINE_LIMIT;
  const total = data.platformCount.totalCount;
  const platforms = flatPlatforms(data.platformAdoptions);
  const rest = (offset) => restOf(async (at, first) => flatPlatforms((await gql(PLATFORMS, { first, offset: at })).platformAdoptions),
    offset, total);
  const capabilityAdoptions = inline ? flat((await gql(CAPABILITIES)).capabilityAdoptions) : [];
  const capabilitiesOf = (key) => capabilityAdoptions.filter((c) => c.platformKey === key).sort((a, b) => b.adoptionRate - a.adoptionRate);
  const spark = (trend, name) => sparkline(trend.map((p) => p.adoptionRate),
    `${name}: adoption ${trend.map((p) => `${p.period} ${pct(p.adoptionRate)}`).join(', ')}`);

  const unplaced = capabilityAdoptions.filter((c) => c.platformKey == null);
  const charts = [adoptionChart(platforms, total),
    inline ? sloChart(capabilityAdoptions) : platformSloChart(flatPlatforms(lowestSlo.platformAdoptions))];
  const capabilityRows = (list) => list.map((c) => h('tr', { dataset: { key: c.capabilityKey } },
    h('th', { scope: 'row' }, c.capabilityName ?? c.capabilityKey),
    h('td', {}, h('span', { class: `badge lc-${c.lifecycle}` }, (c.lifecycle ?? '–').toLowerCase())),
    h('td', {}, pct(c.adoptionRate)), h('td', {}, spark(c.trend, c.capabilityKey), ' ', trendOf(c.trend)),
    h('td', {}, c.consumers), h('td', {}, c.daysToFirstUse ?? '–')));
  // on a large landscape: a platform's capabilities when its row is opened, one request for all of them
  const loadOnOpen = (key) => async (event) => {
    const body = event.currentTarget.querySelector('tbody');
    if (!event.currentTarget.open || body.dataset.loaded) return;
    body.dataset.loaded = 'true';
    try {
      const keys = (await gql(PLATFORM_CAPABILITIES, { key })).platform.capabilities.map((c) => c.key);
      const declared = keys.map((_, i) => `$k${i}: ID!`).join(', ');
      const fields = keys.map((_, i) => `c${i}: capabilityAdoption(key: $k${i}) { ${CAPABILITY_FIELDS} }`).join(' ');
      const answer = keys.length ? await gql(`query(${declared}) { ${fields} }`, Object.fromEntries(keys.map((k, i) => [`k${i}`, k]))) : {};
      body.replaceChildren(...capabilityRows(flat(Object.values(answer)).sort((a, b) => b.adoptionRate - a.adoptionRate)));
    } catch (e) {
      delete body.dataset.loaded;
      body.replaceChildren(h('tr', {}, h('td', { colspan: 6, class: 'error', role: 'alert' }, e.message)));
    }
  };
  const platformRow = (p) => h('tr', { dataset: { key: p.platformKey } },
        h('th', { scope: 'row' }, p.platformName ?? p.platformKey, h('div.owner', {}, p.teamKey ?? 'no owning team'),
          h('details', { ontoggle: inline ? undefined : loadOnOpen(p.platformKey) }, h('summary', {}, `${p.capabilities} capabilities`),
            h('table', { dataset: { platform: p.platformKey } }, h('thead', {}, h('tr', {}, ['capability', 'lifecycle', 'adoption', 'trend', 'consumers', 'days to first use']
              .map((x) => h('th', { scope: 'col' }, x)))),
            h('tbody', {}, inline ? capabilityRows(capabilitiesOf(p.platformKey)) : [])))),
        h('td', {}, h('strong', {}, pct(p.adoptionRate))),
        h('td', {}, spark(p.trend, p.platformKey), ' ', trendOf(p.trend)),
        h('td', {}, `${p.adoptingTeams} of ${p.streamAlignedTeams}`),
        h('td', {}, p.consumers),
        h('td', {}, num(p.meanDaysToFirstUse, 0)),
        h('td', {}, p.deprecatedButUsed),
        h('td', {}, pct(p.sloMetShare)));
  const [platformBody, morePlatforms] = pagedRows(platforms, total, platformRow, 'platforms', rest);
  section.replaceChildren(h('h2', {}, 'Platform adoption'),
    h('div.grid2.charts', {}, charts.map((c) => c.figure)),
    h('p.muted', {}, 'Adoption rate: share of stream-aligned teams whose consumers use the platform. ',
      'Trend per quarter; time to first use counts days from general availability to the first consumer.'),
    h('div.scroll', {}, h('table', { id: 'adoption-table' }, h('caption', {}, `${total} platforms`),
      h('thead', {}, h('tr', {}, ['platform', 'adoption', 'trend', 'teams', 'consumers', 'days to first use', 'deprecated use', 'SLO met']
        .map((x) => h('th', { scope: 'col' }, x)))),
      platformBody)), morePlatforms,
    unplaced.length === 0 ? null : h('div.scroll', {}, h('table', { id: 'unplaced-adoption' },
      h('caption', {}, `Capabilities without a platform (${unplaced.length})`),
      h('thead', {}, h('tr', {}, ['capability', 'lifecycle', 'adoption', 'trend', 'consumers', 'days to first use'].map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, capabilityRows(unplaced)))));
  await Promise.all(charts.map((c) => c.draw()));
}

const percent = (rate) => Math.round(rate * 1000) / 10;

/** Flat keys for the table code, taken from the linked nodes. */
const flatPlatforms = (list) => list.map((p) => ({ ...p, platformKey: p.platform.key, platformName: p.platform.name,
  teamKey: p.team?.key ?? null }));

/** Flat keys for the table code, taken from the linked nodes. */
const flat = (list) => list.map((c) => ({ ...c, capabilityKey: c.capability.key, capabilityName: c.capability.name,
  platformKey: c.platform?.key ?? null }));

/**
 * A large landscape: per platform the share of its capabilities with an SLO that meet it, against the target 100 %;
 * the platforms given are the lowest shares (the server's SLO_MET_SHARE order).
 */
function platformSloChart(platforms) {
  const withSlo = platforms.filter((p) => p.capabilitiesWithSlo > 0)
    .map((p) => ({ key: p.platformKey, name: p.platformName ?? p.platformKey, share: percent(p.capabilitiesMeetingSlo / p.capabilitiesWithSlo) }));
  const shown = withSlo.slice(0, SLO_BARS).reverse();
  return chartFigure('slo-chart', 'SLO attainment against target',
    `share of each platform's capabilities that meet their SLO target: the ${shown.length} platforms with the lowest share`, {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${v} %` },
      grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
      yAxis: { type: 'category', data: shown.map((p) => p.name), axisLabel: { width: 150, overflow: 'truncate' } },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      series: [{ name: 'meeting their SLO', id: 'attained', type: 'bar', barMaxWidth: 14,
        data: shown.map((p) => ({ value: p.share, itemStyle: { color: p.share < 100 ? '#a4161a' : '#2b8a3e' } })),
        markLine: { symbol: 'none', data: [{ xAxis: 100, name: 'target' }], lineStyle: { color: '#1d2330' } } }],
    }, Math.max(240, 40 + shown.length * 22));
}

/** Adoption rate per quarter of the most adopted platforms: one line each, in percent. */
function adoptionChart(platforms, total) {
  const shown = platforms.slice(0, TREND_LINES);
  const periods = [...new Set(shown.flatMap((p) => p.trend.map((t) => t.period)))].sort();
  const series = shown.map((p) => {
    const byPeriod = new Map(p.trend.map((t) => [t.period, percent(t.adoptionRate)]));
    return { name: p.platformName ?? p.platformKey, id: p.platformKey, type: 'line', showSymbol: false, connectNulls: true,
      data: periods.map((q) => byPeriod.get(q) ?? null) };
  });
  return chartFigure('adoption-chart', 'Adoption over time',
    `share of stream-aligned teams using each platform, per quarter (the ${shown.length} most adopted of ${total})`, {
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
