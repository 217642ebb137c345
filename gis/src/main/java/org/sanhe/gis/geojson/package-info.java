/**
 * GeoJSON (RFC 7946) at the edges of the module: reading geometries from Jackson trees through JTS (whose
 * FeatureCollection reader drops properties, so features are walked with Jackson and only each {@code geometry} is
 * handed to JTS), and writing points, polygons and features as Jackson trees in WGS84 or, on request, GCJ-02.
 */
package org.sanhe.gis.geojson;
