package org.sanhe.gis.station;

import java.util.Objects;
import org.sanhe.dispatch.geo.GeoPoint;

/**
 * A station (police post, traffic-police brigade, fire station). Immutable.
 *
 * @param id       stable id, e.g. {@code FS-03}
 * @param name     display name
 * @param agency   agency code: {@code police}, {@code traffic} or {@code fire}
 * @param district code of the district it stands in
 * @param position WGS84
 */
public record Station(String id, String name, String agency, String district, GeoPoint position) {

    public Station {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(position, "position");
    }
}
