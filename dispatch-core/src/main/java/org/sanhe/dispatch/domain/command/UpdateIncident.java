package org.sanhe.dispatch.domain.command;

import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * Changes an open incident. Null (or 0 for priority) leaves a field as it is. A new location comes with its
 * district, found at the edge. A note is appended to the incident's notes.
 */
public record UpdateIncident(long incidentId, String type, int priority, GeoPoint location, String district,
                             String address, String note) implements Command {

    public UpdateIncident {
        Fields.id(incidentId, "incidentId");
        type = Fields.optional(type);
        district = Fields.optional(district);
        address = Fields.optional(address);
        note = Fields.optional(note);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.updateIncident(this);
    }
}
