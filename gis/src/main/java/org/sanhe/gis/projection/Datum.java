package org.sanhe.gis.projection;

import org.locationtech.jts.geom.Geometry;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * A geodetic datum in which coordinates enter or leave the centre. Everything is held in WGS84; {@link #GCJ02}
 * exists at the edges: a district file a centre supplies in it (converted once, at load), and an output option for
 * clients drawing on Chinese web-map tiles. Stateless; thread-safe.
 */
public enum Datum {
    /** RFC 7946 coordinates, as held. */
    WGS84,
    /** Shifted for Chinese web-map tiles. */
    GCJ02;

    /** A WGS84 point expressed in this datum. */
    public GeoPoint fromWgs84(GeoPoint wgs84) {
        return this == GCJ02 ? Gcj02.fromWgs84(wgs84) : wgs84;
    }

    /** A point in this datum expressed in WGS84. */
    public GeoPoint toWgs84(GeoPoint point) {
        return this == GCJ02 ? Gcj02.toWgs84(point) : point;
    }

    /** A copy of a geometry in this datum (x = lon, y = lat) in WGS84; the same geometry for {@link #WGS84}. */
    public Geometry toWgs84(Geometry geometry) {
        if (this == WGS84) {
            return geometry;
        }
        return PointwiseTransform.apply(geometry, (lon, lat, out) -> {
            GeoPoint wgs = toWgs84(new GeoPoint(lat, lon));
            out[0] = wgs.lon();
            out[1] = wgs.lat();
        });
    }
}
