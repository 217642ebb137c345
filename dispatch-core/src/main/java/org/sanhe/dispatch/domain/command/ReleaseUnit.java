package org.sanhe.dispatch.domain.command;

/**
 * Frees a unit from its incident: returning when it was on scene, otherwise available at once.
 *
 * @param reason why, in the dispatcher's words, null when none was given. Added in journal record version 2;
 *               entries of version 1 read as null.
 */
public record ReleaseUnit(long incidentId, String unitId, String reason) implements Command {

    public ReleaseUnit {
        Fields.id(incidentId, "incidentId");
        Fields.text(unitId, "unitId");
        reason = Fields.optional(reason);
    }

    /** A release without a reason. */
    public ReleaseUnit(long incidentId, String unitId) {
        this(incidentId, unitId, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.releaseUnit(this);
    }
}
