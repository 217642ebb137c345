package org.sanhe.dispatch.domain.station;

import java.util.Objects;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * A station (police post, traffic-police brigade, fire station): where units are based. Immutable; a change of a
 * station replaces the record in the centre's {@link StationBook}.
 *
 * @param id       stable id, e.g. {@code FS-03}
 * @param name     display name
 * @param agency   agency code, one of the rules' agencies
 * @param district code of the district it stands in, found at the edge from its position; null when outside all
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
