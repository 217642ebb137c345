// The fleet view's users panel: who may sign in, with which roles (GET /api/v1/users), and a password reset for one
// of them (at least 8 characters; the user's open sessions end). The password is never shown or kept here.

import { get, post } from './api.js';
import { t } from './i18n.js';
import { el, flash, html } from './ui.js';
import { roleName, showProblem } from './fleet-forms.js';

export function usersPanel() {
  const root = el('section', { id: 'fleet-users', class: 'panel fleet-users' });
  root.innerHTML = `
    <h2><span data-t="fleet.users"></span> <span id="user-count" class="count"></span></h2>
    <table id="user-list" class="user-list"></table>
    <form id="password-form" class="fleet-form" autocomplete="off" novalidate>
      <h3><span data-t="fleet.resetPassword"></span> <kbd>Alt+P</kbd></h3>
      <label><span data-t="fleet.user"></span><select id="pw-user"></select></label>
      <label><span data-t="fleet.newPassword"></span>
        <input id="pw-new" type="password" autocomplete="new-password" data-t-placeholder="fleet.passwordHint"></label>
      <div class="buttons"><button id="pw-save" type="submit" class="primary"><span data-t="fleet.reset"></span>
        <kbd>Enter</kbd></button></div>
      <p id="pw-result" class="result" role="status"></p>
    </form>`;
  const $ = (sel) => root.querySelector(sel);
  let users = [];

  function render() {
    $('#user-count').textContent = String(users.length);
    const chosen = $('#pw-user').value;
    $('#user-list').innerHTML = html`${users.map((u) => html`<tr data-username="${u.username}"
      class="${u.username === chosen ? 'selected' : ''}"><td class="username">${u.username}</td>
      <td class="roles">${u.roles.map(roleName).join(', ')}</td></tr>`)}`;
    $('#pw-user').replaceChildren(...users.map((u) => el('option', { value: u.username, text: u.username })));
    if (chosen) $('#pw-user').value = chosen;
  }

  async function load() {
    users = await get('/api/v1/users');
    render();
  }

  function choose(username) {
    $('#pw-user').value = username;
    render();
    $('#pw-new').focus();
  }

  async function reset(e) {
    e.preventDefault();
    const username = $('#pw-user').value;
    if (!username) return;
    try {
      await post(`/api/v1/users/${encodeURIComponent(username)}/password`, { password: $('#pw-new').value });
      $('#pw-new').value = '';
      flash($('#pw-result'), `${t('fleet.passwordReset')} ${username}`);
    } catch (err) {
      showProblem($('#pw-result'), err);
    }
  }

  $('#password-form').addEventListener('submit', reset);
  $('#pw-user').addEventListener('change', render);
  $('#user-list').addEventListener('click', (e) => {
    const row = e.target.closest('tr[data-username]');
    if (row) choose(row.dataset.username);
  });

  return { root, load, render, focus: () => $('#pw-new').focus() };
}
