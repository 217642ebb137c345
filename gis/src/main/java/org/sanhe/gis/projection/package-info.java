/**
 * Coordinate reference systems: WGS84 (what the centre holds and serves, RFC 7946), GCJ-02 (the shifted system of
 * Chinese web maps, only at the edges: importing a district file and an explicit output option), and the metric grid
 * in which distances, areas and Voronoi diagrams are computed: the 3-degree transverse Mercator zone of the service
 * area (EPSG:4545, CGCS2000 / 3-degree Gauss-Kruger CM 108E, for Xi'an). Metric projection is done by proj4j; only
 * GCJ-02, which no library on Maven Central has, is written here.
 */
package org.sanhe.gis.projection;
