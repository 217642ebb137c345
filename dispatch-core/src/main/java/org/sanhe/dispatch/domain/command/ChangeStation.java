package org.sanhe.dispatch.domain.command;

import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * Renames or moves a station. A null field stays as it is; a moved station takes the district found at the edge for
 * its new position ({@code district} is read only with a position, null when outside every district). Its agency
 * does not change: close it and open another.
 */
public record ChangeStation(String stationId, String name, GeoPoint position, String district) implements Command {

    public ChangeStation {
        Fields.text(stationId, "stationId");
        name = Fields.optional(name);
        district = position == null ? null : Fields.optional(district);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.changeStation(this);
    }
}
