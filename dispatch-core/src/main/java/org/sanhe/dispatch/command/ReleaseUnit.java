package org.sanhe.dispatch.command;

/** Frees a unit from its incident: returning when it was on scene, otherwise available at once. */
public record ReleaseUnit(long incidentId, String unitId) implements Command {

    public ReleaseUnit {
        Fields.id(incidentId, "incidentId");
        Fields.text(unitId, "unitId");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.releaseUnit(this);
    }
}
