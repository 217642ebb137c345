// The console's shell: sign-in, the views of the user's roles, the header's link states and clock, the banner when
// the stream or the PBX link is down, the language switch and the keyboard.

import { ApiFailure, Stream, del, get, post, setToken, whenUnauthorized } from './api.js';
import { apply, onLang, t, toggleLang } from './i18n.js';
import { installAlertBanner } from './alerts.js';
import { auditorView } from './auditor.js';
import { cityName, configureMap } from './map.js';
import { callTakerView } from './calltaker.js';
import { dispatcherView } from './dispatcher.js';
import { fleetView } from './fleet.js';
import { sessionsView } from './sessions.js';
import { store } from './store.js';
import { el, html, report } from './ui.js';

const VIEWS = [
  { id: 'calltaker', roles: ['call-taker', 'supervisor'], make: callTakerView, key: 'KeyC', label: 'view.calltaker' },
  { id: 'dispatcher', roles: ['dispatcher', 'supervisor'], make: dispatcherView, key: 'KeyM',
    label: 'view.dispatcher' },
  { id: 'auditor', roles: ['auditor', 'supervisor'], make: auditorView, key: 'KeyU', label: 'view.auditor' },
  { id: 'fleet', roles: ['supervisor'], make: fleetView, key: 'KeyF', label: 'view.fleet' },
  { id: 'sessions', roles: ['supervisor'], make: sessionsView, key: 'KeyG', label: 'view.sessions' },
];
const GLOBAL_KEYS = [['Alt+C', 'app.keys.calltaker'], ['Alt+M', 'app.keys.dispatcher'], ['Alt+U', 'app.keys.auditor'],
  ['Alt+F', 'app.keys.fleet'], ['Alt+G', 'app.keys.sessions'], ['Alt+Y', 'app.keys.lang'], ['?', 'app.keys.help']];
const $ = (sel) => document.querySelector(sel);
const links = { stream: false, pbx: null, pbxStandby: false };
let views = [];
let active = null;
let stream = null;
let timers = [];

function showLogin(message) {
  $('#app').hidden = true;
  $('#login').hidden = false;
  $('#login-error').textContent = message || '';
  $('#login-password').value = '';
  $('#login-username').focus();
}

async function signIn(e) {
  e.preventDefault();
  const username = $('#login-username').value.trim();
  const password = $('#login-password').value;
  try {
    const session = await post('/api/v1/sessions', { username, password });
    sessionStorage.setItem('sanhe.session', JSON.stringify(session));
    await start(session);
  } catch (err) {
    const throttled = err instanceof ApiFailure && err.status === 429;
    $('#login-error').textContent = throttled ? t('login.throttled') : t('login.failed');
  }
}

async function start(session) {
  setToken(session.token);
  configureMap(await get('/api/v1/map'));
  $('#city-name').textContent = cityName();
  await store.loadTypes();
  await store.loadTargets();
  $('#login').hidden = true;
  $('#app').hidden = false;
  $('#whoami').textContent = `${session.username} · ${session.roles.join(', ')}`;
  const mine = VIEWS.filter((v) => v.roles.some((r) => session.roles.includes(r)));
  views = mine.map((v) => ({ ...v, view: v.make(session) }));
  $('#views').replaceChildren(...views.map((v) => v.view.root));
  $('#tabs').replaceChildren(...views.map((v) => {
    const tab = el('button', { type: 'button', role: 'tab', class: 'tab', 'data-view': v.id,
      title: `Alt+${v.key.slice(3)}` });
    tab.innerHTML = html`<span data-t="${v.label}"></span> <kbd>Alt+${v.key.slice(3)}</kbd>`;
    tab.addEventListener('click', () => show(v.id));
    return tab;
  }));
  apply(document);
  installAlertBanner($('#alerts-banner'));
  stream = new Stream((m) => store.accept(m), (up) => { links.stream = up; renderLinks(); });
  stream.start();
  show(views[0].id);
  timers.push(setInterval(tick, 1000));
  timers.push(setInterval(() => report(health()), 5000));
  report(health());
}

