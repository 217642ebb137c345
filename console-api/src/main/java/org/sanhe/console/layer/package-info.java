/**
 * Map layers as GeoJSON: the static ones (districts, stations, station areas) computed once, the live ones
 * (units, incidents) read from the core. Coordinates are WGS84, or GCJ-02 with {@code datum=gcj02}.
 */
package org.sanhe.console.layer;
