package org.sanhe.dispatch.domain.event;

import org.sanhe.dispatch.domain.unit.Proposal;

/**
 * A unit was sent to an incident.
 *
 * @param proposal     what the recommendation proposed for it, null for an override (see {@link Proposal})
 * @param divertedFrom the incident it was taken from, 0 when it was available
 */
public record UnitAssigned(String unitId, long incidentId, Proposal proposal, long divertedFrom) implements Event {

    /** An available unit assigned with no proposal known. */
    public UnitAssigned(String unitId, long incidentId) {
        this(unitId, incidentId, null, 0);
    }
}
