// Public warnings (CAP alerts) in the console: the banner of the alerts in force under the header, their areas on a
// view's map (polygons and circles, WGS84 from the server, drawn in the map's datum), and which of them cover a
// position (the call-taker's incident form and the dispatcher's incident panel name them). The alerts themselves are the store's, kept current from
// the stream.

import { onLang, t } from './i18n.js';
import { districtLabel, onMap } from './map.js';
import { localTime, store } from './store.js';
import { el } from './ui.js';

const EARTH_RADIUS_M = 6_371_008.8;

/** The banner under the header: one line per alert in force; hidden when there is none. Call once, after sign-in. */
export function installAlertBanner(banner) {
  if (banner.dataset.installed) return;
  banner.dataset.installed = 'yes';
  const render = () => {
    const alerts = [...store.alerts.values()];
    banner.hidden = alerts.length === 0;
    banner.replaceChildren(...alerts.map(bannerLine));
  };
  store.onChange((what) => { if (what === 'all' || what === 'alerts') render(); });
  onLang(render);
  render();
}

function bannerLine(alert) {
  const line = el('div', { class: `alert-line severity-${(alert.severity || 'unknown').toLowerCase()}`,
    'data-alert-id': alert.id });
  const until = alert.expires ? `${t('alert.until')} ${localTime(alert.expires)}` : t('alert.noEnd');
  const districts = alert.districts.map(districtLabel).join('、');
  line.append(el('b', { text: `⚠ ${t('alert.title')}` }),
    el('span', { class: 'alert-headline', text: alert.headline || alert.event }),
    el('span', { class: 'muted', text: [alert.event, alert.severity, until,
      alert.status === 'Actual' ? null : t('alert.status.' + alert.status.toLowerCase())].filter(Boolean)
      .join(' · ') }));
  if (districts) line.append(el('span', { class: 'alert-districts', text: `${t('alert.districts')}: ${districts}` }));
  return line;
}

/** The areas of the alerts in force on a map, drawn again whenever they change. Not clickable: clicks pick places. */
export class AlertLayer {
  constructor(map) {
    this.map = map;
    // SVG, in a pane of its own that takes no pointer events: a click on an alert's area picks the place under it
    map.createPane('alerts');
    this.renderer = L.svg({ pane: 'alerts' });
    this.group = L.layerGroup().addTo(map);
    store.onChange((what) => { if (what === 'all' || what === 'alerts') this.draw(); });
    this.draw();
  }

  draw() {
    this.group.clearLayers();
    let shapes = 0;
    for (const alert of store.alerts.values()) {
      const style = { renderer: this.renderer, className: 'alert-area', interactive: false, color: '#b3261e',
        weight: 2, dashArray: '6 4', fillColor: '#f4a300', fillOpacity: 0.18 };
      for (const area of alert.areas) {
        for (const ring of area.polygons) {
          L.polygon(ring.map(onMap), style).addTo(this.group);
          shapes += 1;
        }
        for (const circle of area.circles) {
          L.circle(onMap(circle.centre), { ...style, radius: Math.max(circle.radiusKm * 1000, 50) })
            .addTo(this.group);
          shapes += 1;
        }
      }
    }
    this.map.getContainer().dataset.alertAreas = String(shapes);
  }
}

/** The alerts in force one of whose areas holds the WGS84 position {lat, lon}. */
export function alertsAt(point) {
  if (!point) return [];
  return [...store.alerts.values()].filter((alert) => alert.areas.some((area) =>
    area.polygons.some((ring) => inRing(point, ring))
      || area.circles.some((c) => metres(point, c.centre) <= c.radiusKm * 1000)));
}

/** Ray casting, longitude as x and latitude as y. */
function inRing(p, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if ((a.lat > p.lat) !== (b.lat > p.lat)
      && p.lon < ((b.lon - a.lon) * (p.lat - a.lat)) / (b.lat - a.lat) + a.lon) inside = !inside;
  }
  return inside;
}

/** Great-circle distance in metres (haversine). */
function metres(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}

/**
 * One line naming the alerts in force at a position, each by its headline (else its event) and severity, or '' when
 * there are none: the call-taker's form and the dispatcher's incident panel show it.
 */
export function alertNote(point) {
  const found = alertsAt(point);
  return found.length ? `⚠ ${t('alert.inside')} ${found.map((a) => [a.headline || a.event, a.severity]
    .filter(Boolean).join(' · ')).join('; ')}` : '';
}

