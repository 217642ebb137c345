// The map, without internet: district boundaries and station areas are vector layers from the server. A tile
// layer is added only when the deployment configures one (map.tiles, read from GET /api/v1/map after sign-in). The
// map is then drawn in the tiles' datum (GCJ-02 for Chinese commercial tiles): the server's layers are asked for in
// it, live positions (WGS84) go through onMap, and a position picked on the map comes back to WGS84 through fromMap.
// The conversion is gcoord's (npm gcoord 1.0.7, MIT, vendored under vendor/).

import { get } from './api.js';
import { lang, onLang, pick, t } from './i18n.js';
import { store } from './store.js';
import gcoord from './vendor/gcoord.esm-browser.prod.js';

export const LINE_COLOURS = { 110: '#1d5fbf', 122: '#d48a00', 119: '#d0312d' };
export const STATUS_COLOURS = {
  available: '#2e9e44', dispatched: '#8e44ad', 'en-route': '#f07c00', 'on-scene': '#d0312d',
  returning: '#2f86c8', 'out-of-service': '#8a8f98',
};
export const PRIORITY_COLOURS = { 1: '#c62828', 2: '#ef6c00', 3: '#c9a000', 4: '#607d8b' };
export const AGENCY_COLOURS = { police: '#1d5fbf', traffic: '#d48a00', fire: '#d0312d' };

const layerCache = new Map();
const stationRedraws = [];
let tileServer = null;
let city = null;
let roads = false;

/**
 * The deployment's map settings ({city: {name, bbox: [west, south, east, north], centre: {lat, lon}},
 * tiles: null | {url, datum, attribution, maxZoom}, roads: boolean}); before any map is made.
 */
export function configureMap(settings) {
  tileServer = settings && settings.tiles && settings.tiles.url ? settings.tiles : null;
  city = settings && settings.city && Array.isArray(settings.city.bbox) ? settings.city : null;
  roads = !!(settings && settings.roads);
  layerCache.clear();
}

/** The configured city's name, or ''. */
export function cityName() {
  return (city && city.name) || '';
}

/** Shows the whole city (the bounds of its districts); the whole world when the server named none. */
function showCity(map) {
  if (!city) {
    map.setView([0, 0], 2);
    return;
  }
  const [west, south, east, north] = city.bbox;
  map.fitBounds([onMap({ lat: south, lon: west }), onMap({ lat: north, lon: east })]);
}

function tiles() {
  return tileServer;
}

function datum() {
  return (tiles() && tiles().datum) || 'wgs84';
}

/** A WGS84 position {lat, lon} as Leaflet's [lat, lng] in the map's datum. */
export function onMap(point) {
  if (datum() !== 'gcj02') return [point.lat, point.lon];
  const [lng, lat] = gcoord.transform([point.lon, point.lat], gcoord.WGS84, gcoord.GCJ02);
  return [lat, lng];
}

/** A position picked on the map (Leaflet's latlng, in the map's datum) as WGS84 {lat, lon}, to 6 decimals. */
export function fromMap(latlng) {
  let [lng, lat] = [latlng.lng, latlng.lat];
  if (datum() === 'gcj02') [lng, lat] = gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84);
  return { lat: Number(lat.toFixed(6)), lon: Number(lng.toFixed(6)) };
}

async function layer(name) {
  if (!layerCache.has(name)) layerCache.set(name, get(`/api/v1/layers/${name}?datum=${datum()}`));
  return layerCache.get(name);
}

/**
 * A map in the element showing the whole city, with the districts, the stations (unless a view draws its own) and,
 * when asked, the station areas.
 */
export function createMap(element, { areas = false, stations = true } = {}) {
  const map = L.map(element, { zoomControl: true, attributionControl: !!tiles(), preferCanvas: true });
  showCity(map);
  if (tiles()) {
    L.tileLayer(tiles().url, { attribution: tiles().attribution || '', maxZoom: tiles().maxZoom || 18 }).addTo(map);
  }
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
  if (stations) {
    stationLayer(map, overlays, 'stations', (geojson) => L.geoJSON(geojson, {
      pointToLayer: (f, ll) => L.circleMarker(ll, { radius: 8, weight: 1.5, fill: false,
        color: AGENCY_COLOURS[f.properties.agency] || '#555' }).bindTooltip(f.properties.name),
    }));
  }
  if (areas) {
    stationLayer(map, overlays, 'station-areas', (geojson) => L.geoJSON(geojson, {
      style: (f) => ({ color: AGENCY_COLOURS[f.properties.agency] || '#555', weight: 0.8, dashArray: '3 3',
        fill: false, opacity: 0.6 }),
      onEachFeature: (feature, l) => l.bindTooltip(feature.properties.name, { sticky: true }),
    }));
  }
  map.sanheOverlays = overlays;
  onLang(() => { if (map.sanheRelabel) map.sanheRelabel(); });
  return map;
}

