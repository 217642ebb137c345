/**
 * Map layers for the console: GeoJSON FeatureCollections (Jackson trees) of districts, stations, first-due station
 * areas, units with their status, and open incidents. WGS84 by default (RFC 7946); GCJ-02 only when the caller asks
 * for it explicitly, for drawing on Chinese web-map tiles.
 */
package org.sanhe.gis.layer;
