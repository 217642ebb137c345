package org.sanhe.gis.station;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.sanhe.dispatch.domain.command.RegisterUnit;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.gis.tracking.TrackedUnit;

/**
 * A unit as configured: based at a station, with its capabilities. Immutable.
 *
 * @param id           e.g. {@code F-0301} (agency letter, station number, unit number)
 * @param callSign     radio call sign
 * @param agency       agency code
 * @param capabilities sorted and distinct, e.g. {@code [ladder]}, {@code [k9, patrol]}
 * @param station      home station id
 * @param home         home position (WGS84), where it starts
 */
public record StationUnit(String id, String callSign, String agency, List<String> capabilities, String station,
                          GeoPoint home) {

    public StationUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agency, "agency");
        capabilities = capabilities == null ? List.of() : List.copyOf(new TreeSet<>(capabilities));
        Objects.requireNonNull(home, "home");
    }

    /** The command that puts this unit on the centre's roster; the server stamps and submits it at start-up. */
    public RegisterUnit toRegisterUnit() {
        return new RegisterUnit(id, callSign, agency, capabilities, station, home);
    }

    /** This unit for the tracker, available at home, its position dated {@code at}. */
    public TrackedUnit toTrackedUnit(long at) {
        return new TrackedUnit(id, callSign, agency, capabilities, station, UnitStatus.AVAILABLE, home, at);
    }
}
