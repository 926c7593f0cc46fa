// Plan preview: paste or upload landscape YAML files, optionally with prune and policy rules, and show what
// `planLandscape` (a dry run that writes nothing) answers: the problems, or the diff and its impact.
import { gql, storedToken } from '../api.js';
import { h, table, num } from '../dom.js';
import { showError, clearError } from '../app.js';

const PLAN = `mutation($input: ChangeLandscapeInput!) { planLandscape(input: $input) {
  documents
  errors { code file line field message }
  plan { hasChanges nodesAdded nodesChanged nodesRemoved edgesAdded edgesChanged edgesRemoved undeclaredKept policyViolations
    nodes { action kind key sourceFile changes { field before after } }
    edges { action type fromKind fromKey toKind toKey sourceFile changes { field before after } }
    impact { affected affectedTier1Consumers
      blastRadius { capabilityKey action reasons affected tier1Consumers severity }
      newDeprecatedUse { consumerKey capabilityKey lifecycle hops path cause }
      fixedDeprecatedUse { consumerKey capabilityKey lifecycle hops path cause }
      newSinglePointsOfFailure { capabilityKey consumers consumerKeys }
      fixedSinglePointsOfFailure { capabilityKey removed consumers consumerKeys }
      newLayerViolations { fromCapability toCapability fromLayer toLayer }
      fixedLayerViolations { fromCapability toCapability fromLayer toLayer }
      newCycles { path } fixedCycles { path }
      newTierInversions { sourceKey sourceTier targetTier path } fixedTierInversions { sourceKey sourceTier targetTier path }
      newOwnershipAmbiguity { category platformsBefore platformsAfter }
      fixedOwnershipAmbiguity { category platformsBefore platformsAfter }
      loadChanges { teamKey bandBefore bandAfter indexBefore indexAfter } } } } }`;

const SIGN = { ADD: '+ added', CHANGE: '~ changed', REMOVE: '− removed' };

let fileCount = 0;

export async function render(section) {
  const files = h('div.plan-files', { id: 'plan-files' });
  const addFile = (path = '', content = '') => {
    const n = ++fileCount;
    const pathId = `plan-path-${n}`;
    const textId = `plan-content-${n}`;
    const entry = h('fieldset.plan-file', { dataset: { file: n } },
      h('legend', {}, `File ${files.children.length + 1}`),
      h('label', { for: pathId }, 'File name',
        h('input', { id: pathId, class: 'plan-path', value: path || `landscape-${n}.yaml`, autocomplete: 'off', required: true })),
      h('label', { for: textId }, 'YAML',
        h('textarea', { id: textId, class: 'plan-content', rows: 10, spellcheck: 'false', required: true })),
      h('button', { type: 'button', 'aria-label': `Remove file ${n}`, onclick: () => { entry.remove(); renumber(); } }, 'Remove file'));
    entry.querySelector('textarea').value = content;
    files.append(entry);
    renumber();
    return entry;
  };
  const renumber = () => [...files.children].forEach((f, i) => { f.querySelector('legend').textContent = `File ${i + 1}`; });

  const upload = h('input', { id: 'plan-upload', type: 'file', multiple: true, accept: '.yaml,.yml,text/yaml,application/yaml',
    onchange: async (event) => {
      const chosen = [...event.target.files];
      // An untouched empty first entry gives way to the uploaded files.
      const first = files.querySelector('.plan-file');
      if (files.children.length === 1 && first.querySelector('textarea').value.trim() === '') first.remove();
      for (const file of chosen) addFile(file.name, await file.text());
      event.target.value = '';
    } });
  const check = (id, label) => h('label.check', { for: id }, h('input', { id, type: 'checkbox' }), label);
  const maxBlast = h('input', { id: 'policy-max-blast', type: 'number', min: 0, size: 6 });
  const result = h('div', { id: 'plan-result', 'aria-live': 'polite', tabindex: -1 });

  const plan = async (event) => {
    event.preventDefault();
    clearError();
    const input = {
      files: [...files.querySelectorAll('.plan-file')].map((f) => ({
        path: f.querySelector('.plan-path').value.trim(), content: f.querySelector('.plan-content').value })),
      prune: section.querySelector('#plan-prune').checked,
    };
    const policy = {};
    for (const [id, field] of [['policy-layer', 'failOnNewLayerViolation'], ['policy-cycle', 'failOnNewCycle'], ['policy-overload', 'failOnOverloadedTeam']]) {
      if (section.querySelector(`#${id}`).checked) policy[field] = true;
    }
    if (maxBlast.value !== '') policy.maxBlastRadius = Number(maxBlast.value);
    if (Object.keys(policy).length) input.policy = policy;
    if (input.files.length === 0) {
      result.replaceChildren(h('p.muted', {}, 'Add at least one file.'));
      return;
    }
    result.dataset.state = 'loading';
    result.replaceChildren(h('p.loading', {}, 'Planning…'));
    try {
      const { planLandscape } = await gql(PLAN, { input });
      showPlan(result, planLandscape);
      result.dataset.state = planLandscape.errors.length ? 'problems' : 'ready';
      result.focus(); // keyboard and screen-reader users land on the answer
    } catch (e) {
      result.dataset.state = 'error';
      result.focus();
      if (/authentication required|forbidden|HTTP 40[13]/i.test(e.message)) {
        result.replaceChildren(h('div.notice', { id: 'plan-auth', role: 'alert' },
          h('p', {}, h('strong', {}, 'Planning needs an editor (or admin) token.'),
            ' Enter it in the API token field above and save, then plan again.'),
          h('p', {}, 'The server said: ', h('q', {}, e.message))));
      } else {
        result.replaceChildren(h('p.muted', {}, 'No plan: see the message above.'));
        showError(e);
      }
    }
  };

  const tokenNotice = storedToken() ? null : h('p.notice', { id: 'plan-token-notice' },
    'No API token is saved. Planning is a mutation (it writes nothing, but the server still asks who you are): ',
    'it needs an editor or admin token, entered in the API token field above.');

  section.replaceChildren(...present(h('h2', {}, 'Plan preview'),
    h('p.muted', {}, 'Paste or upload landscape files (YAML, apiVersion strata.dev/v1) to see what applying them would change ',
      'and what it would do. Nothing is written.'),
    tokenNotice,
    h('form.plan-form', { onsubmit: plan, 'aria-label': 'Landscape files to plan' },
      files,
      h('div.controls', {},
        h('button', { type: 'button', id: 'plan-add-file', onclick: () => addFile().querySelector('input').focus() }, 'Add another file'),
        h('label', { for: 'plan-upload' }, 'Upload files (several at once)', upload)),
      h('fieldset.controls', {}, h('legend', {}, 'Options'),
        check('plan-prune', 'Prune: remove nodes no file declares'),
        check('policy-layer', 'Policy: refuse new layer violations'),
        check('policy-cycle', 'Policy: refuse new cycles'),
        check('policy-overload', 'Policy: refuse overloaded teams'),
        h('label', { for: 'policy-max-blast' }, 'Policy: max blast radius', maxBlast)),
      h('button.primary', { type: 'submit', id: 'plan-submit' }, 'Plan')),
    result));
  addFile('landscape.yaml', '');
}

