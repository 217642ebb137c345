package org.sanhe.console.core;

import org.sanhe.console.http.ApiError;
import org.sanhe.dispatch.domain.event.CommandRejected;
import org.sanhe.dispatch.domain.event.RejectReason;

/** The HTTP status of each reason the core gives for refusing a command; the error code is the reason's name. */
public final class Rejections {

    private Rejections() {
    }

    public static int status(RejectReason reason) {
        return switch (reason) {
            case UNKNOWN_CALL, UNKNOWN_INCIDENT, UNKNOWN_UNIT, UNKNOWN_TIMER, UNKNOWN_STATION, UNKNOWN_USER -> 404;
            case INVALID_RULES, UNKNOWN_INCIDENT_TYPE, INVALID_PRIORITY, NOTHING_TO_CHANGE, UNKNOWN_AGENCY -> 400;
            case CALL_ALREADY_OFFERED, CALL_NOT_QUEUED, CALL_NOT_LIVE, CALL_ALREADY_LINKED, CALL_NOT_LINKED,
                    RECORDING_ALREADY_ATTACHED,
                    INCIDENT_CLOSED, UNIT_ALREADY_REGISTERED, UNIT_NOT_AVAILABLE, UNIT_NOT_ASSIGNED,
                    INVALID_TRANSITION, TIMER_NOT_DUE, UNIT_ASSIGNED, STATION_ALREADY_REGISTERED,
                    STATION_HAS_UNITS -> 409;
        };
    }

    public static ApiError toApiError(CommandRejected rejected) {
        return new ApiError(status(rejected.reason()), rejected.reason().name(), rejected.message(), null);
    }
}
