package org.sanhe.dispatch.domain.command;

import java.util.Objects;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/** A unit's vehicle terminal (AVL) reported where it is. */
public record ReportUnitPosition(String unitId, GeoPoint position) implements Command {

    public ReportUnitPosition {
        Fields.text(unitId, "unitId");
        Objects.requireNonNull(position, "position");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.reportUnitPosition(this);
    }
}
