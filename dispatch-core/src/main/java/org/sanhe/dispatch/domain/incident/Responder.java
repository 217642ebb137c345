package org.sanhe.dispatch.domain.incident;

import java.util.Objects;

/**
 * A unit that was sent to the incident, kept once it is released (by a dispatcher, a divert or the incident's close)
 * so that the incident names every unit it ever had, with its last status there and its times. One per unit: a unit
 * sent again to the same incident takes up its entry again. Immutable; times are epoch milliseconds.
 *
 * @param unitId     the unit
 * @param agency     the unit's agency when it was sent (kept: a unit may be retired later)
 * @param assignedAt when it was (last) sent to the incident
 * @param status     the last status it reported while serving the incident: the name of the unit status
 *                   {@code DISPATCHED}, {@code EN_ROUTE} or {@code ON_SCENE}
 * @param statusAt   when it took that status
 * @param releasedAt when it stopped serving the incident; 0 while it serves
 */
public record Responder(String unitId, String agency, long assignedAt, String status, long statusAt, long releasedAt) {

    /** The status of a unit just sent. */
    public static final String DISPATCHED = "DISPATCHED";

    public Responder {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(status, "status");
    }

    /** A unit sent at {@code at}. */
    static Responder sent(String unitId, String agency, long at) {
        return new Responder(unitId, agency, at, DISPATCHED, at, 0);
    }

    /** Whether the unit still serves the incident. */
    public boolean serving() {
        return releasedAt == 0;
    }

    Responder reported(String newStatus, long at) {
        return new Responder(unitId, agency, assignedAt, newStatus, at, releasedAt);
    }

    Responder released(long at) {
        return new Responder(unitId, agency, assignedAt, status, statusAt, at);
    }
}
