// The fleet view's station form: a new station (id, name, agency, position picked on the map) or the selected one
// (renamed, moved by a click on the map, or closed). Positions are WGS-84 on the wire; the view turns a click on the
// map into one (fromMap) before it reaches pick().

import { del, patch, post } from './api.js';
import { t } from './i18n.js';
import { onMap } from './map.js';
import { el, flash } from './ui.js';
import { showProblem, twoStep } from './fleet-forms.js';

/**
 * @param hooks {map(): the Leaflet map or null, saved(station), closed(id)}: told after the server accepted a change
 */
export function stationForm(hooks) {
  const form = el('form', { id: 'station-form', class: 'fleet-form', autocomplete: 'off', novalidate: true });
  form.innerHTML = `
    <h2><span id="st-title"></span> <kbd>Alt+T</kbd></h2>
    <label><span data-t="fleet.id"></span><input id="st-id" maxlength="40" required></label>
    <label><span data-t="fleet.name"></span><input id="st-name" maxlength="100"></label>
    <label><span data-t="fleet.agency"></span><input id="st-agency" list="fl-agencies" required></label>
    <div class="field"><span data-t="fleet.position"></span><output id="st-position" class="location-out"></output>
      <small class="muted" data-t="fleet.positionHint"></small></div>
    <div class="buttons">
      <button id="st-save" type="submit" class="primary"><span id="st-save-label"></span> <kbd>Enter</kbd></button>
      <button id="st-close" type="button" class="danger"><span class="label" data-t="fleet.closeStation"></span
        ><span class="confirm" data-t="fleet.confirm"></span></button>
    </div>
    <p id="st-result" class="result" role="status"></p>`;
  const $ = (sel) => form.querySelector(sel);
  const state = { station: null, position: null, marker: null };

  function render() {
    const editing = !!state.station;
    $('#st-title').textContent = t(editing ? 'fleet.editStation' : 'fleet.newStation');
    $('#st-save-label').textContent = t(editing ? 'fleet.save' : 'fleet.addStation');
    $('#st-id').readOnly = editing;
    $('#st-agency').readOnly = editing;
    $('#st-close').hidden = !editing;
    form.dataset.mode = editing ? 'edit' : 'new';
    const p = state.position;
    const moved = editing && p && (p.lat !== state.station.position.lat || p.lon !== state.station.position.lon);
    $('#st-position').textContent = p ? `${p.lat.toFixed(6)}, ${p.lon.toFixed(6)}${moved ? ` (${t('fleet.moved')})`
      : ''}` : '—';
    $('#st-position').classList.toggle('set', !!p);
    drawMarker();
  }

  function drawMarker() {
    const map = hooks.map();
    if (state.marker) state.marker.remove();
    state.marker = map && state.position ? L.circleMarker(onMap(state.position), { radius: 9, color: '#fff',
      weight: 2, fillColor: '#c62828', fillOpacity: 1, interactive: false }).addTo(map) : null;
  }

  /** Fills the form with a station, or empties it for a new one (null). */
  function edit(station) {
    state.station = station;
    state.position = station ? { ...station.position } : null;
    $('#st-id').value = station ? station.id : '';
    $('#st-name').value = station ? station.name : '';
    $('#st-agency').value = station ? station.agency : '';
    $('#st-result').textContent = '';
    render();
  }

  function body() {
    const name = $('#st-name').value.trim();
    if (!state.station) {
      return { id: $('#st-id').value.trim(), name: name || undefined, agency: $('#st-agency').value.trim(),
        position: state.position || undefined };
    }
    const change = {};
    if (name && name !== state.station.name) change.name = name;
    const was = state.station.position;
    if (state.position && (state.position.lat !== was.lat || state.position.lon !== was.lon)) {
      change.position = state.position;
    }
    return change;
  }

  async function save(e) {
    if (e) e.preventDefault();
    const editing = state.station;
    const request = body();
    if (editing && Object.keys(request).length === 0) {
      flash($('#st-result'), t('fleet.err.NOTHING_TO_CHANGE'), true);
      return;
    }
    try {
      const station = editing ? await patch(`/api/v1/stations/${encodeURIComponent(editing.id)}`, request)
        : await post('/api/v1/stations', request);
      edit(station);
      flash($('#st-result'), `${t(editing ? 'fleet.stationSaved' : 'fleet.stationAdded')} ${station.id}`);
      form.dataset.saved = station.id;
      hooks.saved(station);
    } catch (err) {
      showProblem($('#st-result'), err);
    }
  }

  async function close() {
    const station = state.station;
    if (!station) return;
    try {
      await del(`/api/v1/stations/${encodeURIComponent(station.id)}`);
      edit(null);
      flash($('#st-result'), `${t('fleet.stationClosed')} ${station.id}`);
      hooks.closed(station.id);
    } catch (err) {
      showProblem($('#st-result'), err);
    }
  }

  form.addEventListener('submit', save);
  twoStep($('#st-close'), close);

  return {
    root: form,
    edit,
    selected: () => state.station,
    /** A position picked on the map (WGS-84): the new station's, or the selected one's new place. */
    pick(position) {
      state.position = position;
      render();
    },
    focus() { (state.station ? $('#st-name') : $('#st-id')).focus(); },
    relabel: render,
    redraw: drawMarker,
  };
}
