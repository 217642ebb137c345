package org.sanhe.gis.projection;

import org.sanhe.dispatch.geo.GeoPoint;

/**
 * The geodetic datum in which coordinates leave the centre. Everything is held in WGS84; {@link #GCJ02} exists only
 * as an output option for clients drawing on Chinese web-map tiles.
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
}