function stop() {
  if (stream) stream.stop();
  timers.forEach(clearInterval);
  timers = [];
  views = [];
  active = null;
  setToken(null);
  sessionStorage.removeItem('sanhe.session');
}

function show(id) {
  const target = views.find((v) => v.id === id);
  if (!target) return;
  active = target;
  views.forEach((v) => v.view.root.classList.toggle('active', v === target));
  document.querySelectorAll('#tabs .tab').forEach((tab) => {
    tab.classList.toggle('active', tab.dataset.view === id);
    tab.setAttribute('aria-selected', String(tab.dataset.view === id));
  });
  document.body.dataset.view = id;
  target.view.shown();
}

function tick() {
  $('#clock').textContent = new Date(store.now()).toLocaleTimeString('zh-CN', { hour12: false });
  if (active) active.view.tick();
}

async function health() {
  const response = await fetch('/health');
  const body = await response.json();
  const pbx = body.pbx || {};
  links.pbx = pbx.link ? pbx.link === 'CONNECTED' : pbx.connected !== undefined ? !!pbx.connected : null;
  links.pbxStandby = pbx.standby === true;
  renderLinks();
}

function renderLinks() {
  $('#link-stream').dataset.state = links.stream ? 'up' : 'down';
  $('#link-pbx').dataset.state = links.pbx === null ? 'unknown' : links.pbx ? 'up' : 'down';
  const problems = [];
  if (!links.stream) problems.push(t('banner.stream'));
  // A cluster's follower does not feed the calls (the leader does): its own link is no alarm for its console.
  if (links.pbx === false && !links.pbxStandby) problems.push(t('banner.pbx'));
  $('#banner').hidden = problems.length === 0;
  $('#banner').replaceChildren(...problems.map((p) => el('div', { text: p })));
}

function renderHelp() {
  const rows = [...GLOBAL_KEYS, ...(active ? active.view.keys : [])];
  $('#help-keys').innerHTML = html`${rows.map(([k, label]) => html`<tr><td><kbd>${k}</kbd></td>
    <td>${t(label)}</td></tr>`)}`;
}

function toggleHelp(force) {
  const help = $('#help');
  help.hidden = force === undefined ? !help.hidden : !force;
  if (!help.hidden) renderHelp();
}

document.addEventListener('keydown', (e) => {
  if ($('#app').hidden) return;
  const typing = e.target.matches('input, textarea, select');
  if (e.key === 'Escape' && !$('#help').hidden) { toggleHelp(false); e.preventDefault(); return; }
  if (e.key === '?' && !typing) { toggleHelp(); e.preventDefault(); return; }
  if (e.altKey && !e.ctrlKey) {
    const view = views.find((v) => v.key === e.code);
    if (view) { show(view.id); e.preventDefault(); return; }
    if (e.code === 'KeyY') { toggleLang(); e.preventDefault(); return; }
  }
  if (active && active.view.key(e)) e.preventDefault();
});

document.querySelectorAll('[data-lang-switch]').forEach((b) => b.addEventListener('click', toggleLang));
$('#login-form').addEventListener('submit', signIn);
$('#logout').addEventListener('click', () => {
  del('/api/v1/sessions').catch(() => {});
  stop();
  showLogin();
});
$('#help-button').addEventListener('click', () => toggleHelp());
$('#notice').addEventListener('click', () => { $('#notice').hidden = true; });
onLang(() => {
  views.forEach((v) => v.view.relabel());
  renderLinks();
  if (!$('#help').hidden) renderHelp();
});
whenUnauthorized(() => { stop(); showLogin(t('login.ended')); });
apply(document);

const saved = sessionStorage.getItem('sanhe.session');
if (saved) {
  start(JSON.parse(saved)).catch(() => { stop(); showLogin(); });
} else {
  showLogin();
}
