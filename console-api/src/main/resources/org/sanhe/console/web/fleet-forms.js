// What the fleet view's forms share: the refusal shown beside a form (in the interface language when its code is
// known, with the server's own words below for the detail), buttons that ask for a second press before they retire
// or close something, and the names of agencies, statuses and roles.

import { ApiFailure } from './api.js';
import { t } from './i18n.js';
import { flash } from './ui.js';

/** A translation, or null when the key has none (t returns the key itself then). */
function known(key) {
  const text = t(key);
  return text === key ? null : text;
}

export function agencyName(agency) {
  return known(`agency.${agency}`) || agency || '';
}

export function roleName(role) {
  return known(`role.${role}`) || role;
}

/** Shows a failed request beside the form: the code's text when known, else the server's message. */
export function showProblem(target, err) {
  const code = err instanceof ApiFailure ? err.code : null;
  const text = (code === 'INVALID_FIELD' && known(`fleet.err.field.${err.field}`)) || known(`fleet.err.${code}`);
  flash(target, text || `${t('err.generic')}: ${err.message}`, true);
  if (text && err.message) {
    target.append(document.createElement('br'), Object.assign(document.createElement('small'),
      { className: 'detail', textContent: err.message }));
  }
}

/**
 * A button that runs its action on the second press: the first arms it (it then reads "press again to confirm");
 * leaving it (blur, Esc) disarms it. Its label is a .label span, its armed text a .confirm span.
 */
export function twoStep(button, action) {
  const disarm = () => { delete button.dataset.armed; };
  button.addEventListener('click', () => {
    if (button.dataset.armed !== 'true') {
      button.dataset.armed = 'true';
      return;
    }
    disarm();
    action();
  });
  button.addEventListener('blur', disarm);
  button.addEventListener('keydown', (e) => { if (e.key === 'Escape') disarm(); });
  return disarm;
}

/** Splits "patrol, ladder  rescue" into distinct capabilities, in the order typed. */
export function capabilityList(text) {
  return [...new Set(text.split(/[\s,，、]+/).map((c) => c.trim()).filter(Boolean))];
}
