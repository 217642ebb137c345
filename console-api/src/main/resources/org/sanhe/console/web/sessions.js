// The supervisor's sessions view: who is signed in, from which address, since when, their last activity and when the
// session ends unless used again (GET /api/v1/sessions, never a token); one session is ended, or all of a user's
// (DELETE /api/v1/sessions/{id}, DELETE /api/v1/users/{username}/sessions), each after a second press. Ending one's
// own session signs this console out. The list is read again when shown, after each end, when the stream brings a
// sign-in or an end (SessionActivityRecorded), and every 15 s while shown (activity itself is not journaled).

import { del, get } from './api.js';
import { t } from './i18n.js';
import { store } from './store.js';
import { el, flash, html, report } from './ui.js';
import { roleName, showProblem, twoStep } from './fleet-forms.js';
import './sessions-text.js';

export const keys = [['Alt+R', 'se.keys.refresh'], ['↑ / ↓', 'se.keys.list']];

const REFRESH_SECONDS = 15;
const time = (iso) => new Date(iso).toLocaleTimeString('zh-CN', { hour12: false });

/** "3 min", "12 s": how long ago, on the server's clock. */
function ago(iso) {
  const seconds = Math.max(0, Math.round((store.now() - Date.parse(iso)) / 1000));
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min`;
}

export function sessionsView() {
  const root = el('section', { id: 'view-sessions', class: 'view view-sessions' });
  root.innerHTML = `
    <section class="panel sessions-panel">
      <h2><span data-t="se.title"></span> <span id="session-count" class="count"></span>
        <button type="button" id="session-refresh"><span data-t="se.refresh"></span> <kbd>Alt+R</kbd></button></h2>
      <table class="session-list">
        <thead><tr><th data-t="se.user"></th><th data-t="se.roles"></th><th data-t="se.from"></th>
          <th data-t="se.since"></th><th data-t="se.lastSeen"></th><th data-t="se.expires"></th><th></th></tr></thead>
        <tbody id="session-list"></tbody>
      </table>
      <p id="session-result" class="result" role="status"></p>
    </section>`;
  const $ = (sel) => root.querySelector(sel);
  const state = { sessions: [], sinceRead: 0 };

  function row(s) {
    return html`<tr data-session-id="${s.id}" data-username="${s.username}" class="${s.current ? 'current' : ''}"
      tabindex="-1"><td class="username">${s.username}${s.current ? html` <small>(${t('se.current')})</small>` : ''}
      </td><td>${s.roles.map(roleName).join(', ')}</td><td class="from">${s.from}</td><td>${time(s.since)}</td>
      <td class="last-seen" data-at="${s.lastSeen}">${lastSeen(s.lastSeen)}</td><td>${time(s.expiresAt)}</td>
      <td><div class="buttons"><button type="button" class="danger revoke"><span class="label">${t('se.revoke')}</span>
        <span class="confirm">${t('se.confirm')}</span></button>
      <button type="button" class="danger revoke-user"><span class="label">${t('se.revokeUser')}</span>
        <span class="confirm">${t('se.confirm')}</span></button></div></td></tr>`;
  }

  function lastSeen(iso) {
    return `${time(iso)} · ${ago(iso)} ${t('se.ago')}`;
  }

  /** The focused button (and whether it is armed), so that a redraw keeps the supervisor's place. */
  function focused() {
    const button = document.activeElement;
    const tr = button && button.closest && button.closest('#session-list tr[data-session-id]');
    return tr ? { id: tr.dataset.sessionId, cls: button.className, armed: button.dataset.armed === 'true' } : null;
  }

  function restore(place) {
    if (!place) return;
    const tr = $('#session-list').querySelector(`tr[data-session-id="${CSS.escape(place.id)}"]`);
    const button = tr && tr.querySelector(`button.${place.cls.split(' ').join('.')}`);
    if (!button) return;
    button.focus();
    if (place.armed) button.dataset.armed = 'true';
  }

  function render() {
    const place = focused();
    $('#session-count').textContent = String(state.sessions.length);
    $('#session-list').innerHTML = state.sessions.length === 0
      ? html`<tr class="empty"><td colspan="7">${t('se.none')}</td></tr>` : html`${state.sessions.map(row)}`;
    $('#session-list').querySelectorAll('tr[data-session-id]').forEach((tr) => {
      twoStep(tr.querySelector('.revoke'), () => report(revoke(tr.dataset.sessionId, tr.dataset.username)));
      twoStep(tr.querySelector('.revoke-user'), () => report(revokeUser(tr.dataset.username)));
    });
    restore(place);
  }

  async function load() {
    state.sinceRead = 0;
    state.sessions = await get('/api/v1/sessions');
    render();
  }

  async function revoke(id, username) {
    try {
      await del(`/api/v1/sessions/${encodeURIComponent(id)}`);
      flash($('#session-result'), `${t('se.revoked')} ${username}`);
    } catch (err) {
      showProblem($('#session-result'), err);
    }
    await load();
  }

  async function revokeUser(username) {
    try {
      const { revoked } = await del(`/api/v1/users/${encodeURIComponent(username)}/sessions`);
      flash($('#session-result'), `${t('se.revokedUser')} ${revoked} (${username})`);
    } catch (err) {
      showProblem($('#session-result'), err);
    }
    await load();
  }

  function move(step) {
    const rows = [...$('#session-list').querySelectorAll('tr[data-session-id]')];
    const at = rows.indexOf(document.activeElement.closest && document.activeElement.closest('tr'));
    const next = rows[Math.min(rows.length - 1, Math.max(0, at + step))];
    if (next) next.querySelector('.revoke').focus();
  }

  $('#session-refresh').addEventListener('click', () => report(load()));
  store.onEvent((message) => {
    const shown = root.classList.contains('active');
    if (shown && message.events.some((e) => e['@type'] === 'SessionActivityRecorded')) report(load());
  });

  return {
    id: 'sessions',
    root,
    keys,
    shown() {
      report(load());
      $('#session-refresh').focus();
    },
    tick() {
      state.sinceRead += 1;
      if (state.sinceRead >= REFRESH_SECONDS) {
        report(load());
        return;
      }
      $('#session-list').querySelectorAll('td.last-seen')
        .forEach((td) => { td.textContent = lastSeen(td.dataset.at); });
    },
    key(e) {
      if (e.altKey && !e.ctrlKey && e.code === 'KeyR') { report(load()); return true; }
      if (!e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        move(e.key === 'ArrowDown' ? 1 : -1);
        return true;
      }
      return false;
    },
    relabel() { render(); },
  };
}