function showPlan(container, payload) {
  if (payload.errors.length) {
    container.replaceChildren(
      h('p', { role: 'alert' }, `${payload.errors.length} problem${payload.errors.length === 1 ? '' : 's'} in the files: there is no plan until they are fixed.`),
      h('div.scroll', { id: 'plan-problems' }, table(`Problems (${payload.errors.length})`, ['file:line', 'field', 'message', 'code'],
        payload.errors.map((p) => [`${p.file}:${p.line}`, p.field || '–', p.message, p.code]),
        (i) => `${payload.errors[i].file}:${payload.errors[i].line}`)));
    return;
  }
  const p = payload.plan;
  const im = p.impact;
  const changes = (list) => (list.length ? h('ul.changes', {}, list.map((c) => h('li', {}, h('code', {}, c.field), ': ',
    c.before ?? '∅', ' → ', c.after ?? '∅'))) : '–');
  const nodeRows = p.nodes.map((n) => h('tr', { dataset: { key: `${n.kind}:${n.key}`, action: n.action } },
    h('th', { scope: 'row' }, SIGN[n.action]), h('td', {}, n.kind.toLowerCase()), h('td', {}, n.key), h('td', {}, n.sourceFile ?? '–'),
    h('td', {}, changes(n.changes))));
  const edgeRows = p.edges.map((e) => h('tr', { dataset: { key: `${e.fromKind}:${e.fromKey}-${e.type}->${e.toKind}:${e.toKey}`, action: e.action } },
    h('th', { scope: 'row' }, SIGN[e.action]), h('td', {}, `${e.fromKind.toLowerCase()} ${e.fromKey}`), h('td', {}, e.type),
    h('td', {}, `${e.toKind.toLowerCase()} ${e.toKey}`), h('td', {}, e.sourceFile ?? '–'), h('td', {}, changes(e.changes))));
  const rowsTable = (id, caption, headers, rows) => h('div.scroll', { id, dataset: { rows: rows.length } },
    h('table', {}, h('caption', {}, caption), h('thead', {}, h('tr', {}, headers.map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: headers.length }, 'none')))));
  // Only the kinds of impact the change has: a list of "none" lines would hide the ones that matter.
  const list = (id, caption, rows, headers, cells) => (rows.length
    ? h('div.scroll', { id, dataset: { rows: rows.length } }, table(`${caption} (${rows.length})`, headers, rows.map(cells)))
    : null);
  const violation = (v) => [`${v.fromCapability} → ${v.toCapability}`, `${v.fromLayer} → ${v.toLayer}`];
  const use = (d) => [d.consumerKey, d.capabilityKey, d.lifecycle.toLowerCase(), d.path.join(' → '), d.cause.toLowerCase()];
  const spof = (s) => [s.capabilityKey, s.consumers, s.consumerKeys.join(', ')];
  const inversion = (t) => [t.path.join(' → '), `${t.sourceTier} → ${t.targetTier}`];
  const offering = (o) => [o.category, o.platformsBefore.join(', ') || '–', o.platformsAfter.join(', ') || '–'];
  const band = (b) => (b ? h('span', { class: `badge band-${b}` }, b.toLowerCase()) : '–');

  container.replaceChildren(...present(
    h('div.figures', {},
      fig('documents', payload.documents, 'documents'),
      fig('nodes + / ~ / −', `${p.nodesAdded} / ${p.nodesChanged} / ${p.nodesRemoved}`, 'nodes'),
      fig('relationships + / ~ / −', `${p.edgesAdded} / ${p.edgesChanged} / ${p.edgesRemoved}`, 'edges'),
      fig('policy violations', p.policyViolations.length, 'policy')),
    p.hasChanges ? null : h('p', { id: 'plan-no-changes' }, 'No changes: the graph already holds what the files declare (where the files are is bookkeeping, not a change).'),
    p.undeclaredKept ? h('p.muted', {}, `${p.undeclaredKept} nodes in the graph that no file declares are kept (prune is off).`) : null,
    p.policyViolations.length ? h('div.notice', { id: 'plan-policy', role: 'alert' }, h('h3', {}, 'Policy violations'),
      h('ul', {}, p.policyViolations.map((v) => h('li', {}, v)))) : h('p', { id: 'plan-policy' }, 'Policy: holds.'),
    h('h3', {}, 'Diff'),
    rowsTable('plan-nodes', `Nodes (${p.nodes.length})`, ['action', 'kind', 'key', 'file', 'field changes'], nodeRows),
    rowsTable('plan-edges', `Relationships (${p.edges.length})`, ['action', 'from', 'type', 'to', 'file', 'field changes'], edgeRows),
    h('h3', {}, 'Impact'),
    h('p', { id: 'plan-affected' }, im.blastRadius.length
      ? `The change affects ${im.affected} nodes, ${im.affectedTier1Consumers} of them tier-1 consumers.`
      : 'The change touches no capability its dependents rely on (lifecycle, tier, SLO target, dependencies, platform).'),
    list('plan-blast', 'Blast radius of changed or removed capabilities', im.blastRadius,
      ['capability', 'what changes', 'affected', 'tier-1 consumers', 'severity'],
      (b) => [b.capabilityKey, b.reasons.join(', '), b.affected, b.tier1Consumers, num(b.severity, 0)]),
    list('plan-deprecated', 'New uses of deprecated or retired capabilities', im.newDeprecatedUse,
      ['consumer', 'capability', 'lifecycle', 'path', 'cause'], use),
    list('plan-deprecated-fixed', 'Uses of deprecated or retired capabilities freed', im.fixedDeprecatedUse,
      ['consumer', 'capability', 'was', 'path', 'cause'], use),
    list('plan-new-spofs', 'New single points of failure', im.newSinglePointsOfFailure, ['capability', 'consumers', 'who'], spof),
    list('plan-fixed-spofs', 'Single points of failure removed', im.fixedSinglePointsOfFailure, ['capability', 'consumers', 'who'], spof),
    list('plan-new-violations', 'New layer violations', im.newLayerViolations, ['dependency', 'layers'], violation),
    list('plan-fixed-violations', 'Fixed layer violations', im.fixedLayerViolations, ['dependency', 'layers'], violation),
    list('plan-new-cycles', 'New cycles', im.newCycles, ['cycle'], (c) => [c.path.join(' → ')]),
    list('plan-fixed-cycles', 'Fixed cycles', im.fixedCycles, ['cycle'], (c) => [c.path.join(' → ')]),
    list('plan-new-inversions', 'New tier inversions', im.newTierInversions, ['path', 'tiers'], inversion),
    list('plan-fixed-inversions', 'Fixed tier inversions', im.fixedTierInversions, ['path', 'tiers'], inversion),
    list('plan-new-ambiguity', 'More ownership ambiguity', im.newOwnershipAmbiguity, ['category', 'platforms before', 'after'], offering),
    list('plan-fixed-ambiguity', 'Less ownership ambiguity', im.fixedOwnershipAmbiguity, ['category', 'platforms before', 'after'], offering),
    list('plan-load', 'Cognitive-load band changes', im.loadChanges, ['team', 'before', 'after', 'index'],
      (l) => [l.teamKey, band(l.bandBefore), band(l.bandAfter), `${num(l.indexBefore)} → ${num(l.indexAfter)}`])));
}

/** The children that are there (optional parts are null). */
function present(...children) {
  return children.filter((c) => c !== null && c !== undefined && c !== false);
}

function fig(label, value, key) {
  return h('div.figure', { dataset: { figure: key } }, h('strong', {}, value), label);
}
