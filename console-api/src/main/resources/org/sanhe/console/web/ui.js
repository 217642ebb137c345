// Small DOM helpers shared by the views.

class Safe {
  constructor(text) { this.text = text; }
  toString() { return this.text; }
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text) {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function render(value) {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Safe) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return esc(value);
}

/** A template whose interpolated values are escaped, unless they are themselves html`` results. */
export function html(strings, ...values) {
  let out = strings[0];
  values.forEach((value, i) => { out += render(value) + strings[i + 1]; });
  return new Safe(out);
}

/** An element with attributes (null values are left out; text sets textContent). */
export function el(tag, attributes = {}) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  return node;
}

export function lineBadge(line, large) {
  return html`<span class="badge line-badge line-${line}${large ? ' large' : ''}" data-line="${line}">${line}</span>`;
}

export function flash(target, message, error) {
  target.textContent = message;
  target.classList.toggle('error', !!error);
}

/** Runs a promise whose failure the user sees in the banner's place rather than as an uncaught error. */
export function report(promise) {
  return promise.catch((err) => {
    console.warn('request failed', err);
    const banner = document.getElementById('notice');
    if (banner) {
      banner.textContent = err.message || String(err);
      banner.hidden = false;
    }
  });
}
