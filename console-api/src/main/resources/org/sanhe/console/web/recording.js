// A call's recording, played in the page. An <audio src> cannot send the bearer token, and a token in a URL would
// end up in logs and histories: the recording is fetched with the token and played from a blob: URL (the
// Content-Security-Policy allows media from blob: only). Recordings are short (Asterisk's wav: 16 KB a second).

import { getBlob } from './api.js';
import { t } from './i18n.js';
import { el } from './ui.js';

/**
 * A play control for the call: a button that, pressed, fetches the recording and puts an <audio controls> element in
 * its place (or says why there is none). Clicks inside it do not reach the enclosing row.
 */
export function playControl(callId) {
  const box = el('span', { class: 'recording', 'data-call': callId });
  const button = el('button', { type: 'button', class: 'play-recording', title: `${t('rec.play')} ${callId}` });
  button.textContent = `▶ ${t('rec.play')}`;
  box.append(button);
  box.addEventListener('click', (e) => e.stopPropagation());
  box.addEventListener('keydown', (e) => e.stopPropagation());
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const blob = await getBlob(`/api/v1/calls/${encodeURIComponent(callId)}/recording`);
      const audio = el('audio', { controls: true, preload: 'metadata', 'data-call': callId });
      audio.src = URL.createObjectURL(blob);
      button.replaceWith(audio);
      audio.play().catch(() => {});
    } catch (err) {
      const text = err.code === 'NO_RECORDING' ? t('rec.none') : (err.message || String(err));
      button.replaceWith(el('span', { class: 'muted no-recording', text }));
    }
  });
  return box;
}
