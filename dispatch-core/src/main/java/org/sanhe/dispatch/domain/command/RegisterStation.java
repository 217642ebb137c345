package org.sanhe.dispatch.domain.command;

import java.util.Objects;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * Opens a station of an agency at a position (or opens anew a station closed earlier under the same id).
 *
 * @param district the district at {@code position}, found at the edge; null when outside every district
 */
public record RegisterStation(String stationId, String name, String agency, GeoPoint position, String district)
        implements Command {

    public RegisterStation {
        Fields.text(stationId, "stationId");
        name = Fields.optional(name) == null ? stationId : name.strip();
        Fields.text(agency, "agency");
        Objects.requireNonNull(position, "position");
        district = Fields.optional(district);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.registerStation(this);
    }
}
