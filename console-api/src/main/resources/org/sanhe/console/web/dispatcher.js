// The dispatcher's view: the map with districts, station areas, units by status and incidents by priority; the
// open incidents with live timers (overdue in red); per incident its response plan's coverage and the recommended
// units with ETA (by road or straight line) and reasons, assigned with one click; the route by road of the chosen
// recommendation and of every unit en route; the areas of the public warnings in force; the unit status board.

import { AlertLayer, alertNote } from './alerts.js';
import { get, getText, post } from './api.js';
import { incidentActions } from './dispatcher-incident.js';
import { t } from './i18n.js';
import {
  IncidentLayer, PRIORITY_COLOURS, RouteLayer, STATUS_COLOURS, UnitLayer, createMap, districtLabel, onMap,
  typeName,
} from './map.js';
import { playControl } from './recording.js';
import { clock, since, store } from './store.js';
import { el, flash, html } from './ui.js';

export const keys = [
  ['↑ / ↓', 'dp.keys.select'], ['A', 'dp.keys.assign'], ['E', 'dp.keys.enroute'], ['S', 'dp.keys.onscene'],
  ['N', 'dp.keys.note'], ['R', 'dp.keys.release'], ['D', 'dp.keys.divert'], ['I', 'dp.keys.edit'],
  ['C', 'dp.keys.close'], ['O', 'dp.keys.service'],
];

const STATUSES = ['available', 'dispatched', 'en-route', 'on-scene', 'returning', 'out-of-service'];
const NEXT = { dispatched: ['en-route', 'on-scene'], 'en-route': ['on-scene'] };
const SERVICE = { returning: ['available', 'out-of-service'], 'out-of-service': ['available'] };

