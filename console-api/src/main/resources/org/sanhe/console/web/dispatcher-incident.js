// The dispatcher's work on the selected incident, beside its coverage: its units (release with a reason, divert to
// another open incident), its log with an input, the change form (type, priority, address, a location picked on the
// map), closing with a disposition, and its history (who did what, and for each assignment "recommended #k" or
// "override"): read from the journal when the incident is selected (GET /incidents/{id}/timeline), then kept up from
// the stream. Every action is one API request; the store refreshes from the stream.

import { del, get, patch, post } from './api.js';
import { t } from './i18n.js';
import { fromMap, typeName } from './map.js';
import './shift-text.js';
import { localTime, store } from './store.js';
import { html } from './ui.js';

const DISPOSITIONS = ['resolved', 'false-alarm', 'duplicate', 'referred', 'cancelled'];
const HISTORY = ['UnitAssigned', 'UnitReleased', 'NoteAdded', 'IncidentUpdated', 'CallLinked', 'CallUnlinked',
  'AcknowledgementOverdue'];

/** What one stream event says about an incident, in the reader's language. */
function describe(event) {
  const type = event['@type'];
  if (type === 'UnitAssigned') {
    const how = event.proposal ? t('hist.recommended').replace('{k}', event.proposal.rank) : t('hist.override');
    return `${event.unitId} · ${how}${event.divertedFrom ? ` · ← #${event.divertedFrom}` : ''}`;
  }
  if (type === 'UnitReleased') return `${event.unitId}${event.reason ? ' · ' + event.reason : ''}`;
  if (type === 'NoteAdded') return event.note.text;
  if (type === 'IncidentUpdated') return `P${event.priority} ${event.type} ${event.address || ''}`;
  return event.callId || event.unitId || '';
}

/**
 * @param box    the element it draws into
 * @param report shows the outcome of a request (message, isError)
 */
