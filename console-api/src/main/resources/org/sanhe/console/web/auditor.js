// The auditor's view: incident search, an incident's timeline (who did what, when), a time slider that redraws
// the whole centre as it stood at that moment (replayed from the journal by the server), the journal's
// verification, and the KPI charts against NENA's and NFPA's targets.

import { get } from './api.js';
import { exportCsv, kpiTables, withinText } from './auditor-kpis.js';
import { t } from './i18n.js';
import './shift-text.js';
import { IncidentLayer, LINE_COLOURS, UnitLayer, createMap, districtLabel, typeName } from './map.js';
import { playControl } from './recording.js';
import { localTime, store } from './store.js';
import { el, html, lineBadge, report } from './ui.js';

export const keys = [['/', 'au.keys.search'], ['← / →', 'au.keys.step'], ['Alt+V', 'au.keys.live'],
  ['Alt+R', 'au.keys.refresh']];

export function auditorView() {
  const root = el('section', { id: 'view-auditor', class: 'view view-auditor' });
  root.innerHTML = `
    <aside class="panel search-panel">
      <div id="verify" class="verify" data-state="unknown"></div>
      <input id="search" type="search" data-t-placeholder="audit.search">
      <ol id="search-results" class="incident-list"></ol>
    </aside>
    <section class="panel replay-panel">
      <div class="slider-bar">
        <label for="slider"><span data-t="audit.at"></span></label>
        <input id="slider" type="range" min="1" max="1" value="1" step="1">
        <output id="slider-label"></output>
        <button type="button" id="live" class="on"><span data-t="audit.live"></span> <kbd>Alt+V</kbd></button>
      </div>
      <div class="replay">
        <div id="au-map" class="map"></div>
        <div class="replay-lists">
          <h3 data-t="audit.queue"></h3><ol id="replay-calls" class="queue small"></ol>
          <h3 data-t="audit.open"></h3><ol id="replay-incidents" class="incident-list small"></ol>
        </div>
      </div>
    </section>
    <aside class="panel timeline-panel">
      <h2 data-t="audit.timeline"></h2>
      <ol id="timeline" class="timeline"><li class="muted" data-t="audit.pick"></li></ol>
    </aside>
    <section class="panel kpi-panel">
      <div class="chart"><h3 data-t="kpi.answer"></h3>
        <div class="canvas-box"><canvas id="kpi-answer"></canvas></div><p id="kpi-answer-note"></p></div>
      <div class="chart"><h3 data-t="kpi.processing"></h3>
        <div class="canvas-box"><canvas id="kpi-processing"></canvas></div>
        <p id="kpi-processing-note"></p></div>
      <div class="chart"><div class="chart-head"><h3 data-t="kpi.perHour"></h3>
        <form id="kpi-period" class="kpi-period"><select id="kpi-hours" aria-label="period">
          <option value="8" data-t="kpi.last8h"></option><option value="24" selected data-t="kpi.last24h"></option>
          <option value="168" data-t="kpi.last7d"></option><option value="720" data-t="kpi.last30d"></option>
        </select></form>
        <details class="kpi-details" id="kpi-details"><summary data-t="kpi.more"></summary>
          <div class="kpi-tables" id="kpi-tables"></div></details>
        <button type="button" id="kpi-csv" data-t="kpi.csv"></button><span id="kpi-csv-done" class="muted"></span>
        <button type="button" id="kpi-refresh" title="Alt+R">↻ <kbd>Alt+R</kbd></button></div>
        <div class="canvas-box"><canvas id="kpi-hourly"></canvas></div></div>
    </section>`;
  const $ = (sel) => root.querySelector(sel);
  const state = { live: true, incidents: [], selected: null, map: null, units: null, pins: null, replayed: null,
    charts: {}, kpis: null, fetching: 0 };

  async function loadIncidents() {
    state.incidents = await get('/api/v1/incidents?status=all');
    renderSearch();
  }

  function renderSearch() {
    const q = $('#search').value.trim().toLowerCase();
    const hits = state.incidents.filter((i) => !q || String(i.id) === q.replace('#', '')
      || [i.type, typeName(store, i.type), i.address, i.district, districtLabel(i.district)]
        .some((f) => f && f.toLowerCase().includes(q)))
      .sort((a, b) => b.id - a.id);
    $('#search-results').replaceChildren(...hits.map((i) => {
      const row = el('li', { class: `incident${i.id === state.selected ? ' selected' : ''}`, 'data-incident-id': i.id,
        tabindex: 0 });
      row.innerHTML = html`<span class="inc-id">#${i.id}</span> <span class="inc-type">${typeName(store, i.type)}</span>
        <span class="muted">${localTime(i.openedAt)} · ${i.status === 'open' ? 'open'
          : i.disposition || i.status}</span>`;
      row.addEventListener('click', () => report(timeline(i.id)));
      row.addEventListener('keydown', (e) => { if (e.key === 'Enter') report(timeline(i.id)); });
      return row;
    }));
  }

  async function timeline(id) {
    if (state.selected !== id) report(kpis());
    state.selected = id;
    renderSearch();
    const entries = await get(`/api/v1/audit/incidents/${id}/timeline`);
    const playable = new Set();
    $('#timeline').replaceChildren(...entries.map((entry) => {
      const row = el('li', { class: 'entry', 'data-sequence': entry.sequence, 'data-command': entry.command['@type'] });
      const events = entry.events.map((e) => e['@type'] + (e.reason ? ` (${e.reason})` : '')).join(', ');
      row.innerHTML = html`<span class="when">${localTime(entry.time)}</span>
        <span class="seq">#${entry.sequence}</span>
        <span class="actor">${entry.actor}</span>
        <span class="what">${entry.command['@type']}${detail(entry.command)}</span>
        <span class="events muted">${events}</span>`;
      const callId = entry.command.callId;
      if (callId && !playable.has(callId)) {
        playable.add(callId);
        row.append(playControl(callId));
      }
      row.title = t('audit.replaying');
      row.addEventListener('click', () => replayAt(entry.sequence));
      return row;
    }));
  }

  function detail(command) {
    const parts = [];
    if (command.unitId) parts.push(command.unitId);
    if (command.status) parts.push(command.status);
    if (command.callId) parts.push(command.callId);
    if (command.type) parts.push(command.type);
    if (command['@type'] === 'AssignUnit') {
      parts.push(command.proposal ? t('hist.recommended').replace('{k}', command.proposal.rank) : t('hist.override'));
      if (command.divert) parts.push(t('act.divert'));
    }
    if (command.reason) parts.push(command.reason);
    if (command.note) parts.push(command.note);
    return parts.length ? ` · ${parts.join(' · ')}` : '';
  }

  function setRange() {
    const slider = $('#slider');
    slider.max = String(Math.max(1, store.sequence));
    if (state.live) {
      slider.value = slider.max;
      $('#slider-label').textContent = `#${store.sequence} · ${t('audit.live')}`;
    }
  }

  function replayAt(sequence) {
    state.live = false;
    $('#slider').value = String(sequence);
    $('#live').classList.remove('on');
    root.classList.add('replaying');
    report(fetchState(Number(sequence)));
  }

  async function fetchState(sequence) {
    const ticket = ++state.fetching;
    $('#slider-label').textContent = `#${sequence} …`;
    const replayed = await get(`/api/v1/audit/state?at=${sequence}`);
    if (ticket !== state.fetching || state.live) return;
    state.replayed = replayed;
    $('#slider-label').textContent = `#${replayed.lastSequence} · ${localTime(replayed.lastTime)}`;
    $('#slider-label').dataset.sequence = replayed.lastSequence;
    renderReplay();
  }

  function goLive() {
    state.live = true;
    state.replayed = null;
    state.fetching++;
    $('#live').classList.add('on');
    root.classList.remove('replaying');
    delete $('#slider-label').dataset.sequence;
    setRange();
    renderReplay();
    report(loadIncidents());
  }

  /** Queue, incidents and units: as replayed at the slider's moment, or live. */
  function renderReplay() {
    const source = state.replayed
      ? { calls: state.replayed.calls, incidents: state.replayed.incidents, units: state.replayed.units }
      : { calls: [...store.calls.values()], incidents: [...store.incidents.values()],
        units: [...store.units.values()] };
    const calls = source.calls.filter((c) => c.state === 'queued' || c.state === 'answered');
    const open = source.incidents.filter((i) => i.status === 'open');
    $('#replay-calls').replaceChildren(...calls.map((c) => {
      const row = el('li', { class: `call call-${c.state}`, 'data-call-id': c.id, 'data-line': c.line });
      row.style.borderLeftColor = LINE_COLOURS[c.line] || '#888';
      row.innerHTML = html`${lineBadge(c.line)} <span class="number">${c.callerNumber || ''}</span>
        <span class="state">${t('call.' + c.state)}</span>`;
      return row;
    }));
    $('#replay-incidents').replaceChildren(...open.map((i) => {
      const row = el('li', { class: 'incident', 'data-incident-id': i.id });
      row.innerHTML = html`<span class="inc-id">#${i.id}</span> P${i.priority} ${typeName(store, i.type)}
        <span class="muted">${i.unitIds.join(', ')}</span>`;
      return row;
    }));
    if (state.map) {
      state.units.draw(source.units);
      state.pins.draw(open, state.selected);
    }
  }

  async function verify() {
    const box = $('#verify');
    const v = await get('/api/v1/audit/verify');
    box.dataset.state = v.chainOk ? 'ok' : 'broken';
    box.innerHTML = v.chainOk
      ? html`<b>✔ ${t('audit.chainOk')}</b><br><span class="muted">${v.entries} ${t('audit.entries')} · #${
        v.lastSequence} · ${v.headLink.slice(0, 16)}…</span>`
      : html`<b>✖ ${t('audit.chainBad')} #${v.firstBadSequence}</b><br><span class="muted">${v.problem || ''}</span>`;
  }

  /** The chosen period, up to now: `?from=…&to=…` for the KPI route. */
  function period() {
    const to = new Date(store.now());
    const from = new Date(to.getTime() - Number($('#kpi-hours').value) * 3_600_000);
    return `from=${from.toISOString()}&to=${to.toISOString()}`;
  }

  async function kpis() {
    state.kpis = await get(`/api/v1/audit/kpis?${period()}`);
    drawCharts();
  }

  function drawCharts() {
    const k = state.kpis;
    if (!k || typeof Chart === 'undefined') return;
    Object.values(state.charts).forEach((chart) => chart.destroy());
    const binLabels = (bins) => bins.map((b, i) => (b.upToSeconds === null ? `>${bins[i - 1].upToSeconds}`
      : `≤${b.upToSeconds}`) + ' ' + t('kpi.seconds'));
    const barColours = (bins, target) => bins.map((b) => (b.upToSeconds !== null && b.upToSeconds <= target
      ? '#2e9e44' : '#d0312d'));
    const bar = (canvas, labels, data, colours) => new Chart(canvas, {
      type: 'bar',
      data: { labels, datasets: [{ label: t('kpi.calls'), data, backgroundColor: colours }] },
      options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    const firstTarget = (d) => Number(Object.keys(d.withinTarget)[0]);
    state.charts.answer = bar($('#kpi-answer'), binLabels(k.answer.bins), k.answer.bins.map((b) => b.count),
      barColours(k.answer.bins, firstTarget(k.answer)));
    state.charts.processing = bar($('#kpi-processing'), binLabels(k.callProcessing.bins),
      k.callProcessing.bins.map((b) => b.count), barColours(k.callProcessing.bins, firstTarget(k.callProcessing)));
    $('#kpi-answer-note').textContent = `n=${k.answer.count} · ${withinText(k.answer)}`
      + ` · p90 ${k.answer.p90Seconds ?? '—'} s`;
    $('#kpi-processing-note').textContent = `n=${k.callProcessing.count} · ${withinText(k.callProcessing)}`
      + ` · p90 ${k.callProcessing.p90Seconds ?? '—'} s`;
    $('#kpi-tables').innerHTML = kpiTables(k);
    const lines = [...new Set(k.callsPerHour.flatMap((h) => Object.keys(h.lines)))];
    state.charts.hourly = new Chart($('#kpi-hourly'), {
      type: 'bar',
      data: {
        labels: k.callsPerHour.map((h) => new Date(h.hour).toLocaleTimeString('zh-CN',
          { hour: '2-digit', minute: '2-digit', hour12: false })),
        datasets: lines.map((line) => ({ label: line, backgroundColor: LINE_COLOURS[line],
          data: k.callsPerHour.map((h) => h.lines[line] || 0) })),
      },
      options: { animation: false, maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    });
  }

  $('#search').addEventListener('input', renderSearch);
  $('#slider').addEventListener('input', () => replayAt(Number($('#slider').value)));
  $('#live').addEventListener('click', goLive);
  $('#kpi-refresh').addEventListener('click', () => report(kpis()));
  $('#kpi-hours').addEventListener('change', () => report(kpis()));
  $('#kpi-csv').addEventListener('click', () => report(exportCsv(period()).then((rows) => {
    $('#kpi-csv-done').textContent = ` ✓ ${rows}`;
  })));

  store.onChange((what) => {
    setRange();
    if (!state.live || !root.classList.contains('active')) return;
    renderReplay();
    if (what === 'incidents' || what === 'all') {
      report(loadIncidents());
      if (state.selected) report(timeline(state.selected));
    }
  });

  return {
    id: 'auditor',
    root,
    keys,
    shown() {
      if (!state.map) {
        state.map = createMap($('#au-map'));
        state.units = new UnitLayer(state.map);
        state.pins = new IncidentLayer(state.map);
      }
      state.map.invalidateSize();
      setRange();
      renderReplay();
      report(loadIncidents());
      report(verify());
      report(kpis());
    },
    tick() {},
    key(e) {
      if (e.altKey && e.code === 'KeyV') { goLive(); return true; }
      if (e.altKey && e.code === 'KeyR') { report(kpis()); report(verify()); return true; }
      if (!e.altKey && !e.ctrlKey && e.key === '/' && !e.target.matches('input, textarea')) {
        $('#search').focus();
        return true;
      }
      return false;
    },
    relabel() { renderSearch(); renderReplay(); drawCharts(); setRange(); },
  };
}
