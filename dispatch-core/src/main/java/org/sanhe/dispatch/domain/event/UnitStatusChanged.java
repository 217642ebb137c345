package org.sanhe.dispatch.domain.event;

import org.sanhe.dispatch.domain.unit.UnitStatus;

/** A unit's status changed; {@code incidentId} is the incident it serves (or served), 0 when none. */
public record UnitStatusChanged(String unitId, UnitStatus from, UnitStatus to, long incidentId) implements Event {
}
