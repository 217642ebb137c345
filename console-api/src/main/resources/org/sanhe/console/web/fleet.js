// The supervisor's fleet view: the stations and the units, each with a search; the map, where a click places the
// station in the form and the stations and units are drawn; the station and unit forms; the users panel. Units come
// from the store (kept live by the stream); stations are read again whenever a station event arrives.

import { get } from './api.js';
import { t } from './i18n.js';
import { AGENCY_COLOURS, STATUS_COLOURS, UnitLayer, createMap, districtLabel, fromMap, onMap } from './map.js';
import { store } from './store.js';
import { el, html, report } from './ui.js';
import { agencyName } from './fleet-forms.js';
import { stationForm } from './fleet-station-form.js';
import { unitForm } from './fleet-unit-form.js';
import { usersPanel } from './fleet-users.js';

export const keys = [
  ['Alt+S', 'fl.keys.stations'], ['/', 'fl.keys.units'], ['↑ / ↓', 'fl.keys.select'],
  ['Alt+T', 'fl.keys.newStation'], ['Alt+N', 'fl.keys.newUnit'], ['Alt+O', 'fl.keys.service'],
  ['Alt+P', 'fl.keys.password'], ['Enter, Ctrl+Enter', 'fl.keys.save'], ['Esc', 'fl.keys.back'],
];

const STATION_EVENTS = new Set(['StationRegistered', 'StationChanged', 'StationClosed']);

/** Whether every word of the query is in one of the texts (case-insensitive). */
function matches(query, texts) {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = texts.filter(Boolean).join(' ').toLowerCase();
  return words.every((w) => haystack.includes(w));
}

