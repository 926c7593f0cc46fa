// Platforms as products (issue #14) on the landscape map: each box carries the level its scorecard reaches, and a
// platform's details show every scorecard rule's pass or fail with the reason and the load it removes for its
// consumers (less the load it adds). Data: each box's `scorecard` (with the boxes), the levels in force and, on a drill-down,
// `platformScorecard(platformKey)` with `platformLoadRemoved` (every platform, asked for once per map).
import { gql } from '../api.js';
import { h, num } from '../dom.js';

const LEVELS = `{ scorecardDefinition { levels } }`;
/** What a box needs of a platform's scorecard, asked for with the boxes (`landscapeMap { bands { platforms { … } } }`). */
export const BOX_SCORECARD = 'scorecard { level passed total }';
const CARD = `query($key: ID!) { platformScorecard(platformKey: $key) { level nextLevel passed total
  results { rule level passed reason } } }`;
const REMOVED = `{ platformLoadRemoved { platformKey consumingTeams selfServiceConsumptions hiddenBehind removedLoad
  collaborations churn exposed addedLoad netLoad } }`;

/** The scorecard levels in force (lowest first); the level of each box comes with the box. */
export async function loadLevels() {
  const { scorecardDefinition } = await gql(LEVELS);
  return scorecardDefinition.levels;
}

/** The level badge of a box: the level reached (or "no level") and the rules passed. */
export function levelBadge(card) {
  if (!card) return null;
  const level = card.level ?? 'none';
  return h('span', { class: `level level-${level}`, dataset: { level },
    title: `scorecard: ${card.level ? card.level + ' level' : 'no level reached'}, ${card.passed} of ${card.total} rules pass` },
  card.level ?? 'no level');
}

/** Loads the load removed of every platform once (per map drawn) and answers one platform's row. */
export function loadRemovedOf() {
  let all = null;
  return async (key) => {
    all ??= gql(REMOVED).then((d) => new Map(d.platformLoadRemoved.map((r) => [r.platformKey, r])));
    return (await all).get(key) ?? null;
  };
}

/** The details of one platform as a product: the scorecard and the load removed. */
export async function productPanel(key, removedOf) {
  const [{ platformScorecard: card }, removed] = await Promise.all([gql(CARD, { key }), removedOf(key)]);
  return h('div', { id: 'platform-product' },
    h('h4', {}, 'Scorecard: ', levelBadge(card), ` ${card.passed} of ${card.total} rules pass`,
      card.nextLevel ? ` · next: ${card.nextLevel}` : ''),
    h('ul.rules', { id: 'scorecard-rules' }, card.results.map((r) => h('li', { dataset: { rule: r.rule, passed: String(r.passed) } },
      h('span', { class: `verdict ${r.passed ? 'pass' : 'fail'}` }, r.passed ? 'pass' : 'fail'), ' ',
      h('strong', {}, r.rule), h('span.muted', {}, ` (${r.level})`), ': ', r.reason))),
    removed === null ? null : h('div', { id: 'platform-load-removed', dataset: { net: String(removed.netLoad) } },
      h('h4', {}, `Load removed: net ${num(removed.netLoad)} points`),
      h('dl', {}, [
        ['Removes', `${num(removed.removedLoad)} points: ${removed.selfServiceConsumptions} self-service consumptions `
          + `hide ${num(removed.hiddenBehind, 0)} capabilities below them (summed over those consumptions)`],
        ['Adds', `${num(removed.addedLoad)} points: ${removed.collaborations} collaborations, ${removed.churn} consumptions `
          + `of beta, deprecated or retired capabilities, ${removed.exposed} exposed dependencies`],
        ['Consuming teams', removed.consumingTeams]].map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]))));
}
