// The map, without internet: district boundaries and station areas are vector layers from the server. A tile
// layer is added only when the deployment configures one (window.SANHE_TILES = {url, datum, attribution}); the
// layers are then asked for in the tiles' datum (GCJ-02 for Chinese commercial tiles).

import { get } from './api.js';
import { lang, onLang, pick, t } from './i18n.js';

export const LINE_COLOURS = { 110: '#1d5fbf', 122: '#d48a00', 119: '#d0312d' };
export const STATUS_COLOURS = {
  available: '#2e9e44', dispatched: '#8e44ad', 'en-route': '#f07c00', 'on-scene': '#d0312d',
  returning: '#2f86c8', 'out-of-service': '#8a8f98',
};
export const PRIORITY_COLOURS = { 1: '#c62828', 2: '#ef6c00', 3: '#c9a000', 4: '#607d8b' };
const AGENCY_COLOURS = { police: '#1d5fbf', traffic: '#d48a00', fire: '#d0312d' };
const XIAN = [34.26, 108.94];

const layerCache = new Map();

function tiles() {
  return window.SANHE_TILES && window.SANHE_TILES.url ? window.SANHE_TILES : null;
}

function datum() {
  return (tiles() && tiles().datum) || 'wgs84';
}

async function layer(name) {
  if (!layerCache.has(name)) layerCache.set(name, get(`/api/v1/layers/${name}?datum=${datum()}`));
  return layerCache.get(name);
}

/** A map in the element with the districts (and, when asked, the station areas) drawn. */
export function createMap(element, { areas = false, zoom = 11 } = {}) {
  const map = L.map(element, { zoomControl: true, attributionControl: !!tiles(), preferCanvas: true })
    .setView(XIAN, zoom);
  if (tiles()) L.tileLayer(tiles().url, { attribution: tiles().attribution || '' }).addTo(map);
  const overlays = {};
  layer('districts').then((geojson) => {
    districtNames = new Map(geojson.features.map((f) => [f.properties.code, f.properties]));
    const districts = L.geoJSON(geojson, {
      style: { color: '#3b4a5e', weight: 1.5, fillColor: '#dfe7ef', fillOpacity: tiles() ? 0 : 0.55 },
      onEachFeature: (feature, l) => {
        l.bindTooltip(() => districtName(feature.properties), { sticky: true, direction: 'top' });
      },
    }).addTo(map);
    districts.bringToBack();
    labelDistricts(map, geojson);
    overlays.districts = districts;
    element.dataset.districts = String(geojson.features.length);
  });
  layer('stations').then((geojson) => {
    overlays.stations = L.geoJSON(geojson, {
      pointToLayer: (f, ll) => L.circleMarker(ll, { radius: 8, weight: 1.5, fill: false,
        color: AGENCY_COLOURS[f.properties.agency] || '#555' }).bindTooltip(f.properties.name),
    }).addTo(map);
  });
  if (areas) {
    layer('station-areas').then((geojson) => {
      overlays.areas = L.geoJSON(geojson, {
        style: (f) => ({ color: AGENCY_COLOURS[f.properties.agency] || '#555', weight: 0.8, dashArray: '3 3',
          fill: false, opacity: 0.6 }),
        onEachFeature: (feature, l) => l.bindTooltip(feature.properties.name, { sticky: true }),
      }).addTo(map);
    });
  }
  map.sanheOverlays = overlays;
  onLang(() => { if (map.sanheRelabel) map.sanheRelabel(); });
  return map;
}

function districtName(p) {
  return lang() === 'en' ? `${p.nameEn || p.name}` : `${p.name}`;
}

function labelDistricts(map, geojson) {
  const labels = L.layerGroup().addTo(map);
  const draw = () => {
    labels.clearLayers();
    geojson.features.forEach((f) => {
      const centre = L.geoJSON(f).getBounds().getCenter();
      labels.addLayer(L.marker(centre, {
        interactive: false,
        icon: L.divIcon({ className: 'district-label', html: districtName(f.properties), iconSize: null }),
      }));
    });
  };
  draw();
  map.sanheRelabel = draw;
}

/** Circle markers of units, coloured by status; keeps one marker per unit. */
export class UnitLayer {
  constructor(map) {
    this.group = L.layerGroup().addTo(map);
    this.markers = new Map();
  }

  draw(units) {
    const seen = new Set();
    for (const unit of units) {
      if (!unit.position) continue;
      seen.add(unit.id);
      const ll = [unit.position.lat, unit.position.lon];
      const style = { radius: unit.status === 'available' ? 4 : 7, color: '#222', weight: 1,
        fillColor: STATUS_COLOURS[unit.status] || '#555', fillOpacity: 0.95 };
      let marker = this.markers.get(unit.id);
      if (!marker) {
        marker = L.circleMarker(ll, style).addTo(this.group);
        this.markers.set(unit.id, marker);
      } else {
        marker.setLatLng(ll);
        marker.setStyle(style);
      }
      marker.unbindTooltip();
      marker.bindTooltip(`${unit.callSign} · ${t('status.' + unit.status)}`);
    }
    for (const [id, marker] of this.markers) {
      if (!seen.has(id)) { marker.remove(); this.markers.delete(id); }
    }
  }
}

/** Incident markers, coloured by priority, labelled P1..P4 and the number. */
export class IncidentLayer {
  constructor(map, onPick) {
    this.group = L.layerGroup().addTo(map);
    this.onPick = onPick;
  }

  draw(incidents, selectedId) {
    this.group.clearLayers();
    for (const incident of incidents) {
      if (incident.status === 'closed') continue;
      const colour = PRIORITY_COLOURS[incident.priority] || '#555';
      const selected = incident.id === selectedId ? ' selected' : '';
      const icon = L.divIcon({ className: `incident-pin${selected}`, iconSize: [30, 30], iconAnchor: [15, 15],
        html: `<span style="background:${colour}">${incident.id}</span>` });
      const marker = L.marker([incident.location.lat, incident.location.lon], { icon, zIndexOffset: 1000 })
        .addTo(this.group);
      marker.bindTooltip(`#${incident.id} P${incident.priority}`);
      if (this.onPick) marker.on('click', () => this.onPick(incident.id));
    }
  }
}

let districtNames = new Map();

/** The district's name in the interface language (its code until the district layer has been read). */
export function districtLabel(code) {
  const p = districtNames.get(code);
  return p ? districtName(p) : code || '';
}

export function typeName(store, code) {
  return pick(store.typeByCode.get(code)?.names, code);
}