export function fleetView() {
  const root = el('section', { id: 'view-fleet', class: 'view view-fleet' });
  root.innerHTML = `
    <aside class="panel fleet-stations">
      <h2><span data-t="fleet.stations"></span> <span id="station-count" class="count"></span></h2>
      <label class="search"><input id="station-search" type="search" data-t-placeholder="fleet.searchStations">
        <kbd>Alt+S</kbd></label>
      <ol id="station-list" class="fleet-list" tabindex="0"></ol>
    </aside>
    <section class="panel map-panel"><div id="fl-map" class="map"></div></section>
    <section id="fleet-forms" class="panel fleet-forms"><datalist id="fl-agencies"></datalist></section>
    <aside class="panel fleet-units">
      <h2><span data-t="fleet.units"></span> <span id="unit-count" class="count"></span></h2>
      <label class="search"><input id="unit-search" type="search" data-t-placeholder="fleet.searchUnits">
        <kbd>/</kbd></label>
      <ol id="unit-list" class="fleet-list" tabindex="0"></ol>
    </aside>`;
  const $ = (sel) => root.querySelector(sel);
  const state = { stations: new Map(), map: null, units: null, stationLayer: null, reading: false, again: false };

  const stations = stationForm({
    map: () => state.map,
    saved(station) {
      state.stations.set(station.id, station);
      renderStations();
      shownSelected($('#station-list'));
      units.stationsChanged();
    },
    closed(id) { state.stations.delete(id); renderStations(); units.stationsChanged(); },
  });
  const units = unitForm({
    stations: () => state.stations,
    capabilities,
    saved(unit) { store.units.set(unit.id, unit); renderUnits(); shownSelected($('#unit-list')); },
    retired(id) { store.units.delete(id); renderUnits(); },
  });
  const users = usersPanel();
  $('#fleet-forms').append(stations.root, units.root);
  root.append(users.root);

  function agencies() {
    const all = [...store.types.flatMap((type) => type.plan.map((need) => need.agency)),
      ...[...state.stations.values()].map((s) => s.agency), ...[...store.units.values()].map((u) => u.agency)];
    return [...new Set(all)].sort();
  }

  function capabilities() {
    const all = [...store.types.flatMap((type) => type.plan.flatMap((need) => need.capabilities)),
      ...[...store.units.values()].flatMap((u) => u.capabilities)];
    return [...new Set(all)].sort();
  }

  function unitsAt(stationId) {
    return [...store.units.values()].filter((u) => u.station === stationId).length;
  }

  function renderAgencies() {
    $('#fl-agencies').replaceChildren(...agencies().map((a) => el('option', { value: a, label: agencyName(a) })));
  }

  function renderStations() {
    const selected = stations.selected();
    const shown = [...state.stations.values()].sort((a, b) => a.id.localeCompare(b.id))
      .filter((s) => matches($('#station-search').value, [s.id, s.name, s.agency, agencyName(s.agency), s.district,
        districtLabel(s.district)]));
    $('#station-count').textContent = String(state.stations.size);
    $('#station-list').replaceChildren(...(shown.length ? shown.map((s) => {
      const row = el('li', { class: `station${selected && selected.id === s.id ? ' selected' : ''}`,
        'data-station-id': s.id });
      row.innerHTML = html`<i class="dot" style="background:${AGENCY_COLOURS[s.agency] || '#555'}"></i>
        <span class="st-id">${s.id}</span> <span class="st-name">${s.name}</span>
        <span class="muted">${agencyName(s.agency)} · ${districtLabel(s.district)} · ${t('fleet.unitCount')} ${
          unitsAt(s.id)}</span>`;
      return row;
    }) : [el('li', { class: 'empty', text: t('fleet.noMatch') })]));
    renderAgencies();
    drawStations();
  }

  function renderUnits() {
    if (!root.classList.contains('active')) return;
    const selected = units.selected();
    const shown = [...store.units.values()].sort((a, b) => a.id.localeCompare(b.id))
      .filter((u) => matches($('#unit-search').value, [u.id, u.callSign, u.agency, agencyName(u.agency), u.station,
        state.stations.get(u.station)?.name, ...u.capabilities, u.status, t(`status.${u.status}`)]));
    $('#unit-count').textContent = String(store.units.size);
    $('#unit-list').replaceChildren(...(shown.length ? shown.map((u) => {
      const row = el('li', { class: `unit${selected && selected.id === u.id ? ' selected' : ''}`,
        'data-unit-id': u.id, 'data-status': u.status });
      row.innerHTML = html`<i class="dot" style="background:${STATUS_COLOURS[u.status] || '#555'}"></i>
        <span class="u-id">${u.id}</span> <span class="callsign">${u.callSign}</span>
        <span class="status" data-status="${u.status}">${t(`status.${u.status}`)}</span>
        <span class="muted">${agencyName(u.agency)} · ${u.station || '—'} · ${u.capabilities.join(', ')}</span>`;
      return row;
    }) : [el('li', { class: 'empty', text: t('fleet.noMatch') })]));
    units.refresh();
    if (state.units) state.units.draw(store.units.values());
  }

  function drawStations() {
    if (!state.stationLayer) return;
    const selected = stations.selected();
    state.stationLayer.clearLayers();
    for (const s of state.stations.values()) {
      const chosen = selected && selected.id === s.id;
      const marker = L.circleMarker(onMap(s.position), { radius: chosen ? 11 : 8, weight: chosen ? 3 : 1.5,
        fill: chosen, fillOpacity: 0.25, color: AGENCY_COLOURS[s.agency] || '#555' }).addTo(state.stationLayer);
      marker.bindTooltip(`${s.id} · ${s.name}`);
      marker.on('click', (e) => { L.DomEvent.stopPropagation(e); selectStation(s.id); });
    }
    stations.redraw();
  }

  /** Reads the stations, again when a station event arrives meanwhile (one read in flight). */
  async function loadStations() {
    if (state.reading) { state.again = true; return; }
    state.reading = true;
    try {
      do {
        state.again = false;
        state.stations = new Map((await get('/api/v1/stations')).map((s) => [s.id, s]));
      } while (state.again);
    } finally {
      state.reading = false;
    }
    const selected = stations.selected();
    if (selected && !state.stations.has(selected.id)) stations.edit(null);
    renderStations();
    units.stationsChanged();
  }

  function selectStation(id) {
    const station = state.stations.get(id);
    if (!station) return;
    stations.edit(station);
    if (state.map) state.map.panTo(onMap(station.position));
    renderStations();
    shownSelected($('#station-list'));
  }

  function selectUnit(id) {
    const unit = store.units.get(id);
    if (!unit) return;
    units.edit(unit);
    if (state.map && unit.position) state.map.panTo(onMap(unit.position));
    renderUnits();
    shownSelected($('#unit-list'));
  }

  function shownSelected(list) {
    const row = list.querySelector('li.selected');
    if (row) row.scrollIntoView({ block: 'nearest' });
  }

  /** ↑ ↓ in a list (or from its search box) move the selection through the rows shown. */
  function move(list, step) {
    const rows = [...list.querySelectorAll('li[data-station-id], li[data-unit-id]')];
    if (!rows.length) return;
    const at = rows.findIndex((r) => r.classList.contains('selected'));
    const row = rows[Math.max(0, Math.min(rows.length - 1, at < 0 ? 0 : at + step))];
    if (row.dataset.stationId) selectStation(row.dataset.stationId);
    else selectUnit(row.dataset.unitId);
  }

  function wireList(list, search, pick) {
    list.addEventListener('click', (e) => {
      const row = e.target.closest('li[data-station-id], li[data-unit-id]');
      if (row) pick(row.dataset.stationId || row.dataset.unitId);
    });
    const arrows = (e) => {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
      if (e.currentTarget === search) list.focus();
      move(list, e.key === 'ArrowDown' ? 1 : -1);
      e.preventDefault();
    };
    list.addEventListener('keydown', arrows);
    search.addEventListener('keydown', arrows);
  }

  wireList($('#station-list'), $('#station-search'), selectStation);
  wireList($('#unit-list'), $('#unit-search'), selectUnit);
  $('#station-search').addEventListener('input', renderStations);
  $('#unit-search').addEventListener('input', renderUnits);

  store.onChange((what) => {
    if (what === 'units' || what === 'all') renderUnits();
  });
  store.onEvent((message) => {
    const types = message.events.map((e) => e['@type']);
    if (types.some((type) => STATION_EVENTS.has(type))) report(loadStations());
    message.events.filter((e) => e['@type'] === 'UnitRetired').forEach((e) => {
      const unit = units.selected();
      if (unit && unit.id === e.unitId) units.edit(null);
    });
  });

  function newStation() {
    stations.edit(null);
    renderStations();
    stations.focus();
  }

  function newUnit() {
    units.edit(null, stations.selected());
    renderUnits();
    units.focus();
  }

  return {
    id: 'fleet',
    root,
    keys,
    shown() {
      if (!state.map) {
        state.map = createMap($('#fl-map'), { stations: false, zoom: 11 });
        state.stationLayer = L.layerGroup().addTo(state.map);
        state.units = new UnitLayer(state.map);
        state.map.on('click', (e) => stations.pick(fromMap(e.latlng)));
        stations.edit(null);
        units.edit(null);
      }
      state.map.invalidateSize();
      report(loadStations());
      report(users.load());
      renderUnits();
      $('#station-search').focus();
    },
    tick() {},
    key(e) {
      const alt = e.altKey && !e.ctrlKey;
      if (alt && e.code === 'KeyS') { $('#station-search').focus(); return true; }
      if (alt && e.code === 'KeyT') { newStation(); return true; }
      if (alt && e.code === 'KeyN') { newUnit(); return true; }
      if (alt && e.code === 'KeyO') { units.service(); return true; }
      if (alt && e.code === 'KeyP') { users.focus(); return true; }
      if (e.ctrlKey && e.key === 'Enter') {
        const form = e.target.closest && e.target.closest('form');
        if (form && root.contains(form)) form.requestSubmit();
        return !!form;
      }
      if (e.key === 'Escape') {
        const inUnits = e.target.closest && e.target.closest('#unit-form, .fleet-units');
        $(inUnits ? '#unit-list' : '#station-list').focus();
        return true;
      }
      if (!e.altKey && !e.ctrlKey && e.key === '/' && !e.target.matches('input, textarea')) {
        $('#unit-search').focus();
        return true;
      }
      return false;
    },
    relabel() { renderStations(); renderUnits(); stations.relabel(); units.relabel(); users.render(); },
  };
}
