package org.sanhe.dispatch.event;

import java.util.List;
import org.sanhe.dispatch.geo.GeoPoint;
import org.sanhe.dispatch.unit.UnitStatus;

/** A unit joined the roster. {@code position} is null when unknown. */
public record UnitRegistered(String unitId, String callSign, String agency, List<String> capabilities,
                             String station, UnitStatus status, GeoPoint position) implements Event {

    public UnitRegistered {
        capabilities = List.copyOf(capabilities);
    }
}
