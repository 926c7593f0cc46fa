// Platform as a product: per platform (and its capabilities) the adoption rate and its trend, time to first use,
// consumers, deprecated use and SLO attainment.
import { gql } from '../api.js';
import { h, pct, num, sparkline } from '../dom.js';

const ADOPTION = `{
  platformAdoptions { platform { key name } team { key } capabilities consumers adoptingTeams streamAlignedTeams adoptionRate
    meanDaysToFirstUse deprecatedButUsed sloMetShare trend { period adoptionRate } }
  capabilityAdoptions { capability { key name } platform { key } lifecycle consumers adoptingTeams adoptionRate gaDate firstUse
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
  section.replaceChildren(h('h2', {}, 'Platform adoption'),
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
}
