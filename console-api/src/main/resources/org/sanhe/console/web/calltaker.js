// The call-taker's view: the live queue of all three lines, the call this call-taker answered (it pops up), the
// incident form with the map (and the areas of the public warnings in force, named on the form when its location
// lies in one), and the duplicate candidates with one-click linking.

import { AlertLayer, alertNote } from './alerts.js';
import { get, post } from './api.js';
import { pick, t } from './i18n.js';
import { IncidentLayer, LINE_COLOURS, createMap, fromMap, onMap, typeName } from './map.js';
import { clock, localTime, since, store } from './store.js';
import { el, flash, html, lineBadge } from './ui.js';

export const keys = [
  ['↑ / ↓', 'ct.keys.select'], ['Enter', 'ct.keys.take'], ['Alt+L', 'ct.keys.device'], ['Alt+T', 'ct.keys.type'],
  ['Alt+P', 'ct.keys.priority'], ['Alt+A', 'ct.keys.address'], ['Alt+N', 'ct.keys.notes'],
  ['Ctrl+Enter', 'ct.keys.open'], ['Alt+K', 'ct.keys.link'], ['Esc', 'ct.keys.queue'],
];

/** Whether a queued call has waited past the configured answer target (none: never late). */
function late(waited) {
  const target = store.targets.answerMillis;
  return target !== null && target !== undefined && waited > target;
}

