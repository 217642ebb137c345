package org.sanhe.dispatch.domain.unit;

/**
 * A unit's status and the changes a unit may report itself. {@link #DISPATCHED} is reached only by assignment; the
 * way back from an incident is a release (to {@link #RETURNING} from the scene, else straight to {@link #AVAILABLE}).
 */
public enum UnitStatus {
    AVAILABLE, DISPATCHED, EN_ROUTE, ON_SCENE, RETURNING, OUT_OF_SERVICE;

    /** Whether a unit in this status may report {@code next}. */
    public boolean mayReport(UnitStatus next) {
        return switch (this) {
            case AVAILABLE -> next == OUT_OF_SERVICE;
            case DISPATCHED -> next == EN_ROUTE || next == ON_SCENE;
            case EN_ROUTE -> next == ON_SCENE;
            case ON_SCENE -> false;
            case RETURNING -> next == AVAILABLE || next == OUT_OF_SERVICE;
            case OUT_OF_SERVICE -> next == AVAILABLE;
        };
    }

    /** Whether a unit in this status is serving an incident. */
    public boolean isCommitted() {
        return this == DISPATCHED || this == EN_ROUTE || this == ON_SCENE;
    }

    /** The status a unit takes when released from its incident. */
    public UnitStatus afterRelease() {
        return this == ON_SCENE ? RETURNING : AVAILABLE;
    }
}
