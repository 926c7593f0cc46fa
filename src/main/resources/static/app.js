// Hash router: #/<view>?<params>. Each view module exports render(main, params) and uses only api.js.
import { storedToken, storeToken } from './api.js';

const views = {
  landscape: () => import('./views/landscape.js'),
  blast: () => import('./views/blast.js'),
  load: () => import('./views/load.js'),
  risks: () => import('./views/risks.js'),
  adoption: () => import('./views/adoption.js'),
  plan: () => import('./views/plan.js'),
};

const main = document.getElementById('view');
const errorBox = document.getElementById('error');
let generation = 0;

export function showError(error) {
  errorBox.textContent = error?.message ?? String(error);
  errorBox.hidden = false;
}

export function clearError() {
  errorBox.textContent = '';
  errorBox.hidden = true;
}

/** Replaces the current hash parameters (without re-rendering when only parameters change through the view). */
export function setParams(view, params) {
  const query = new URLSearchParams(params).toString();
  history.replaceState(null, '', `#/${view}${query ? '?' + query : ''}`);
}

async function route() {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const name = views[path] ? path : 'landscape';
  const mine = ++generation;
  clearError();
  document.querySelectorAll('nav a').forEach((a) => {
    if (a.dataset.view === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  main.dataset.view = name;
  main.dataset.state = 'loading';
  // The section is in the page while the view renders into it (the graph drawing needs its real size).
  const section = document.createElement('section');
  section.append(Object.assign(document.createElement('p'), { className: 'loading', textContent: 'Loading…' }));
  main.replaceChildren(section);
  try {
    const module = await views[name]();
    await module.render(section, new URLSearchParams(query ?? ''));
    if (mine !== generation) return;
    main.dataset.state = 'ready';
    main.dataset.readyAt = String(Math.round(performance.now()));
    document.title = `${section.querySelector('h2')?.textContent ?? 'Strata'} · Strata dashboard`;
  } catch (e) {
    if (mine !== generation) return;
    main.replaceChildren();
    main.dataset.state = 'error';
    showError(e);
  }
}

const tokenInput = document.getElementById('token');
tokenInput.value = storedToken();
document.getElementById('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  storeToken(tokenInput.value.trim());
  route();
});

window.addEventListener('hashchange', route);
route();