export function callTakerView(session) {
  const root = el('section', { id: 'view-calltaker', class: 'view view-calltaker' });
  root.innerHTML = `
    <aside class="panel queue-panel">
      <h2><span data-t="queue.title"></span> <span id="queue-count" class="count"></span></h2>
      <ol id="queue" class="queue" tabindex="0"></ol>
    </aside>
    <section class="panel form-panel">
      <div id="call-card" class="call-card"></div>
      <form id="incident-form" class="incident-form" autocomplete="off">
        <h2 data-t="form.title"></h2>
        <label><span data-t="form.type"></span> <kbd>Alt+T</kbd><select id="f-type" required></select></label>
        <label><span data-t="form.priority"></span> <kbd>Alt+P</kbd>
          <select id="f-priority"><option value="1">P1</option><option value="2">P2</option>
          <option value="3">P3</option><option value="4">P4</option></select></label>
        <div class="field"><span data-t="form.location"></span>
          <output id="f-location" class="location-out"></output>
          <small class="muted" data-t="form.locationHint"></small>
          <p id="f-alert" class="alert-note" role="status" hidden></p></div>
        <label><span data-t="form.address"></span> <kbd>Alt+A</kbd><input id="f-address" maxlength="200"></label>
        <label><span data-t="form.notes"></span> <kbd>Alt+N</kbd><textarea id="f-notes" rows="3"></textarea></label>
        <button id="f-open" type="submit" class="primary"><span data-t="form.open"></span> <kbd>Ctrl+Enter</kbd>
        </button>
        <p id="f-result" class="result" role="status"></p>
      </form>
      <div class="dup-panel">
        <h2><span data-t="dup.title"></span> <kbd>Alt+K</kbd></h2>
        <ol id="duplicates" class="duplicates"></ol>
      </div>
    </section>
    <section class="panel map-panel"><div id="ct-map" class="map"></div></section>`;

  const $ = (sel) => root.querySelector(sel);
  const state = { selected: null, location: null, priorityTouched: false, popped: new Set(), map: null };
  let callerLayer = null;
  let pickedLayer = null;

  function liveCalls() {
    return [...store.calls.values()].sort((a, b) => {
      const mineA = a.answeredBy === session.username ? 0 : 1;
      const mineB = b.answeredBy === session.username ? 0 : 1;
      return mineA - mineB || Date.parse(a.offeredAt) - Date.parse(b.offeredAt);
    });
  }

  function renderQueue() {
    const calls = liveCalls();
    $('#queue-count').textContent = String(calls.length);
    $('#queue').replaceChildren(...(calls.length ? calls.map(queueRow)
      : [el('li', { class: 'empty', text: t('queue.empty') })]));
  }

  function queueRow(call) {
    const mine = call.answeredBy === session.username;
    const waited = call.state === 'queued' ? since(call.offeredAt)
      : Date.parse(call.answeredAt) - Date.parse(call.offeredAt);
    const row = el('li', { class: `call call-${call.state}${mine ? ' mine' : ''}`
      + `${state.selected === call.id ? ' selected' : ''}`, 'data-call-id': call.id, 'data-line': call.line });
    row.style.borderLeftColor = LINE_COLOURS[call.line] || '#888';
    row.innerHTML = html`${lineBadge(call.line)}
      <span class="number">${call.callerNumber || t('call.unknownNumber')}</span>
      <span class="wait ${call.state === 'queued' && late(waited) ? 'late' : ''}"
        data-offered="${call.offeredAt}" data-state="${call.state}">${clock(waited)}</span>
      <span class="state">${call.state === 'queued' ? t('call.queued')
        : `${t('call.answeredBy')} ${call.answeredBy || call.answeredSeat || ''}`}</span>
      ${call.incidentId ? html`<span class="linked">#${call.incidentId}</span>` : ''}
      ${call.location ? html`<span class="has-location" title="${t('call.device')}">AML</span>` : ''}`;
    row.addEventListener('click', () => select(call.id));
    return row;
  }

  function select(callId) {
    if (state.selected !== callId) {
      state.selected = callId;
      state.location = null;
      state.priorityTouched = false;
      $('#f-address').value = '';
      $('#f-notes').value = '';
      $('#f-result').textContent = '';
      fillTypes(true);
    }
    renderAll();
  }

  function selectedCall() {
    return state.selected ? store.calls.get(state.selected) : null;
  }

  function renderCard() {
    const call = selectedCall();
    const card = $('#call-card');
    if (!call) {
      card.className = 'call-card none';
      card.textContent = t('call.none');
      return;
    }
    const mine = call.answeredBy === session.username;
    card.className = `call-card line-${call.line}${mine ? ' mine' : ''}`;
    const loc = call.location;
    card.innerHTML = html`<div class="card-head">${lineBadge(call.line, true)}
        <span class="big-number">${call.callerNumber || t('call.unknownNumber')}</span>
        <span class="muted">${localTime(call.offeredAt)} · ${call.state === 'queued' ? t('call.queued')
          : `${t('call.answeredBy')} ${call.answeredBy || ''}`}</span>
        ${mine ? html`<span class="tag mine-tag">${t('call.mine')}</span>` : ''}</div>
      <div class="device" id="device-location">${loc ? html`<span>${t('call.device')}:
          <b>${loc.lat.toFixed(5)}, ${loc.lon.toFixed(5)}</b> ±${loc.accuracyMeters} m (${loc.source})</span>
          <button type="button" id="use-device">${t('call.useDevice')} <kbd>Alt+L</kbd></button>`
        : html`<span class="muted">${t('call.noDevice')}</span>`}</div>
      ${call.incidentId ? html`<div class="linked-note">${t('call.linked')} <b>#${call.incidentId}</b></div>` : ''}`;
    const use = card.querySelector('#use-device');
    if (use) use.addEventListener('click', useDevice);
  }

  /** The types, those usual on the call's line first; reset: the first of them and its priority are chosen. */
  function fillTypes(reset) {
    const call = selectedCall();
    const select = $('#f-type');
    const line = call ? call.line : null;
    const first = store.types.filter((type) => line && type.lines.includes(line));
    const rest = store.types.filter((type) => !first.includes(type));
    const option = (type) => el('option', { value: type.code,
      text: `${pick(type.names, type.code)} · P${type.defaultPriority}` });
    const groups = [];
    if (first.length) {
      const g = el('optgroup', { label: `${line} · ${t('form.lineTypes')}` });
      g.append(...first.map(option));
      groups.push(g);
    }
    const g = el('optgroup', { label: t('form.otherTypes') });
    g.append(...rest.map(option));
    groups.push(g);
    const keep = select.value;
    select.replaceChildren(...groups);
    if (reset) state.priorityTouched = false;
    else if (keep && store.typeByCode.has(keep)) select.value = keep;
    typeChanged();
  }

  function typeChanged() {
    const type = store.typeByCode.get($('#f-type').value);
    if (type && !state.priorityTouched) $('#f-priority').value = String(type.defaultPriority);
  }

  function renderLocation() {
    const out = $('#f-location');
    out.textContent = state.location ? `${state.location.lat.toFixed(5)}, ${state.location.lon.toFixed(5)}` : '—';
    out.classList.toggle('set', !!state.location);
    const note = alertNote(state.location);
    $('#f-alert').textContent = note;
    $('#f-alert').hidden = !note;
    if (!state.map) return;
    if (pickedLayer) pickedLayer.remove();
    pickedLayer = state.location ? L.circleMarker(onMap(state.location),
      { radius: 9, color: '#fff', weight: 2, fillColor: '#c62828', fillOpacity: 1 }).addTo(state.map) : null;
  }

  function renderCaller() {
    if (!state.map) return;
    if (callerLayer) callerLayer.remove();
    callerLayer = null;
    const call = selectedCall();
    if (call && call.location) {
      const ll = onMap(call.location);
      callerLayer = L.layerGroup([
        L.circle(ll, { radius: Math.max(call.location.accuracyMeters, 10), color: LINE_COLOURS[call.line],
          dashArray: '4 4', weight: 2, fillOpacity: 0.08 }),
        L.circleMarker(ll, { radius: 5, color: LINE_COLOURS[call.line], fillOpacity: 0.6 }),
      ]).addTo(state.map);
      if (!state.centredOn || state.centredOn !== call.id) {
        state.map.setView(ll, 14);
        state.centredOn = call.id;
      }
    }
  }

  /** Candidates proposed before this console was watching: asked for once per call (GET /calls/{id}/duplicates). */
  const asked = new Set();
  function askForDuplicates(call) {
    if (!call || store.duplicates.has(call.id) || asked.has(call.id)) return;
    asked.add(call.id);
    get(`/api/v1/calls/${encodeURIComponent(call.id)}/duplicates`).then((candidates) => {
      if (!store.duplicates.has(call.id)) {
        store.duplicates.set(call.id, candidates);
        renderDuplicates();
      }
    }).catch(() => asked.delete(call.id));
  }

  function renderDuplicates() {
    const call = selectedCall();
    askForDuplicates(call);
    const list = call ? store.duplicates.get(call.id) || [] : [];
    const rows = list.filter((c) => store.incidents.has(c.incidentId)).map((c, i) => {
      const incident = store.incidents.get(c.incidentId);
      const row = el('li', { class: 'duplicate', 'data-incident-id': c.incidentId });
      row.innerHTML = html`<span class="dup-id">#${c.incidentId}</span>
        <span class="dup-type">${typeName(store, incident.type)} · ${incident.address || ''}</span>
        <span class="score" title="${t('dup.score')}">${c.score.toFixed(2)}</span>
        <span class="parts">${t('dup.distance')} ${c.distanceMeters >= 0 ? c.distanceMeters + ' m' : '—'}
          (${c.distancePart}) · ${t('dup.time')} ${clock(c.millisApart)} (${c.timePart}) ·
          ${t('dup.type')} ${c.typePart} · ${t('dup.caller')} ${c.callerPart}</span>`;
      const linked = call.incidentId === c.incidentId;
      const button = el('button', { type: 'button', class: 'link-dup', disabled: linked || null,
        text: linked ? `✓ #${c.incidentId}` : `${t('dup.link')}${i === 0 ? ' (Alt+K)' : ''}` });
      button.addEventListener('click', () => link(c.incidentId));
      row.append(button);
      return row;
    });
    $('#duplicates').replaceChildren(...(rows.length ? rows : [el('li', { class: 'empty', text: t('dup.none') })]));
  }

  function renderAll() {
    if (state.pins) state.pins.draw([...store.incidents.values()], selectedCall() && selectedCall().incidentId);
    renderQueue();
    renderCard();
    renderLocation();
    renderCaller();
    renderDuplicates();
    const call = selectedCall();
    const closed = !!(call && call.incidentId);
    root.querySelectorAll('#incident-form select, #incident-form input, #incident-form textarea, #f-open')
      .forEach((input) => { input.disabled = closed; });
  }

  function useDevice() {
    const call = selectedCall();
    if (!call || !call.location) return;
    state.location = { lat: call.location.lat, lon: call.location.lon };
    renderLocation();
  }

  async function openIncident(e) {
    if (e) e.preventDefault();
    const call = selectedCall();
    if (call && call.incidentId) return;
    if (!$('#f-type').value) return flash($('#f-result'), t('form.needType'), true);
    if (!state.location) return flash($('#f-result'), t('form.needLocation'), true);
    const body = { type: $('#f-type').value, priority: Number($('#f-priority').value), location: state.location };
    if ($('#f-address').value.trim()) body.address = $('#f-address').value.trim();
    if ($('#f-notes').value.trim()) body.notes = $('#f-notes').value.trim();
    if (call) body.callId = call.id;
    try {
      const incident = await post('/api/v1/incidents', body);
      flash($('#f-result'), `${t('form.opened')} #${incident.id}`);
      $('#f-result').dataset.incidentId = incident.id;
      if (call) call.incidentId = incident.id;
      renderAll();
      $('#queue').focus();
    } catch (err) {
      flash($('#f-result'), `${t('err.generic')}: ${err.message}`, true);
    }
  }

  async function link(incidentId) {
    const call = selectedCall();
    if (!call) return;
    try {
      await post(`/api/v1/incidents/${incidentId}/calls`, { callId: call.id });
      call.incidentId = incidentId;
      flash($('#f-result'), `${t('call.linked')} #${incidentId}`);
      renderAll();
    } catch (err) {
      flash($('#f-result'), `${t('err.generic')}: ${err.message}`, true);
    }
  }

  function move(step) {
    const calls = liveCalls();
    if (!calls.length) return;
    const at = calls.findIndex((c) => c.id === state.selected);
    const next = calls[Math.max(0, Math.min(calls.length - 1, at + step))];
    select(next.id);
  }

  /** The call this call-taker just answered pops up: selected, centred, and the form ready for the keyboard. */
  function popUp() {
    for (const call of store.calls.values()) {
      if (call.answeredBy === session.username && call.state === 'answered' && !state.popped.has(call.id)) {
        state.popped.add(call.id);
        if (!selectedCall() || selectedCall().incidentId || selectedCall().state !== 'answered') {
          select(call.id);
          root.classList.add('popped');
          setTimeout(() => root.classList.remove('popped'), 1200);
          if (root.classList.contains('active')) $('#f-type').focus();
        }
      }
    }
  }

  $('#incident-form').addEventListener('submit', openIncident);
  $('#f-type').addEventListener('change', typeChanged);
  $('#f-priority').addEventListener('change', () => { state.priorityTouched = true; });
  $('#queue').addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'j') { move(1); e.preventDefault(); }
    if (e.key === 'ArrowUp' || e.key === 'k') { move(-1); e.preventDefault(); }
    if (e.key === 'Enter' && state.selected) { $('#f-type').focus(); e.preventDefault(); }
  });

  store.onChange((what) => {
    if (what === 'all' || what === 'calls') popUp();
    if (what !== 'units') renderAll();
  });

  return {
    id: 'calltaker',
    root,
    keys,
    shown() {
      if (!state.map) {
        state.map = createMap($('#ct-map'));
        state.pins = new IncidentLayer(state.map);
        state.alerts = new AlertLayer(state.map);
        state.map.on('click', (e) => {
          if (selectedCall() && selectedCall().incidentId) return;
          state.location = fromMap(e.latlng);
          renderLocation();
        });
        renderAll();
      }
      state.map.invalidateSize();
      if (!$('#f-type').value) fillTypes(true);
      renderAll();
    },
    tick() {
      root.querySelectorAll('#queue .wait[data-state="queued"]').forEach((span) => {
        const waited = since(span.dataset.offered);
        span.textContent = clock(waited);
        span.classList.toggle('late', late(waited));
      });
    },
    key(e) {
      const alt = e.altKey && !e.ctrlKey;
      if (alt && e.code === 'KeyL') { useDevice(); return true; }
      if (alt && e.code === 'KeyT') { $('#f-type').focus(); return true; }
      if (alt && e.code === 'KeyP') { $('#f-priority').focus(); return true; }
      if (alt && e.code === 'KeyA') { $('#f-address').focus(); return true; }
      if (alt && e.code === 'KeyN') { $('#f-notes').focus(); return true; }
      if (alt && e.code === 'KeyK') {
        const first = $('#duplicates .link-dup:not([disabled])');
        if (first) first.click();
        return true;
      }
      if (e.ctrlKey && e.key === 'Enter') { openIncident(); return true; }
      if (e.key === 'Escape') { $('#queue').focus(); return true; }
      return false;
    },
    relabel() { fillTypes(); renderAll(); },
  };
}