/** Draws a layer that follows the stations (they are the centre's data), and draws it again when they change. */
function stationLayer(map, overlays, name, make) {
  const key = name === 'stations' ? 'stations' : 'areas';
  const draw = () => layer(name).then((geojson) => {
    if (overlays[key]) map.removeLayer(overlays[key]);
    overlays[key] = make(geojson).addTo(map);
  });
  stationRedraws.push(draw);
  draw();
}

store.onEvent((message) => {
  if (message.events.some((e) => e['@type'].startsWith('Station'))) {
    layerCache.delete('stations');
    layerCache.delete('station-areas');
    stationRedraws.forEach((draw) => draw());
  }
});

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
      const ll = onMap(unit.position);
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

/**
 * Routes by road to incidents (GET /api/v1/incidents/{id}/route?unit=, in the map's datum): the selected
 * recommendation's as a dashed line, each assigned unit en route as a solid one. Drawn as SVG paths with the classes
 * route, route-candidate / route-en-route and data-unit-id, on top of the canvas layers. Nothing is asked for when
 * the server has no roads; a unit or incident off the network comes back as the straight line (etaSource
 * straight-line), drawn thinner. A unit's route is fetched again at most every 20 s.
 */
export class RouteLayer {
  constructor(map) {
    this.map = map;
    this.renderer = L.svg({ padding: 0.5 });
    this.group = L.layerGroup().addTo(map);
    this.lines = new Map();
  }

  /** Draws exactly these routes: [{incidentId, unitId, kind: 'candidate' | 'en-route'}]. */
  show(wanted) {
    if (!roads) wanted = [];
    const keys = new Set(wanted.map((w) => `${w.kind}/${w.incidentId}/${w.unitId}`));
    for (const [key, line] of this.lines) {
      if (!keys.has(key)) { if (line.layer) line.layer.remove(); this.lines.delete(key); }
    }
    for (const w of wanted) {
      const key = `${w.kind}/${w.incidentId}/${w.unitId}`;
      const line = this.lines.get(key);
      if (line && Date.now() - line.at < 20_000) continue;
      this.lines.set(key, { layer: line && line.layer, at: Date.now() });
      this.fetch(key, w);
    }
  }

  async fetch(key, w) {
    let feature;
    try {
      feature = await get(`/api/v1/incidents/${w.incidentId}/route?unit=${encodeURIComponent(w.unitId)}`
        + `&datum=${datum()}`);
    } catch (err) {
      return;
    }
    const line = this.lines.get(key);
    if (!line) return;
    if (line.layer) line.layer.remove();
    const candidate = w.kind === 'candidate';
    const source = feature.properties.etaSource;
    line.layer = L.geoJSON(feature, { renderer: this.renderer, className: `route route-${w.kind} route-${source}`,
      style: () => ({ color: candidate ? '#1d5fbf' : STATUS_COLOURS['en-route'],
        weight: source === 'road' ? (candidate ? 4 : 3) : 2, opacity: 0.85, dashArray: candidate ? '8 6' : null }),
    }).addTo(this.group);
    line.layer.eachLayer((l) => {
      if (l.getElement) l.getElement().setAttribute('data-unit-id', w.unitId);
      const p = feature.properties;
      l.bindTooltip(`${w.unitId} → #${w.incidentId} · ${t('rec.eta')} ${Math.round(p.etaSeconds / 60)} min · ${
        (p.distanceMeters / 1000).toFixed(1)} km ${t('rec.source.' + p.etaSource)}`);
    });
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
      const marker = L.marker(onMap(incident.location), { icon, zIndexOffset: 1000 })
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
