package org.sanhe.dispatch.domain.command;

import java.util.List;
import java.util.TreeSet;

/**
 * Changes what a unit is: its call sign, agency, capabilities or home station. A null field stays as it is (an
 * empty capability list means none). Its agency and capabilities cannot change while it serves an incident, since
 * the incident's coverage counts them.
 */
public record ChangeUnit(String unitId, String callSign, String agency, List<String> capabilities, String station)
        implements Command {

    public ChangeUnit {
        Fields.text(unitId, "unitId");
        callSign = Fields.optional(callSign);
        agency = Fields.optional(agency);
        capabilities = capabilities == null ? null : List.copyOf(new TreeSet<>(capabilities));
        station = Fields.optional(station);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.changeUnit(this);
    }
}