export function incidentActions(box, report) {
  const history = new Map();
  const state = { incident: null, picking: false, location: null };

  function add(lines, entry, incidentId) {
    for (const event of entry.events) {
      if (HISTORY.includes(event['@type']) && event.incidentId === incidentId) {
        lines.push({ sequence: entry.sequence, time: entry.time, actor: entry.actor, event });
      }
    }
  }

  store.onEvent((message) => {
    for (const event of message.events) {
      if (!HISTORY.includes(event['@type']) || !event.incidentId) continue;
      if (!history.has(event.incidentId)) history.set(event.incidentId, []);
      history.get(event.incidentId).push({ sequence: message.sequence, time: message.time, actor: message.actor,
        event });
    }
  });

  /** The incident's history from the journal, joined with what the stream brought meanwhile (by sequence). */
  async function loadHistory(incidentId) {
    try {
      const entries = await get(`/api/v1/incidents/${incidentId}/timeline`);
      const lines = [];
      entries.forEach((entry) => add(lines, entry, incidentId));
      const last = lines.length ? lines[lines.length - 1].sequence : 0;
      (history.get(incidentId) || []).filter((h) => h.sequence > last).forEach((h) => lines.push(h));
      history.set(incidentId, lines);
      if (state.incident === incidentId) redraw();
    } catch (err) {
      report(`${t('err.generic')}: ${err.message}`, true);
    }
  }

  function redraw() {
    const list = box.querySelector('#act-history');
    const incident = store.incidents.get(state.incident);
    if (list && incident) list.outerHTML = historyHtml(incident);
  }

  async function act(promise, done) {
    try {
      await promise;
      if (done) report(done);
    } catch (err) {
      report(`${t('err.generic')}: ${err.message}`, true);
    }
  }

  function unitsHtml(incident) {
    const others = [...store.incidents.values()].filter((i) => i.id !== incident.id);
    if (!incident.unitIds.length) return html`<p class="muted">${t('act.noUnits')}</p>`;
    return html`<ul class="act-units">${incident.unitIds.map((id) => {
      const unit = store.units.get(id);
      return html`<li data-unit-id="${id}"><b>${unit ? unit.callSign : id}</b>
        <span class="muted">${unit ? t('status.' + unit.status) : ''}</span>
        <input class="release-reason" data-unit-id="${id}" placeholder="${t('act.reason')}" maxlength="200">
        <button type="button" class="release" data-unit-id="${id}">${t('act.release')} (R)</button>
        <select class="divert-to" data-unit-id="${id}" aria-label="${t('act.divertTo')}">
          <option value="">${t('act.divertTo')}…</option>${others.map((o) => html`<option value="${o.id}"
          >#${o.id} P${o.priority} ${typeName(store, o.type)}</option>`)}</select>
        <button type="button" class="divert" data-unit-id="${id}">${t('act.divert')}</button></li>`;
    })}</ul>`;
  }

  function notesHtml(incident) {
    return html`<ol class="act-notes" id="act-notes">${incident.notes.length ? incident.notes.map((n) => html`<li>
      <span class="muted">${localTime(n.at)} ${n.author.replace(/^user:/, '')}</span> ${n.text}</li>`)
      : html`<li class="muted">${t('act.noNotes')}</li>`}</ol>
      <form id="act-note-form" class="act-row"><input id="act-note" maxlength="4000"
        placeholder="${t('act.note')} (N)"><button type="submit">${t('act.noteAdd')}</button></form>`;
  }

  function editHtml(incident) {
    return html`<form id="act-edit" class="act-row">
      <select id="act-type" aria-label="${t('act.type')}">${store.types.map((ty) => html`<option value="${ty.code}"
        ${ty.code === incident.type ? 'selected' : ''}>${typeName(store, ty.code)}</option>`)}</select>
      <select id="act-priority" aria-label="${t('act.priority')}">${[1, 2, 3, 4].map((p) => html`<option
        value="${p}" ${p === incident.priority ? 'selected' : ''}>P${p}</option>`)}</select>
      <input id="act-address" value="${incident.address || ''}" placeholder="${t('act.address')}" maxlength="300">
      <button type="button" id="act-pick">${state.location ? t('act.locationPicked') : t('act.pickLocation')}</button>
      <button type="submit">${t('act.save')}</button></form>`;
  }

  function closeHtml() {
    return html`<form id="act-close" class="act-row"><select id="act-disposition"
      aria-label="${t('act.disposition')}">${DISPOSITIONS.map((d) => html`<option value="${d}">${t('disp.' + d)}
      </option>`)}</select><input id="act-close-note" placeholder="${t('act.note')}" maxlength="4000">
      <button type="submit" class="danger">${t('act.close')} (C)</button></form>`;
  }

  function historyHtml(incident) {
    const lines = history.get(incident.id) || [];
    return html`<ol class="act-history" id="act-history">${lines.slice(-12).map((h) => html`<li
      data-type="${h.event['@type']}"><span class="muted">${localTime(h.time)} ${h.actor.replace(/^user:/, '')}
      </span> ${t('hist.' + h.event['@type'])}: ${describe(h.event)}</li>`)}</ol>`;
  }

  function bind(incident) {
    const $ = (sel) => box.querySelector(sel);
    const id = incident.id;
    box.querySelectorAll('button.release').forEach((b) => b.addEventListener('click', () => release(b.dataset.unitId)));
    box.querySelectorAll('button.divert').forEach((b) => b.addEventListener('click', () => {
      const target = Number(box.querySelector(`select.divert-to[data-unit-id="${b.dataset.unitId}"]`).value);
      if (target) divert(b.dataset.unitId, target);
    }));
    $('#act-note-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const text = $('#act-note').value.trim();
      if (text) act(post(`/api/v1/incidents/${id}/notes`, { text }).then(() => { $('#act-note').value = ''; }));
    });
    $('#act-pick').addEventListener('click', () => { state.picking = true; });
    $('#act-edit').addEventListener('submit', (e) => {
      e.preventDefault();
      const body = { type: $('#act-type').value, priority: Number($('#act-priority').value) };
      const address = $('#act-address').value.trim();
      if (address) body.address = address;
      if (state.location) body.location = state.location;
      act(patch(`/api/v1/incidents/${id}`, body).then(() => { state.location = null; }), `#${id} ✓`);
    });
    $('#act-close').addEventListener('submit', (e) => {
      e.preventDefault();
      const body = { disposition: $('#act-disposition').value };
      const note = $('#act-close-note').value.trim();
      if (note) body.note = note;
      act(post(`/api/v1/incidents/${id}/close`, body), `#${id} ${t('act.close')} ✓`);
    });
  }

  function release(unitId) {
    const id = state.incident;
    const input = box.querySelector(`input.release-reason[data-unit-id="${unitId}"]`);
    const reason = input ? input.value.trim() : '';
    act(post(`/api/v1/incidents/${id}/assignments/${unitId}/release`, reason ? { reason } : {}),
      `${unitId} ${t('act.release')} ✓`);
  }

  function divert(unitId, target) {
    act(post(`/api/v1/incidents/${target}/assignments`, { unitId, divert: true }), `${unitId} → #${target}`);
  }

  return {
    render(incidentId) {
      const incident = store.incidents.get(incidentId);
      if (incidentId !== state.incident) {
        state.location = null;
        if (incident) loadHistory(incidentId);
      }
      state.incident = incident ? incident.id : null;
      if (!incident) { box.replaceChildren(); return; }
      const focused = document.activeElement && box.contains(document.activeElement) ? document.activeElement.id
        : null;
      const draft = box.querySelector('#act-note') ? box.querySelector('#act-note').value : '';
      box.innerHTML = html`<h3>${t('act.units')}</h3>${unitsHtml(incident)}
        <h3>${t('act.notes')}</h3>${notesHtml(incident)}
        <h3>${t('act.edit')}</h3>${editHtml(incident)}${closeHtml()}
        <h3>${t('act.history')}</h3>${historyHtml(incident)}`;
      box.querySelector('#act-note').value = draft;
      bind(incident);
      if (focused && box.querySelector('#' + focused)) box.querySelector('#' + focused).focus();
    },
    /** A map click: taken as the incident's new location while picking. */
    mapClicked(latlng) {
      if (!state.picking) return false;
      state.picking = false;
      state.location = fromMap(latlng);
      this.render(state.incident);
      return true;
    },
    focusNote() { box.querySelector('#act-note')?.focus(); },
    focusEdit() { box.querySelector('#act-type')?.focus(); },
    focusClose() { box.querySelector('#act-disposition')?.focus(); },
    release(unitId) { if (store.incidents.get(state.incident)?.unitIds.includes(unitId)) release(unitId); },
    divertHere(unitId) { if (state.incident) divert(unitId, state.incident); },
  };
}
