// Landscape map: layers as bands (infrastructure at the bottom, AI use cases at the top), cross-cutting beside them,
// platforms with their owning teams, capabilities inside; a click shows details. A large landscape (more than
// INLINE_LIMIT capabilities, or #/landscape?overview=1) is shown as an overview: each platform with its number of
// capabilities, expanded on demand, so that the browser never pulls 100 000 nodes at once.
import { gql, allNodes } from '../api.js';
import { h } from '../dom.js';

const INLINE_LIMIT = 2000;

const OVERVIEW = `{ layers { key name rank crossCutting
  platforms { key name tier owner { key name } capabilityCount } }
  all: capabilities(first: 1) { totalCount }
  unplaced: capabilities(first: 1, filter: {withoutPlatform: true}) { totalCount } }`;

const WITH_CAPABILITIES = `{ layers { key platforms { key capabilities { key name lifecycle tier } } } }`;

const PLATFORM_CAPABILITIES = `query($key: ID!) { platform(key: $key) { capabilities { key name lifecycle tier } } }`;

const CAPABILITY_FIELDS = 'key name lifecycle tier';
const UNPLACED = { type: 'CapabilityFilter', value: { withoutPlatform: true } };

const PLATFORM = `query($key: ID!) { platform(key: $key) { key name description tier layer { key name }
  owner { key name type size } capabilities { key name lifecycle tier consumptions { consumer { key } } } } }`;

const CAPABILITY = `query($key: ID!) { capability(key: $key) { key name description lifecycle tier category gaDate
  sloTarget sloAttainment compliant platform { key name owner { key name } }
  dependencies { key name } dependents { key name } consumptions { mode since consumer { key name tier } } } }`;

export async function render(section, params = new URLSearchParams()) {
  const { layers, all, unplaced } = await gql(OVERVIEW);
  const overview = params.get('overview') === '1' || all.totalCount > INLINE_LIMIT;
  let withoutPlatform = null; // in the overview, loaded on demand
  if (!overview) {
    const [detailed, loose] = await Promise.all([gql(WITH_CAPABILITIES), allNodes('capabilities', CAPABILITY_FIELDS, UNPLACED)]);
    const byPlatform = new Map(detailed.layers.flatMap((l) => l.platforms).map((p) => [p.key, p.capabilities]));
    layers.forEach((l) => l.platforms.forEach((p) => { p.capabilities = byPlatform.get(p.key) ?? []; }));
    withoutPlatform = loose;
  }
  const details = h('aside.details', { 'aria-live': 'polite', 'aria-label': 'Details' },
    h('p.muted', {}, 'Select a platform or capability to see its details.'));
  const stack = layers.filter((l) => !l.crossCutting).sort((a, b) => (b.rank ?? 0) - (a.rank ?? 0));
  const crossCutting = layers.filter((l) => l.crossCutting);
  const show = (kind, key) => showDetails(details, kind, key);
  const platformCount = layers.reduce((n, l) => n + l.platforms.length, 0);
  section.replaceChildren(
    h('h2', {}, 'Landscape'),
    h('p.muted', { dataset: { mode: overview ? 'overview' : 'inline' } },
      `${layers.length} layers, ${platformCount} platforms, ${all.totalCount} capabilities. `
      + 'Bands run from the bottom of the stack (infrastructure) up to the use cases; cross-cutting layers sit beside.'
      + (overview ? ' A large landscape: open a platform\'s capabilities with its button.' : '')),
    h('div.landscape', {},
      h('div', {},
        h('div', { class: 'stack-layers', 'aria-label': 'Layered stack' }, stack.map((l) => band(l, show))),
        h('div', { 'aria-label': 'Cross-cutting layers' }, crossCutting.map((l) => band(l, show))),
        unplaced.totalCount === 0 ? null : h('section.band', { id: 'no-platform', 'aria-labelledby': 'no-platform-title' },
          h('h3', { id: 'no-platform-title' }, `Capabilities without a platform (${unplaced.totalCount})`),
          capabilityList(withoutPlatform, unplaced.totalCount, () => allNodes('capabilities', CAPABILITY_FIELDS, UNPLACED), show))),
      details));
}

/** The capabilities inline when loaded, else a button that loads them (the overview of a large landscape). */
function capabilityList(capabilities, count, load, show) {
  const caps = h('div.caps', {}, capabilities ? capabilities.map((c) => capabilityButton(c, show)) : []);
  if (capabilities || count === 0) return caps;
  const expand = h('button.expand', { type: 'button', onclick: async () => {
    expand.disabled = true;
    expand.textContent = 'Loading…';
    try {
      caps.replaceChildren(...(await load()).map((c) => capabilityButton(c, show)));
      expand.remove();
    } catch (e) {
      expand.disabled = false;
      expand.textContent = `Show ${count} capabilities`;
      caps.replaceChildren(h('p.error', { role: 'alert' }, e.message));
    }
  } }, `Show ${count} capabilities`);
  return h('div', {}, expand, caps);
}

