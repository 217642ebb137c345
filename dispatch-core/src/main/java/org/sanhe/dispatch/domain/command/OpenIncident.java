package org.sanhe.dispatch.domain.command;

import java.util.Objects;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * Opens an incident, from a call or by hand. The core numbers it.
 *
 * @param type     incident type code
 * @param priority 1..4, or 0 for the type's default
 * @param location where it happens
 * @param district district code found at the edge from the location; null when outside the service area
 * @param address  address as text, may be null
 * @param notes    the first note, may be null
 * @param callId   the call this incident comes from, or null
 */
public record OpenIncident(String type, int priority, GeoPoint location, String district, String address,
                           String notes, String callId) implements Command {

    public OpenIncident {
        Fields.text(type, "type");
        Objects.requireNonNull(location, "location");
        district = Fields.optional(district);
        address = Fields.optional(address);
        notes = Fields.optional(notes);
        callId = Fields.optional(callId);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.openIncident(this);
    }
}
