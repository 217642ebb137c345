// The live centre as the console sees it: calls, open incidents, units and the public warnings in force, kept
// current from the stream. Frequent unit moves and status changes are applied from the events themselves; anything
// else makes the store read the affected list again from the API (at most one read per list in flight), so the views
// always show the server's own view of an entity. Duplicate proposals exist only as events, so they are kept here by
// call.

import { get } from './api.js';

const LIST_OF = {
  CallOffered: 'calls', CallAnswered: 'calls', CallEnded: 'calls', CallAbandoned: 'calls', CallerLocated: 'calls',
  RecordingAttached: 'calls',  CallLinked: 'calls+incidents', CallUnlinked: 'calls+incidents', CallAnswerOverdue: 'calls',
  IncidentOpened: 'incidents+calls', IncidentUpdated: 'incidents', IncidentClosed: 'incidents+units',
  NoteAdded: 'incidents', CoverageChanged: 'incidents', DispatchOverdue: 'incidents', IncidentImported: 'incidents',
  UnitAssigned: 'incidents+units', UnitReleased: 'incidents+units', UnitRegistered: 'units', UnitChanged: 'units',
  UnitRetired: 'units', AcknowledgementOverdue: 'units',
  AlertReceived: 'alerts', AlertUpdated: 'alerts', AlertCancelled: 'alerts', AlertExpired: 'alerts',
};

export const store = {
  sequence: 0,
  calls: new Map(),
  incidents: new Map(),
  units: new Map(),
  alerts: new Map(),
  duplicates: new Map(),
  types: [],
  typeByCode: new Map(),
  targets: { answerMillis: null, acknowledgeMillis: null, dispatchMillis: {} },
  overdue: new Set(),
  clockOffset: null,
  listeners: [],
  eventListeners: [],
  dirty: new Set(),
  reading: false,

  onChange(fn) { this.listeners.push(fn); },
  onEvent(fn) { this.eventListeners.push(fn); },
  changed(what) { this.listeners.forEach((fn) => fn(what)); },

  /** The server's time now, estimated from the newest event's stamp. */
  now() { return Date.now() + (this.clockOffset ?? 0); },

  async loadTypes() {
    this.types = await get('/api/v1/incident-types');
    this.typeByCode = new Map(this.types.map((type) => [type.code, type]));
  },

  /** The time targets of the rules in force (GET /api/v1/targets): the console holds no figure of its own. */
  async loadTargets() {
    this.targets = await get('/api/v1/targets');
  },

  accept(message) {
    if (message.type === 'snapshot') {
      this.sequence = message.sequence;
      this.calls = byId(message.calls.filter((c) => c.state === 'queued' || c.state === 'answered'));
      this.incidents = byId(message.incidents);
      this.units = byId(message.units);
      this.alerts = byId(message.alerts || []);
      this.changed('all');
      this.dirty.add('units');
      this.read();
      return;
    }
    if (message.type !== 'event') return;
    this.sequence = message.sequence;
    const offset = message.timestamp - Date.now();
    if (this.clockOffset === null || offset > this.clockOffset) this.clockOffset = offset;
    let unitsPatched = false;
    for (const event of message.events) {
      const type = event['@type'];
      if (type === 'UnitMoved') {
        const unit = this.units.get(event.unitId);
        if (unit) { unit.position = event.position; unitsPatched = true; }
      } else if (type === 'UnitStatusChanged') {
        const unit = this.units.get(event.unitId);
        if (unit) {
          unit.status = event.to.toLowerCase().replaceAll('_', '-');
          unitsPatched = true;
        }
        this.dirty.add('units');
      } else if (type === 'DuplicatesProposed' && event.callId) {
        this.duplicates.set(event.callId, event.candidates);
        this.changed('duplicates');
      } else if (type === 'DispatchOverdue') {
        this.overdue.add(event.incidentId);
      }
      (LIST_OF[type] || '').split('+').filter(Boolean).forEach((list) => this.dirty.add(list));
    }
    this.eventListeners.forEach((fn) => fn(message));
    if (unitsPatched) this.changed('units');
    this.read();
  },

  /** Reads every list marked dirty, again if more events arrive meanwhile. */
  async read() {
    if (this.reading || this.dirty.size === 0) return;
    this.reading = true;
    try {
      while (this.dirty.size > 0) {
        const lists = [...this.dirty];
        this.dirty.clear();
        await Promise.all(lists.map((list) => this.readList(list)));
        lists.forEach((list) => this.changed(list));
      }
    } catch (e) {
      console.warn('could not read the centre', e);
    } finally {
      this.reading = false;
    }
  },

  async readList(list) {
    if (list === 'calls') this.calls = byId(await get('/api/v1/calls?state=active'));
    if (list === 'incidents') this.incidents = byId(await get('/api/v1/incidents?status=open'));
    if (list === 'units') this.units = byId(await get('/api/v1/units'));
    if (list === 'alerts') this.alerts = byId(await get('/api/v1/alerts'));
  },
};

function byId(list) {
  return new Map(list.map((item) => [item.id, item]));
}

/** Milliseconds from an ISO-8601 time to the server's now. */
export function since(iso) {
  return iso ? Math.max(0, store.now() - Date.parse(iso)) : 0;
}

export function clock(ms) {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function localTime(iso) {
  return iso ? new Date(iso).toLocaleTimeString('zh-CN', { hour12: false }) : '';
}
