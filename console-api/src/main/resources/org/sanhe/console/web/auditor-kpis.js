// The auditor's tables beside the charts: each unit's acknowledgement and arrival against their targets (NFPA 1710
// style, 90th percentile), the abandoned-call rate per line, answer times per call-taker, and each dispatcher's
// assignments as recommended, overridden or diverted; and the CSV export of every figure. The targets are the ones
// the server's KPIs report (their `withinTarget` keys), none held here.

import { getText } from './api.js';
import { t } from './i18n.js';
import './shift-text.js';
import { html } from './ui.js';

const pct = (share) => (share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`);
const secs = (value) => (value === null || value === undefined ? '—' : `${value} s`);

/** "≤60 s 85% · ≤80 s 93%" from a distribution's withinTarget. */
export function withinText(distribution) {
  return Object.entries(distribution.withinTarget || {})
    .map(([limit, share]) => `≤${limit} s ${pct(share)}`).join(' · ');
}

function intervalRow(label, d) {
  return html`<tr><th>${label}</th><td>${d.count}</td><td>${secs(d.p90Seconds)}</td><td>${withinText(d)}</td></tr>`;
}

/** The tables for one KPI answer. */
export function kpiTables(k) {
  const lines = Object.entries(k.abandonedByLine || {});
  const takers = Object.entries(k.answerByCallTaker || {});
  const dispatchers = Object.entries(k.assignmentsByDispatcher || {});
  return html`<table class="kpi-table" id="kpi-intervals"><thead><tr><th></th><th>n</th><th>p90</th>
      <th>${t('kpi.within')}</th></tr></thead><tbody>
      ${intervalRow(t('kpi.acknowledge'), k.acknowledge)}${intervalRow(t('kpi.onScene'), k.onScene)}</tbody></table>
    <table class="kpi-table" id="kpi-abandoned"><thead><tr><th>${t('kpi.line')}</th><th>${t('kpi.offered')}</th>
      <th>${t('kpi.abandoned')}</th></tr></thead><tbody>${lines.map(([line, l]) => html`<tr><th>${line}</th>
      <td>${l.offered}</td><td>${l.abandoned} (${pct(l.rate)})</td></tr>`)}</tbody></table>
    <table class="kpi-table" id="kpi-takers"><thead><tr><th>${t('kpi.callTaker')}</th><th>n</th><th>p90</th>
      <th>${t('kpi.within')}</th></tr></thead><tbody>${takers.map(([taker, d]) => html`<tr><th>${taker}</th>
      <td>${d.count}</td><td>${secs(d.p90Seconds)}</td><td>${withinText(d)}</td></tr>`)}</tbody></table>
    <table class="kpi-table" id="kpi-dispatchers"><thead><tr><th>${t('kpi.dispatcher')}</th>
      <th>${t('kpi.assignments')}</th><th>${t('kpi.recommended')}</th><th>${t('kpi.overrides')}</th>
      <th>${t('kpi.diverts')}</th></tr></thead><tbody>${dispatchers.map(([who, d]) => html`<tr
      data-dispatcher="${who}"><th>${who}</th><td>${d.assignments}</td><td>${d.recommended}</td>
      <td>${d.overrides} (${pct(d.overrideRate)})</td><td>${d.diverts}</td></tr>`)}</tbody></table>`;
}

/** Saves the KPIs of the period (`from=…&to=…`) as CSV (one table with a header row), through a download. */
export async function exportCsv(period) {
  const csv = await getText(`/api/v1/audit/kpis?format=csv&${period}`, 'text/csv');
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  link.download = `sanhe-kpis-${new Date().toISOString().slice(0, 10)}.csv`;
  link.dataset.rows = String(csv.trim().split('\n').length);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
  return link.dataset.rows;
}
