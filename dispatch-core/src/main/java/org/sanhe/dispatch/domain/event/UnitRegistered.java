package org.sanhe.dispatch.domain.event;

import java.util.List;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.unit.UnitStatus;

/** A unit joined the roster. {@code position} is null when unknown. */
public record UnitRegistered(String unitId, String callSign, String agency, List<String> capabilities,
                             String station, UnitStatus status, GeoPoint position) implements Event {

    public UnitRegistered {
        capabilities = List.copyOf(capabilities);
    }
}
