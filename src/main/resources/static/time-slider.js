// The time slider of the map, the blast radius and team load (landscape history, issue #13): one position per
// recorded landscape version, from `landscapeHistory` (metadata only, cheap), the newest at the right meaning "now".
// Moving it puts `asOf=<version>` into the view's address (kept when the view changes its other parameters) and the
// view renders again, passing `asOf: {version}` to its analytics; back at the right end the parameter goes away.
import { gql } from './api.js';
import { h } from './dom.js';

// At most this many positions: a long history (years imported from Git) is sampled evenly by the server, the oldest and
// the newest version always among them.
const POSITIONS = 1000;
const HISTORY = `{ landscapeHistory(first: ${POSITIONS}, spread: true) { earliest { version } latest { version at }
  versions { version at actor operation source } } }`;

/** Keyboard users keep the focus on the slider while the view renders again at the new point in time. */
let refocus = false;

/** The `asOf` argument for the view's queries from its address: `{ version }`, or null for now. */
export function asOfParam(params) {
  const v = Number(params.get('asOf'));
  return Number.isInteger(v) && v > 0 ? { version: v } : null;
}

const when = (at) => at.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC');

/** The slider (a labelled fieldset) for `view` at the point `params` names. */
export async function timeSlider(view, params) {
  const { landscapeHistory: history } = await gql(HISTORY);
  const asOf = asOfParam(params);
  const versions = [...history.versions];
  const recorded = history.latest && history.earliest ? history.latest.version - history.earliest.version + 1 : 0;
  if (asOf && !versions.some((v) => v.version === asOf.version)) {
    // A link to a version between two sampled positions: it gets a position of its own, described by its number.
    const known = versions.find((v) => v.version > asOf.version);
    const position = { version: asOf.version, at: null };
    versions.splice(known ? versions.indexOf(known) : versions.length, 0, position);
  }
  if (!history.latest || versions.length === 0) {
    return h('p.muted.time-slider', { id: 'time-slider', dataset: { versions: '0' } },
      'No landscape history recorded yet: this is the landscape now.');
  }
  const latest = history.latest.version;
  if (versions.length === 1) {
    const v = versions[0];
    return h('p.muted.time-slider', { id: 'time-slider', dataset: { versions: '1', version: String(v.version), now: 'true' } },
      `One recorded version so far (version ${v.version}, ${when(v.at)} · ${v.operation} by ${v.actor}): `
      + 'the time slider appears once the landscape has changed.');
  }
  const index = asOf ? versions.findIndex((v) => v.version === asOf.version) : versions.length - 1;
  const at = index < 0 ? versions.length - 1 : index;
  const describe = (i) => {
    const v = versions[i];
    const now = v.version === latest;
    if (!v.at) return `version ${v.version} of ${latest} (between the versions sampled here)`;
    return `${now ? 'now: ' : ''}version ${v.version} of ${latest}, ${when(v.at)} · ${v.operation} (${v.source}) by ${v.actor}`;
  };
  const output = h('output', { id: 'time-slider-at', for: 'time-slider-input' }, describe(at));
  const input = h('input', { id: 'time-slider-input', type: 'range', min: 0, max: versions.length - 1, step: 1, value: at,
    'aria-valuetext': describe(at),
    oninput: (e) => {
      output.textContent = describe(Number(e.target.value));
      e.target.setAttribute('aria-valuetext', output.textContent);
    },
    onchange: (e) => {
      const v = versions[Number(e.target.value)];
      const [, query] = location.hash.split('?');
      const next = new URLSearchParams(query ?? '');
      if (v.version === latest) next.delete('asOf');
      else next.set('asOf', String(v.version));
      refocus = true;
      const q = next.toString();
      location.hash = `#/${view}${q ? '?' + q : ''}`;
    } });
  if (refocus) {
    // The view puts the slider into the page once its data is in: focus it then (give up after about 30 s).
    refocus = false;
    let frames = 0;
    const focus = () => {
      if (input.isConnected) input.focus();
      else if (++frames < 1800) requestAnimationFrame(focus);
    };
    requestAnimationFrame(focus);
  }
  const partial = recorded > history.versions.length
    ? ` ${history.versions.length} of the ${recorded} recorded versions, spread evenly, can be chosen here.` : '';
  return h('fieldset.time-slider', { id: 'time-slider', dataset: { versions: String(versions.length),
    version: String(versions[at].version), now: String(!asOf || versions[at].version === latest) } },
  h('legend', {}, 'Landscape as of'),
  h('label', { for: 'time-slider-input' }, h('span.muted', {}, `${recorded} recorded versions, oldest at the left, now at the right.${partial}`)),
  input, output,
  asOf && asOf.version !== latest ? h('p.notice', { id: 'time-slider-past' },
    `Shown as it was at version ${asOf.version}. `, h('a', { href: nowHref(view, params) }, 'Back to now')) : null);
}

function nowHref(view, params) {
  const next = new URLSearchParams(params);
  next.delete('asOf');
  const q = next.toString();
  return `#/${view}${q ? '?' + q : ''}`;
}
