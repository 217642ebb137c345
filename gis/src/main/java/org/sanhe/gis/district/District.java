package org.sanhe.gis.district;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * One district. Immutable; share freely (do not mutate the geometry).
 *
 * @param code     national administrative code, e.g. {@code 610103}
 * @param name     Chinese name, e.g. 碑林区
 * @param nameEn   pinyin name, e.g. "Beilin District"
 * @param boundary valid polygonal WGS84 geometry (x = lon, y = lat)
 * @param label    where to put the district's label on a map (near its seat), inside or on the boundary
 */
public record District(String code, String name, String nameEn, Geometry boundary, GeoPoint label) {

    public District {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(boundary, "boundary");
        Objects.requireNonNull(label, "label");
    }
}
