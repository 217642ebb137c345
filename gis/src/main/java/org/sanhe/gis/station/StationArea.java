package org.sanhe.gis.station;

import org.locationtech.jts.geom.Geometry;
import org.sanhe.dispatch.domain.station.Station;

/**
 * A station's first-due area: the part of the service area it reaches before any other station of its agency (by
 * road, or as the crow flies in the metric grid; see {@link StationAreas}). Immutable; do not mutate the geometry.
 *
 * @param station the station
 * @param area    WGS84 polygon(s), x = lon, y = lat; empty when the station's cell misses the service area
 */
public record StationArea(Station station, Geometry area) {
}
