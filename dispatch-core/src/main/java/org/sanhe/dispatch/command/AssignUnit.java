package org.sanhe.dispatch.command;

/** A dispatcher sends an available unit to an open incident. */
public record AssignUnit(long incidentId, String unitId) implements Command {

    public AssignUnit {
        Fields.id(incidentId, "incidentId");
        Fields.text(unitId, "unitId");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.assignUnit(this);
    }
}
