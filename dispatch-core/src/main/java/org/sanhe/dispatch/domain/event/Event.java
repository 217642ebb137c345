package org.sanhe.dispatch.domain.event;

/** Something the core decided or observed. See the package documentation. */
public sealed interface Event
        permits RulesDefined,
        CallOffered, CallAnswered, CallEnded, CallAbandoned, CallerLocated, RecordingAttached,
        IncidentOpened, IncidentUpdated, NoteAdded, CallLinked, CallUnlinked, IncidentClosed, IncidentImported,
        DuplicatesProposed, CoverageChanged,
        UnitRegistered, UnitMoved, UnitStatusChanged, UnitAssigned, UnitReleased, UnitChanged, UnitRetired,
        StationRegistered, StationChanged, StationClosed, UserDefined, UserRemoved, PasswordReset,
        TimerScheduled, TimerCancelled, CallAnswerOverdue, DispatchOverdue, AcknowledgementOverdue,
        IntervalMeasured, CommandRejected,
        SessionActivityRecorded,
        AlertReceived, AlertRepeated, AlertUpdated, AlertCancelled, AlertExpired {
}
