package org.sanhe.gis.tracking;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.unit.UnitStatus;

/**
 * What the tracker knows of one unit at one moment. Immutable.
 *
 * @param id           unit id, e.g. {@code F-0301}
 * @param callSign     radio call sign
 * @param agency       agency code, e.g. {@code fire}
 * @param capabilities sorted and distinct
 * @param station      home station id, null when none
 * @param status       current status
 * @param position     last reported WGS84 position, null when never reported
 * @param positionAt   when it was reported (epoch milliseconds), 0 when unknown
 */
public record TrackedUnit(String id, String callSign, String agency, List<String> capabilities, String station,
                          UnitStatus status, GeoPoint position, long positionAt) {

    public TrackedUnit {
        Objects.requireNonNull(id, "id");
        callSign = callSign == null ? id : callSign;
        Objects.requireNonNull(agency, "agency");
        capabilities = capabilities == null ? List.of() : List.copyOf(new TreeSet<>(capabilities));
        Objects.requireNonNull(status, "status");
    }

    /** The same unit, moved. */
    public TrackedUnit movedTo(GeoPoint newPosition, long at) {
        return new TrackedUnit(id, callSign, agency, capabilities, station, status, newPosition, at);
    }

    /** The same unit, in another status. */
    public TrackedUnit withStatus(UnitStatus newStatus) {
        return new TrackedUnit(id, callSign, agency, capabilities, station, newStatus, position, positionAt);
    }
}
