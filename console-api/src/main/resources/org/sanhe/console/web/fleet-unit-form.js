// The fleet view's unit form: a new unit (id, call sign, agency, capabilities, home station; it starts at its
// station) or the selected one (changed, put out of service or back available, retired). Only the fields that
// differ from the unit are sent; the capabilities already in use are offered as buttons that add or remove one.

import { del, patch, post } from './api.js';
import { t } from './i18n.js';
import { store } from './store.js';
import { el, flash, html } from './ui.js';
import { capabilityList, showProblem, twoStep } from './fleet-forms.js';

/**
 * @param hooks {stations(): the open stations by id, capabilities(): those in use, saved(unit), retired(id)}
 */
export function unitForm(hooks) {
  const form = el('form', { id: 'unit-form', class: 'fleet-form', autocomplete: 'off', novalidate: true });
  form.innerHTML = `
    <h2><span id="u-title"></span> <kbd>Alt+N</kbd></h2>
    <label><span data-t="fleet.id"></span><input id="u-id" maxlength="40" required></label>
    <label><span data-t="fleet.callSign"></span><input id="u-callsign" maxlength="60"></label>
    <label><span data-t="fleet.agency"></span><input id="u-agency" list="fl-agencies" required></label>
    <label><span data-t="fleet.capabilities"></span><input id="u-caps" data-t-placeholder="fleet.capsHint"></label>
    <div id="u-cap-chips" class="chips"></div>
    <label><span data-t="fleet.station"></span><select id="u-station"></select></label>
    <div class="field"><span data-t="fleet.status"></span><output id="u-status"></output></div>
    <div class="buttons">
      <button id="u-save" type="submit" class="primary"><span id="u-save-label"></span> <kbd>Enter</kbd></button>
      <button id="u-service" type="button" title="Alt+O"></button>
      <button id="u-retire" type="button" class="danger"><span class="label" data-t="fleet.retire"></span
        ><span class="confirm" data-t="fleet.confirm"></span></button>
    </div>
    <p id="u-result" class="result" role="status"></p>`;
  const $ = (sel) => form.querySelector(sel);
  const state = { unit: null };

  function current() {
    return state.unit ? store.units.get(state.unit.id) || state.unit : null;
  }

  function fillStations(chosen) {
    const stations = [...hooks.stations().values()].sort((a, b) => a.id.localeCompare(b.id));
    const none = el('option', { value: '', text: t('fleet.noStation') });
    const options = stations.map((s) => el('option', { value: s.id, text: `${s.id} · ${s.name}` }));
    if (chosen && !hooks.stations().has(chosen)) options.push(el('option', { value: chosen, text: chosen }));
    $('#u-station').replaceChildren(none, ...options);
    $('#u-station').value = chosen || '';
  }

  function renderChips() {
    const chosen = capabilityList($('#u-caps').value);
    $('#u-cap-chips').innerHTML = html`${hooks.capabilities().map((c) => html`<button type="button"
      class="chip${chosen.includes(c) ? ' on' : ''}" data-capability="${c}"
      aria-pressed="${chosen.includes(c)}">${c}</button>`)}`;
  }

  function toggleCapability(capability) {
    const chosen = capabilityList($('#u-caps').value);
    const next = chosen.includes(capability) ? chosen.filter((c) => c !== capability) : [...chosen, capability];
    $('#u-caps').value = next.join(', ');
    renderChips();
  }

  function render() {
    const unit = current();
    $('#u-title').textContent = t(unit ? 'fleet.editUnit' : 'fleet.newUnit');
    $('#u-save-label').textContent = t(unit ? 'fleet.save' : 'fleet.addUnit');
    $('#u-id').readOnly = !!unit;
    form.dataset.mode = unit ? 'edit' : 'new';
    $('#u-status').textContent = unit ? t(`status.${unit.status}`) : '—';
    $('#u-status').dataset.status = unit ? unit.status : '';
    const service = $('#u-service');
    service.hidden = !unit || (unit.status !== 'available' && unit.status !== 'out-of-service');
    service.dataset.to = unit && unit.status === 'out-of-service' ? 'available' : 'out-of-service';
    service.textContent = t(service.dataset.to === 'available' ? 'fleet.backAvailable' : 'fleet.outOfService');
    $('#u-retire').hidden = !unit;
  }

  /** Fills the form with a unit, or empties it for a new one (null), at the given station when there is one. */
  function edit(unit, station) {
    state.unit = unit;
    $('#u-id').value = unit ? unit.id : '';
    $('#u-callsign').value = unit ? unit.callSign : '';
    $('#u-agency').value = unit ? unit.agency : (station ? station.agency : '');
    $('#u-caps').value = unit ? unit.capabilities.join(', ') : '';
    fillStations(unit ? unit.station : station && station.id);
    $('#u-result').textContent = '';
    render();
    renderChips();
  }

  function body() {
    const entered = { callSign: $('#u-callsign').value.trim(), agency: $('#u-agency').value.trim(),
      capabilities: capabilityList($('#u-caps').value), station: $('#u-station').value };
    const unit = current();
    if (!unit) {
      return { id: $('#u-id').value.trim(), callSign: entered.callSign || undefined, agency: entered.agency,
        capabilities: entered.capabilities, station: entered.station || undefined };
    }
    const change = {};
    if (entered.callSign && entered.callSign !== unit.callSign) change.callSign = entered.callSign;
    if (entered.agency && entered.agency !== unit.agency) change.agency = entered.agency;
    if (entered.capabilities.join() !== unit.capabilities.join()) change.capabilities = entered.capabilities;
    if (entered.station && entered.station !== (unit.station || '')) change.station = entered.station;
    return change;
  }

  async function save(e) {
    if (e) e.preventDefault();
    const editing = current();
    const request = body();
    if (editing && Object.keys(request).length === 0) {
      flash($('#u-result'), t('fleet.err.NOTHING_TO_CHANGE'), true);
      return;
    }
    try {
      const unit = editing ? await patch(`/api/v1/units/${encodeURIComponent(editing.id)}`, request)
        : await post('/api/v1/units', request);
      edit(unit);
      flash($('#u-result'), `${t(editing ? 'fleet.unitSaved' : 'fleet.unitAdded')} ${unit.id}`);
      form.dataset.saved = unit.id;
      hooks.saved(unit);
    } catch (err) {
      showProblem($('#u-result'), err);
    }
  }

  async function changeService() {
    const unit = current();
    if (!unit) return;
    const to = $('#u-service').dataset.to;
    try {
      const after = await post(`/api/v1/units/${encodeURIComponent(unit.id)}/status`, { status: to });
      state.unit = after;
      hooks.saved(after);
      render();
      flash($('#u-result'), `${unit.id}: ${t(`status.${after.status}`)}`);
    } catch (err) {
      showProblem($('#u-result'), err);
    }
  }

  async function retire() {
    const unit = current();
    if (!unit) return;
    try {
      await del(`/api/v1/units/${encodeURIComponent(unit.id)}`);
      edit(null);
      flash($('#u-result'), `${t('fleet.unitRetired')} ${unit.id}`);
      hooks.retired(unit.id);
    } catch (err) {
      showProblem($('#u-result'), err);
    }
  }

  form.addEventListener('submit', save);
  $('#u-caps').addEventListener('input', renderChips);
  $('#u-cap-chips').addEventListener('click', (e) => {
    const chip = e.target.closest('button.chip');
    if (chip) toggleCapability(chip.dataset.capability);
  });
  $('#u-service').addEventListener('click', changeService);
  twoStep($('#u-retire'), retire);

  return {
    root: form,
    edit,
    selected: current,
    /** The unit changed (the stream): its status and what may be done with it follow; typed text stays. */
    refresh: render,
    /** The stations changed: the choice of home station follows. */
    stationsChanged() { fillStations($('#u-station').value || (current() && current().station)); },
    service() { if (!$('#u-service').hidden) changeService(); },
    focus() { (current() ? $('#u-callsign') : $('#u-id')).focus(); },
    relabel() { fillStations($('#u-station').value); render(); renderChips(); },
  };
}