function band(layer, show) {
  return h('section.band', { dataset: { layer: layer.key }, 'aria-labelledby': `layer-${layer.key}` },
    h('h3', { id: `layer-${layer.key}` }, layer.name, ' ',
      h('span.rank', {}, layer.crossCutting ? '(cross-cutting)' : `(rank ${layer.rank})`)),
    layer.platforms.length === 0 ? h('p.muted', {}, 'No platforms.') : h('div.platforms', {},
      [...layer.platforms].sort((a, b) => a.name.localeCompare(b.name)).map((p) =>
        h('article.platform', { dataset: { platform: p.key } },
          h('button', { type: 'button', onclick: () => show('platform', p.key) }, p.name),
          h('div.owner', {}, p.owner ? `owned by ${p.owner.name}` : 'no owning team', ` · tier ${p.tier}`),
          capabilityList(p.capabilities, p.capabilityCount,
            async () => (await gql(PLATFORM_CAPABILITIES, { key: p.key })).platform.capabilities, show)))));
}

function capabilityButton(c, show) {
  return h('button', { type: 'button', class: `cap ${c.lifecycle}`, dataset: { capability: c.key },
    title: `${c.name} (${c.lifecycle}, tier ${c.tier})`, onclick: () => show('capability', c.key) }, c.name);
}

async function showDetails(panel, kind, key) {
  panel.replaceChildren(h('p.loading', {}, 'Loading…'));
  try {
    if (kind === 'platform') {
      const { platform: p } = await gql(PLATFORM, { key });
      const consumers = new Set(p.capabilities.flatMap((c) => c.consumptions.map((x) => x.consumer.key)));
      panel.replaceChildren(h('h3', {}, p.name), p.description ? h('p', {}, p.description) : null,
        dl([['Key', p.key], ['Layer', p.layer?.name ?? '–'], ['Tier', p.tier],
          ['Owner', p.owner ? `${p.owner.name} (${p.owner.type}, ${p.owner.size} people)` : 'none'],
          ['Capabilities', p.capabilities.length], ['Consumers', consumers.size]]),
        blastLink('PLATFORM', p.key),
        h('ul', {}, p.capabilities.map((c) => h('li', {},
          h('button.link', { type: 'button', onclick: () => showDetails(panel, 'capability', c.key) }, c.name),
          ` · ${c.lifecycle} · ${c.consumptions.length} consumers`))));
    } else {
      const { capability: c } = await gql(CAPABILITY, { key });
      const link = (x) => h('button.link', { type: 'button', onclick: () => showDetails(panel, 'capability', x.key) }, x.name);
      panel.replaceChildren(h('h3', {}, c.name), c.description ? h('p', {}, c.description) : null,
        dl([['Key', c.key], ['Lifecycle', c.lifecycle], ['Tier', c.tier], ['Category', c.category ?? '–'],
          ['Platform', c.platform ? `${c.platform.name}${c.platform.owner ? ' · ' + c.platform.owner.name : ''}` : 'none'],
          ['GA since', c.gaDate ?? '–'], ['SLO', c.sloTarget == null ? '–' : `${c.sloAttainment ?? '?'} of ${c.sloTarget}`],
          ['Consumers', c.consumptions.length]]),
        blastLink('CAPABILITY', c.key),
        h('h4', {}, `Depends on (${c.dependencies.length})`), h('ul', {}, c.dependencies.map((d) => h('li', {}, link(d)))),
        h('h4', {}, `Needed by (${c.dependents.length})`), h('ul', {}, c.dependents.map((d) => h('li', {}, link(d)))),
        h('h4', {}, 'Consumers'), h('ul', {}, c.consumptions.map((x) =>
          h('li', {}, `${x.consumer.name} (tier ${x.consumer.tier}, ${x.mode}${x.since ? ', since ' + x.since : ''})`))));
    }
    panel.querySelector('h3')?.setAttribute('tabindex', '-1');
    panel.querySelector('h3')?.focus();
  } catch (e) {
    panel.replaceChildren(h('p.error', { role: 'alert' }, e.message));
  }
}

function dl(pairs) {
  return h('dl', {}, pairs.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function blastLink(kind, key) {
  return h('p', {}, h('a', { href: `#/blast?t=${kind}:${encodeURIComponent(key)}` }, 'What breaks if this fails? →'));
}
