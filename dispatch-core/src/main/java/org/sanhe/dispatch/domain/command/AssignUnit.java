package org.sanhe.dispatch.domain.command;

import org.sanhe.dispatch.domain.unit.Proposal;

/**
 * A dispatcher sends a unit to an open incident.
 *
 * @param divert   whether a unit serving another incident may be taken from it (released there with the reason
 *                 {@code diverted to #N}); without it only an available unit may be sent. Added in version 2.
 * @param proposal what the recommendation shown to the dispatcher proposed for this unit, null when the unit was
 *                 chosen off the list (an override) or the sender does not know. Added in version 2; entries of
 *                 version 1 read as no divert and no proposal.
 */
public record AssignUnit(long incidentId, String unitId, boolean divert, Proposal proposal) implements Command {

    public AssignUnit {
        Fields.id(incidentId, "incidentId");
        Fields.text(unitId, "unitId");
    }

    /** An assignment of an available unit, with nothing known of a recommendation. */
    public AssignUnit(long incidentId, String unitId) {
        this(incidentId, unitId, false, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.assignUnit(this);
    }
}