export function dispatcherView(session) {
  const root = el('section', { id: 'view-dispatcher', class: 'view view-dispatcher' });
  root.innerHTML = `
    <aside class="panel incidents-panel">
      <h2><span data-t="incidents.title"></span> <span id="incident-count" class="count"></span></h2>
      <ol id="incident-list" class="incident-list" tabindex="0"></ol>
    </aside>
    <section class="panel map-panel"><div id="dp-map" class="map"></div>
      <div class="legend" id="dp-legend"></div></section>
    <aside class="panel detail-panel">
      <div id="incident-detail"></div>
      <h2><span data-t="rec.title"></span> <kbd>A</kbd></h2>
      <div id="recommendations" class="recommendations"></div>
      <p id="dp-result" class="result" role="status"></p>
      <div id="incident-actions" class="incident-actions"></div>
    </aside>
    <section class="panel board-panel">
      <h2 data-t="units.title"></h2>
      <div class="board">
        <table id="status-counts" class="status-counts"></table>
        <table id="unit-board" class="unit-board"></table>
      </div>
      <form id="board-service" class="act-row"><select id="board-unit"></select>
        <button type="submit" data-t="board.outOfService"></button></form>
    </section>`;
  const $ = (sel) => root.querySelector(sel);
  const state = { selected: null, recommendation: null, unit: null, map: null, units: null, incidents: null,
    routes: null, candidate: null };
  const actions = incidentActions($('#incident-actions'), (message, error) => flash($('#dp-result'), message, error));

  function openIncidents() {
    return [...store.incidents.values()].sort((a, b) => a.priority - b.priority
      || Date.parse(a.openedAt) - Date.parse(b.openedAt));
  }

  function overdue(incident) {
    if (incident.unitIds.length > 0) return false;
    if (store.overdue.has(incident.id)) return true;
    return incident.dispatchTargetMillis !== null && incident.dispatchTargetMillis !== undefined
      && since(incident.openedAt) > incident.dispatchTargetMillis;
  }

  function coverageText(incident) {
    const needs = incident.coverage ? incident.coverage.needs : [];
    return needs.map((n) => `${t('agency.' + n.agency)}${n.capabilities && n.capabilities.length
      ? '(' + n.capabilities.join(',') + ')' : ''} ×${n.required}, ${t('incident.has')} ${n.assigned}`);
  }

  function renderList() {
    const incidents = openIncidents();
    $('#incident-count').textContent = String(incidents.length);
    const rows = incidents.map((incident) => {
      const row = el('li', { class: `incident${incident.id === state.selected ? ' selected' : ''}`
        + `${overdue(incident) ? ' overdue' : ''}`, 'data-incident-id': incident.id });
      row.innerHTML = html`<span class="badge prio" style="background:${PRIORITY_COLOURS[incident.priority]}">P${
        incident.priority}</span>
        <span class="inc-id">#${incident.id}</span>
        <span class="inc-type">${typeName(store, incident.type)}</span>
        <span class="timer" data-opened="${incident.openedAt}">${clock(since(incident.openedAt))}</span>
        <span class="inc-where">${districtLabel(incident.district)} ${incident.address || ''}</span>
        <span class="inc-cover ${incident.coverage && incident.coverage.complete ? 'ok' : 'short'}">${
          coverageText(incident).join(' · ')}</span>`;
      row.addEventListener('click', () => select(incident.id));
      return row;
    });
    $('#incident-list').replaceChildren(...(rows.length ? rows
      : [el('li', { class: 'empty', text: t('incidents.none') })]));
  }

  /** The play controls of the selected incident's calls, kept across renders so that a playing one keeps playing. */
  const players = { incident: null, byCall: new Map() };

  function renderDetail() {
    const incident = store.incidents.get(state.selected);
    const detail = $('#incident-detail');
    if (!incident) {
      detail.innerHTML = html`<p class="muted">${t('incident.select')}</p>`;
      $('#recommendations').replaceChildren();
      actions.render(null);
      return;
    }
    actions.render(incident.id);
    const needs = incident.coverage ? incident.coverage.needs : [];
    const warning = alertNote(incident.location);
    detail.innerHTML = html`<h2><span class="badge prio" style="background:${PRIORITY_COLOURS[incident.priority]}"
        >P${incident.priority}</span> #${incident.id} ${typeName(store, incident.type)}</h2>
      <p>${incident.address || ''} <span class="muted">${districtLabel(incident.district)}</span></p>
      ${warning ? html`<p id="incident-alert" class="alert-note" role="status">${warning}</p>` : ''}
      <p class="muted incident-calls">${t('incident.calls')}: ${incident.callIds.join(', ') || '—'}</p>
      ${incident.source ? html`<p class="eido-source">${t('incident.source')}: ${incident.source.agency
        || incident.source.issuer || ''} <span class="muted">${incident.source.documentId}</span></p>
      <p class="muted">${t('incident.reportedCalls')}: ${incident.reportedCalls.map((c) =>
        `${c.caller || '?'} (${c.line || '—'})`).join(', ') || '—'}</p>` : ''}
      <p><button type="button" id="export-eido">${t('incident.exportEido')}</button></p>
      <h3>${t('incident.coverage')}</h3>
      <ul id="coverage" class="coverage">${needs.map((n) => html`<li class="${n.open > 0 ? 'short' : 'ok'}"
        data-agency="${n.agency}">${t('incident.needs')} ${t('agency.' + n.agency)}${n.capabilities.length
          ? ' (' + n.capabilities.join(', ') + ')' : ''} ×${n.required}, ${t('incident.has')} ${n.assigned}
        ${n.unitIds.length ? html`<span class="muted">${n.unitIds.join(', ')}</span>` : ''}</li>`)}</ul>`;
    const listenable = incident.callIds.filter((id) => mayListen(id));
    if (listenable.length) {
      detail.querySelector('.incident-calls').after(el('ul', { class: 'incident-recordings' }));
      if (players.incident !== incident.id) {
        players.incident = incident.id;
        players.byCall = new Map();
      }
      detail.querySelector('.incident-recordings').replaceChildren(...listenable.map((id) => {
        if (!players.byCall.has(id)) players.byCall.set(id, playControl(id));
        const item = el('li', { text: `${id} ` });
        item.append(players.byCall.get(id));
        return item;
      }));
    }
    $('#export-eido').addEventListener('click', () => exportEido(incident.id));
  }

  /** Auditors and supervisors may listen to every call's recording, anyone else to the calls they answered. */
  function mayListen(callId) {
    const call = store.calls.get(callId);
    if (session.roles.includes('supervisor') || session.roles.includes('auditor')) return !call || call.recorded;
    return Boolean(call && call.recorded && call.answeredBy === session.username);
  }

  /** Saves the incident as a NENA EIDO (the server writes it), through a download. */
  async function exportEido(id) {
    try {
      const eido = await getText(`/api/v1/incidents/${id}/eido`, 'application/json');
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([eido], { type: 'application/json' }));
      link.download = `incident-${id}.eido.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 0);
    } catch (e) {
      flash($('#dp-result'), `${t('err.generic')}: ${e.message}`, true);
    }
  }

  function renderRecommendations() {
    const r = state.recommendation;
    const box = $('#recommendations');
    if (!r || r.incidentId !== state.selected) { box.replaceChildren(); return; }
    const needs = r.needs.filter((n) => n.picked.length || n.alternates.length || n.shortfall);
    if (!needs.length) {
      box.innerHTML = html`<p class="muted">${t('incident.complete')}</p>`;
      return;
    }
    let first = true;
    box.innerHTML = html`${needs.map((need) => html`<div class="need">
      <h3>${t('agency.' + need.agency)} ×${need.count}${need.capabilities.length ? ' (' + need.capabilities
        .join(', ') + ')' : ''} ${need.shortfall
        ? html`<span class="short">${t('rec.shortfall')} ${need.shortfall}</span>`
        : ''}</h3>
      <ol>${[...need.picked, ...need.alternates.slice(0, 3)].map((c, index) => {
        const top = first;
        first = false;
        return html`<li class="candidate${top ? ' top' : ''}${c.unitId === chosenCandidate() ? ' chosen' : ''}"
          data-unit-id="${c.unitId}">
          <span class="callsign">${c.callSign}</span>
          <span class="eta">${t('rec.eta')} ${clock(c.etaSeconds * 1000)}</span>
          <span class="dist">${(c.distanceMeters / 1000).toFixed(1)} km <small class="source"
            data-source="${c.etaSource}">${t('rec.source.' + c.etaSource)}</small></span>
          <span class="reasons">${c.reasons.sameDistrict ? html`<i>${t('rec.sameDistrict')}</i>` : ''}${
            c.reasons.firstDue ? html`<i>${t('rec.firstDue')}</i>` : ''}${c.reasons.matchedCapabilities.map((m) =>
            html`<i>${m}</i>`)}${c.reasons.warnings.map((w) => html`<i class="warn">${w}</i>`)}</span>
          <button type="button" class="assign" data-unit-id="${c.unitId}" data-rank="${index + 1}"
            data-eta="${c.etaSeconds}">${t('rec.assign')}${top ? ' (A)' : ''}
          </button></li>`;
      })}</ol></div>`)}`;
    box.querySelectorAll('button.assign').forEach((b) => b.addEventListener('click', (e) => {
      e.stopPropagation();
      assign(b.dataset.unitId, { rank: Number(b.dataset.rank), etaSeconds: Number(b.dataset.eta) });
    }));
    box.querySelectorAll('li.candidate').forEach((li) => li.addEventListener('click', () => {
      state.candidate = li.dataset.unitId;
      renderRecommendations();
      renderRoutes();
    }));
    renderRoutes();
  }

  /** The recommendation whose route is drawn: the one clicked, else the top one. */
  function chosenCandidate() {
    const r = state.recommendation;
    if (!r || r.incidentId !== state.selected) return null;
    const all = r.needs.flatMap((n) => [...n.picked, ...n.alternates]);
    if (state.candidate && all.some((c) => c.unitId === state.candidate)) return state.candidate;
    return all.length ? all[0].unitId : null;
  }

  function renderRoutes() {
    if (!state.routes) return;
    const wanted = [...store.units.values()].filter((u) => u.status === 'en-route' && u.incidentId)
      .map((u) => ({ incidentId: u.incidentId, unitId: u.id, kind: 'en-route' }));
    const candidate = chosenCandidate();
    if (candidate) wanted.push({ incidentId: state.selected, unitId: candidate, kind: 'candidate' });
    state.routes.show(wanted);
  }

  function renderBoard() {
    const units = [...store.units.values()];
    const agencies = [...new Set(units.map((u) => u.agency))].sort();
    const count = (agency, status) => units.filter((u) => u.agency === agency && u.status === status).length;
    $('#status-counts').innerHTML = html`<tr><th></th>${STATUSES.map((s) => html`<th><i class="dot"
      style="background:${STATUS_COLOURS[s]}"></i>${t('status.' + s)}</th>`)}</tr>${agencies.map((a) => html`<tr>
      <th>${t('agency.' + a)}</th>${STATUSES.map((s) => html`<td data-agency="${a}" data-status="${s}">${
        count(a, s) || ''}</td>`)}</tr>`)}`;
    const listed = units.filter((u) => u.status !== 'available')
      .sort((a, b) => (a.incidentId || 0) - (b.incidentId || 0) || a.id.localeCompare(b.id));
    $('#unit-board').innerHTML = listed.length ? html`${listed.map((u) => html`<tr data-unit-id="${u.id}"
        class="${u.id === state.unit ? 'selected' : ''}${ackOverdue(u) ? ' ack-overdue' : ''}">
      <td><i class="dot" style="background:${STATUS_COLOURS[u.status]}"></i>${u.callSign}</td>
      <td class="status" data-status="${u.status}">${t('status.' + u.status)}</td>
      <td>${u.incidentId ? '#' + u.incidentId : ''}</td>
      <td class="since" title="${t('board.since')}">${inStatus(u)}</td>
      <td>${(NEXT[u.status] || []).map((s) => html`<button type="button" class="to-status" data-unit-id="${u.id}"
        data-status="${s}">${t('status.' + s)} (${s === 'en-route' ? 'E' : 'S'})</button>`)}${(SERVICE[u.status]
        || []).map((s) => html`<button type="button" class="to-status" data-unit-id="${u.id}" data-status="${s}"
        >${t(s === 'available' ? 'board.available' : 'board.outOfService')}</button>`)}</td></tr>`)}`
      : html`<tr><td class="muted">${t('units.none')}</td></tr>`;
    $('#unit-board').querySelectorAll('button.to-status').forEach((b) =>
      b.addEventListener('click', () => changeStatus(b.dataset.unitId, b.dataset.status)));
    $('#unit-board').querySelectorAll('tr[data-unit-id]').forEach((row) => row.addEventListener('click', () => {
      state.unit = row.dataset.unitId;
      $('#unit-board').querySelectorAll('tr').forEach((r) => r.classList.toggle('selected', r === row));
    }));
    const chosen = $('#board-unit').value;
    $('#board-unit').setAttribute('aria-label', t('board.pickUnit'));
    $('#board-unit').innerHTML = html`<option value="">${t('board.pickUnit')}</option>${units
      .filter((u) => u.status === 'available').sort((a, b) => a.id.localeCompare(b.id))
      .map((u) => html`<option value="${u.id}" ${u.id === chosen ? 'selected' : ''}>${u.callSign}</option>`)}`;
  }

  /** Dispatched and not en route by the core's acknowledgement time. */
  function ackOverdue(unit) {
    return unit.status === 'dispatched' && !!unit.acknowledgeDueAt && store.now() > Date.parse(unit.acknowledgeDueAt);
  }

  function inStatus(unit) {
    return unit.statusSince ? clock(since(unit.statusSince)) : '';
  }

  function renderMap() {
    if (!state.map) return;
    state.units.draw(store.units.values());
    state.incidents.draw(openIncidents(), state.selected);
    renderRoutes();
  }

  function renderLegend() {
    $('#dp-legend').innerHTML = html`${STATUSES.map((s) => html`<span><i class="dot"
      style="background:${STATUS_COLOURS[s]}"></i>${t('status.' + s)}</span>`)}${[1, 2, 3, 4].map((p) =>
      html`<span><i class="square" style="background:${PRIORITY_COLOURS[p]}"></i>P${p}</span>`)}`;
  }

  async function select(id) {
    if (state.selected !== id) state.candidate = null;
    state.selected = id;
    const incident = store.incidents.get(id);
    if (incident && state.map) state.map.panTo(onMap(incident.location));
    renderList();
    renderDetail();
    renderMap();
    await recommend();
  }

  async function recommend() {
    const id = state.selected;
    if (!id || !store.incidents.has(id)) { state.recommendation = null; renderRecommendations(); return; }
    try {
      const r = await get(`/api/v1/incidents/${id}/recommendations`);
      if (state.selected === id) { state.recommendation = r; renderRecommendations(); }
    } catch (err) {
      flash($('#dp-result'), `${t('err.generic')}: ${err.message}`, true);
    }
  }

  /** Sends the unit with what the recommendation showed for it (its rank and ETA), so an override can be told. */
  async function assign(unitId, recommendation) {
    const id = state.selected;
    if (!id) return;
    try {
      await post(`/api/v1/incidents/${id}/assignments`, { unitId, recommendation });
      state.unit = unitId;
      flash($('#dp-result'), `${unitId} → #${id}`);
    } catch (err) {
      flash($('#dp-result'), `${t('err.generic')}: ${err.message}`, true);
    }
  }

  async function changeStatus(unitId, status) {
    try {
      await post(`/api/v1/units/${unitId}/status`, { status });
      state.unit = unitId;
    } catch (err) {
      flash($('#dp-result'), `${t('err.generic')}: ${err.message}`, true);
    }
  }

  function move(step) {
    const incidents = openIncidents();
    if (!incidents.length) return;
    const at = incidents.findIndex((i) => i.id === state.selected);
    select(incidents[Math.max(0, Math.min(incidents.length - 1, at < 0 ? 0 : at + step))].id);
  }

  $('#board-service').addEventListener('submit', (e) => {
    e.preventDefault();
    if ($('#board-unit').value) changeStatus($('#board-unit').value, 'out-of-service');
  });

  /** O: the selected unit out of service when it may be, else back available. */
  function toggleService() {
    const unit = store.units.get(state.unit);
    if (!unit) return;
    const to = { available: 'out-of-service', returning: 'out-of-service', 'out-of-service': 'available' }[unit.status];
    if (to) changeStatus(unit.id, to);
  }

  store.onChange((what) => {
    if (what === 'units') { renderBoard(); renderMap(); return; }
    if (what === 'duplicates') return;
    if (state.selected && !store.incidents.has(state.selected)) state.selected = null;
    if (!state.selected && store.incidents.size) state.selected = openIncidents()[0].id;
    renderList();
    renderDetail();
    renderBoard();
    renderMap();
    if (what === 'all' || what === 'incidents') recommend();
  });

  return {
    id: 'dispatcher',
    root,
    keys,
    shown() {
      if (!state.map) {
        state.map = createMap($('#dp-map'), { areas: true });
        state.units = new UnitLayer(state.map);
        state.incidents = new IncidentLayer(state.map, (id) => select(id));
        state.routes = new RouteLayer(state.map);
        state.alerts = new AlertLayer(state.map);
        state.map.on('click', (e) => actions.mapClicked(e.latlng));
      }
      state.map.invalidateSize();
      renderLegend();
      renderList();
      renderDetail();
      renderBoard();
      renderMap();
      recommend();
      $('#incident-list').focus();
    },
    tick() {
      root.querySelectorAll('#incident-list .incident').forEach((row) => {
        const incident = store.incidents.get(Number(row.dataset.incidentId));
        if (!incident) return;
        row.querySelector('.timer').textContent = clock(since(incident.openedAt));
        row.classList.toggle('overdue', overdue(incident));
      });
      root.querySelectorAll('#unit-board tr[data-unit-id]').forEach((row) => {
        const unit = store.units.get(row.dataset.unitId);
        if (!unit) return;
        row.querySelector('.since').textContent = inStatus(unit);
        row.classList.toggle('ack-overdue', ackOverdue(unit));
      });
    },
    key(e) {
      if (e.altKey || e.ctrlKey || e.metaKey) return false;
      if (e.target.matches('input, textarea, select')) return false;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { move(e.key === 'ArrowDown' ? 1 : -1); return true; }
      if (e.code === 'KeyA') {
        const top = $('#recommendations button.assign');
        if (top) top.click();
        return true;
      }
      const shift = { KeyN: () => actions.focusNote(), KeyI: () => actions.focusEdit(),
        KeyC: () => actions.focusClose(), KeyR: () => actions.release(state.unit),
        KeyD: () => actions.divertHere(state.unit), KeyO: () => toggleService() }[e.code];
      if (shift) { shift(); return true; }
      if (e.code === 'KeyE' || e.code === 'KeyS') {
        const status = e.code === 'KeyE' ? 'en-route' : 'on-scene';
        const unit = store.units.get(state.unit);
        if (unit && (NEXT[unit.status] || []).includes(status)) changeStatus(unit.id, status);
        return true;
      }
      return false;
    },
    relabel() { renderLegend(); renderList(); renderDetail(); renderRecommendations(); renderBoard(); },
  };
}
