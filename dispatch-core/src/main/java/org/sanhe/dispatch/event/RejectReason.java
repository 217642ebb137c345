package org.sanhe.dispatch.event;

/** Why a command was refused. The names are a stable contract: clients and auditors match on them. */
public enum RejectReason {
    INVALID_RULES,
    UNKNOWN_CALL,
    CALL_ALREADY_OFFERED,
    CALL_NOT_QUEUED,
    CALL_NOT_LIVE,
    CALL_ALREADY_LINKED,
    CALL_NOT_LINKED,
    UNKNOWN_INCIDENT,
    INCIDENT_CLOSED,
    UNKNOWN_INCIDENT_TYPE,
    INVALID_PRIORITY,
    NOTHING_TO_CHANGE,
    UNKNOWN_UNIT,
    UNIT_ALREADY_REGISTERED,
    UNKNOWN_AGENCY,
    UNIT_NOT_AVAILABLE,
    UNIT_NOT_ASSIGNED,
    INVALID_TRANSITION,
    UNKNOWN_TIMER,
    TIMER_NOT_DUE
}
