package org.sanhe.dispatch.domain.command;

import java.util.List;
import java.util.TreeSet;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * Puts a unit (a patrol car, an engine, a motorcycle) on the centre's roster, available, at its station.
 *
 * @param capabilities kept sorted and distinct
 * @param position     its last known position, null when unknown
 */
public record RegisterUnit(String unitId, String callSign, String agency, List<String> capabilities, String station,
                           GeoPoint position) implements Command {

    public RegisterUnit {
        Fields.text(unitId, "unitId");
        callSign = callSign == null || callSign.isBlank() ? unitId : callSign;
        Fields.text(agency, "agency");
        capabilities = capabilities == null ? List.of() : List.copyOf(new TreeSet<>(capabilities));
        station = Fields.optional(station);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.registerUnit(this);
    }
}
