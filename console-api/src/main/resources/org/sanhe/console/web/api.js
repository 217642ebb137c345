// The console's HTTP/JSON client and its WebSocket stream, with automatic reconnect and resume.

export class ApiFailure extends Error {
  constructor(status, body) {
    super((body && body.message) || `HTTP ${status}`);
    this.status = status;
    this.code = body && body.error;
    this.field = body && body.field;
  }
}

let token = null;
let onUnauthorized = () => {};

export function setToken(value) {
  token = value;
}

export function whenUnauthorized(fn) {
  onUnauthorized = fn;
}

export async function request(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    if (response.status === 401 && token) onUnauthorized();
    throw new ApiFailure(response.status, json);
  }
  return json;
}

/** A GET of a text representation (e.g. CSV: `text/csv`), with the session's token; the body as text. */
export async function getText(path, accept) {
  const headers = { Accept: accept };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(path, { headers });
  const text = await response.text();
  if (!response.ok) {
    if (response.status === 401 && token) onUnauthorized();
    throw new ApiFailure(response.status, text.startsWith('{') ? JSON.parse(text) : null);
  }
  return text;
}

/** A GET of binary content (a call's recording), with the session's token; the body as a Blob. */
export async function getBlob(path) {
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(path, { headers });
  if (!response.ok) {
    const text = await response.text();
    if (response.status === 401 && token) onUnauthorized();
    throw new ApiFailure(response.status, text.startsWith('{') ? JSON.parse(text) : null);
  }
  return response.blob();
}

export const get = (path) => request('GET', path);
export const post = (path, body) => request('POST', path, body);
export const patch = (path, body) => request('PATCH', path, body);
export const del = (path) => request('DELETE', path);

/**
 * The event stream: a snapshot, then every journaled command. Remembers the last sequence and, when the connection
 * drops, reconnects (1, 2, 4 … 10 s apart) asking for the commands after it (from=last+1), so nothing is missed or
 * seen twice. Close codes 4009 (gap too large) and 1008 (beyond the journal) start over with a fresh snapshot;
 * 4011 (the session ended: signed out elsewhere, revoked, expired) does not reconnect but asks for a new sign-in.
 */
export class Stream {
  constructor(onMessage, onState) {
    this.onMessage = onMessage;
    this.onState = onState;
    this.next = null;
    this.socket = null;
    this.delay = 1000;
    this.stopped = true;
    this.timer = null;
  }

  start() {
    this.stopped = false;
    this.next = null;
    this.open();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    if (this.socket) this.socket.close(1000, 'signed out');
    this.socket = null;
  }

  open() {
    const query = new URLSearchParams({ access_token: token });
    if (this.next !== null) query.set('from', String(this.next));
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(`${scheme}://${location.host}/api/v1/stream?${query}`);
    this.socket = socket;
    socket.onopen = () => {
      this.delay = 1000;
      this.onState(true);
    };
    socket.onmessage = (e) => {
      const message = JSON.parse(e.data);
      if (message.type === 'snapshot' || message.type === 'event') this.next = message.sequence + 1;
      this.onMessage(message);
    };
    socket.onclose = (e) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.onState(false);
      if (this.stopped) return;
      if (e.code === 4011) {
        onUnauthorized();
        return;
      }
      const resume = /from=(\d+)/.exec(e.reason || '');
      if (resume) this.next = Number(resume[1]);
      if (e.code === 4009 || e.code === 1008) this.next = null;
      this.timer = setTimeout(() => this.open(), this.delay);
      this.delay = Math.min(this.delay * 2, 10000);
    };
  }
}
