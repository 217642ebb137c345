package org.sanhe.console.model;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.sanhe.dispatch.domain.event.AcknowledgementOverdue;
import org.sanhe.dispatch.domain.event.AlertCancelled;
import org.sanhe.dispatch.domain.event.AlertExpired;
import org.sanhe.dispatch.domain.event.AlertReceived;
import org.sanhe.dispatch.domain.event.AlertRepeated;
import org.sanhe.dispatch.domain.event.AlertUpdated;
import org.sanhe.dispatch.domain.event.CallAbandoned;
import org.sanhe.dispatch.domain.event.CallAnswerOverdue;
import org.sanhe.dispatch.domain.event.CallAnswered;
import org.sanhe.dispatch.domain.event.CallEnded;
import org.sanhe.dispatch.domain.event.CallLinked;
import org.sanhe.dispatch.domain.event.CallOffered;
import org.sanhe.dispatch.domain.event.CallUnlinked;
import org.sanhe.dispatch.domain.event.CallerLocated;
import org.sanhe.dispatch.domain.event.CommandRejected;
import org.sanhe.dispatch.domain.event.CoverageChanged;
import org.sanhe.dispatch.domain.event.DispatchOverdue;
import org.sanhe.dispatch.domain.event.DuplicatesProposed;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.domain.event.IncidentClosed;
import org.sanhe.dispatch.domain.event.IncidentImported;
import org.sanhe.dispatch.domain.event.IncidentOpened;
import org.sanhe.dispatch.domain.event.IncidentUpdated;
import org.sanhe.dispatch.domain.event.IntervalMeasured;
import org.sanhe.dispatch.domain.event.NoteAdded;
import org.sanhe.dispatch.domain.event.PasswordReset;
import org.sanhe.dispatch.domain.event.RecordingAttached;
import org.sanhe.dispatch.domain.event.RulesDefined;
import org.sanhe.dispatch.domain.event.SessionActivityRecorded;
import org.sanhe.dispatch.domain.event.StationChanged;
import org.sanhe.dispatch.domain.event.StationClosed;
import org.sanhe.dispatch.domain.event.StationRegistered;
import org.sanhe.dispatch.domain.event.TimerCancelled;
import org.sanhe.dispatch.domain.event.TimerScheduled;
import org.sanhe.dispatch.domain.event.UnitAssigned;
import org.sanhe.dispatch.domain.event.UnitChanged;
import org.sanhe.dispatch.domain.event.UnitMoved;
import org.sanhe.dispatch.domain.event.UnitRegistered;
import org.sanhe.dispatch.domain.event.UnitReleased;
import org.sanhe.dispatch.domain.event.UnitRetired;
import org.sanhe.dispatch.domain.event.UnitStatusChanged;
import org.sanhe.dispatch.domain.event.UserDefined;
import org.sanhe.dispatch.domain.event.UserRemoved;

/**
 * Which views a batch of events made stale: the entities each event names, one marker per event type (a test
 * holds the markers to the sealed type's permitted list, and an event without one marks everything). The projector
 * rebuilds exactly these from its centre; it does not interpret the events beyond that. Where an entity left its book ({@code UnitRetired},
 * {@code StationClosed}, {@code UserRemoved}) the whole book is taken again, so that the order stays the book's.
 * Projector thread only.
 */
final class Dirty {

    final Set<String> calls = new LinkedHashSet<>();
    final Set<Long> incidents = new LinkedHashSet<>();
    final Set<String> units = new LinkedHashSet<>();
    final Set<String> stations = new LinkedHashSet<>();
    final Set<String> users = new LinkedHashSet<>();
    final Set<Long> alerts = new LinkedHashSet<>();
    /** The rules changed: every incident's target and coverage, every unit's acknowledgement time. */
    boolean rules;
    boolean allUnits;
    boolean allStations;
    boolean allUsers;

    boolean isEmpty() {
        return calls.isEmpty() && incidents.isEmpty() && units.isEmpty() && stations.isEmpty() && users.isEmpty()
                && alerts.isEmpty() && !rules && !allUnits && !allStations && !allUsers;
    }

    void clear() {
        calls.clear();
        incidents.clear();
        units.clear();
        stations.clear();
        users.clear();
        alerts.clear();
        rules = false;
        allUnits = false;
        allStations = false;
        allUsers = false;
    }

    /** What each event type marks; {@code DirtyTest} checks that every permitted event type is here. */
    static final Map<Class<?>, BiConsumer<Dirty, Event>> MARKERS = markers();

    private static Map<Class<?>, BiConsumer<Dirty, Event>> markers() {
        Map<Class<?>, BiConsumer<Dirty, Event>> m = new HashMap<>();
        on(m, RulesDefined.class, (d, e) -> d.rules = true);
        on(m, CallOffered.class, (d, e) -> d.calls.add(e.callId()));
        on(m, CallAnswered.class, (d, e) -> d.calls.add(e.callId()));
        on(m, CallEnded.class, (d, e) -> d.calls.add(e.callId()));
        on(m, CallAbandoned.class, (d, e) -> d.calls.add(e.callId()));
        on(m, CallerLocated.class, (d, e) -> d.calls.add(e.callId()));
        on(m, RecordingAttached.class, (d, e) -> d.calls.add(e.callId()));
        on(m, CallAnswerOverdue.class, (d, e) -> d.calls.add(e.callId()));
        on(m, DuplicatesProposed.class, (d, e) -> d.calls.add(e.callId()));
        on(m, IncidentOpened.class, (d, e) -> d.incident(e.incidentId(), e.callId()));
        on(m, IncidentUpdated.class, (d, e) -> d.incidents.add(e.incidentId()));
        on(m, NoteAdded.class, (d, e) -> d.incidents.add(e.incidentId()));
        on(m, IncidentClosed.class, (d, e) -> d.incidents.add(e.incidentId()));
        on(m, IncidentImported.class, (d, e) -> d.incidents.add(e.incidentId()));
        on(m, DispatchOverdue.class, (d, e) -> d.incidents.add(e.incidentId()));
        on(m, CoverageChanged.class, (d, e) -> d.incidents.add(e.incidentId()));
        on(m, CallLinked.class, (d, e) -> d.incident(e.incidentId(), e.callId()));
        on(m, CallUnlinked.class, (d, e) -> d.incident(e.incidentId(), e.callId()));
        on(m, UnitRegistered.class, (d, e) -> d.units.add(e.unitId()));
        on(m, UnitMoved.class, (d, e) -> d.units.add(e.unitId()));
        on(m, UnitStatusChanged.class, (d, e) -> d.unit(e.unitId(), e.incidentId()));
        on(m, UnitAssigned.class, (d, e) -> {
            d.unit(e.unitId(), e.incidentId());
            d.incidents.add(e.divertedFrom());
        });
        on(m, UnitReleased.class, (d, e) -> d.unit(e.unitId(), e.incidentId()));
        on(m, UnitChanged.class, (d, e) -> d.units.add(e.unitId()));
        on(m, UnitRetired.class, (d, e) -> d.allUnits = true);
        on(m, AcknowledgementOverdue.class, (d, e) -> d.unit(e.unitId(), e.incidentId()));
        on(m, TimerScheduled.class, (d, e) -> {
            if (e.timer().unitId() != null) {
                d.units.add(e.timer().unitId());
            }
        });
        on(m, StationRegistered.class, (d, e) -> d.stations.add(e.station().id()));
        on(m, StationChanged.class, (d, e) -> d.stations.add(e.station().id()));
        on(m, StationClosed.class, (d, e) -> d.allStations = true);
        on(m, UserDefined.class, (d, e) -> d.users.add(e.username()));
        on(m, PasswordReset.class, (d, e) -> d.users.add(e.username()));
        on(m, UserRemoved.class, (d, e) -> d.allUsers = true);
        on(m, TimerCancelled.class, (d, e) -> { });
        on(m, IntervalMeasured.class, (d, e) -> { });
        on(m, CommandRejected.class, (d, e) -> { });
        on(m, SessionActivityRecorded.class, (d, e) -> { });
        on(m, AlertReceived.class, (d, e) -> d.alerts.add(e.alert().id()));
        on(m, AlertUpdated.class, (d, e) -> d.alerts.add(e.alertId()));
        on(m, AlertCancelled.class, (d, e) -> d.alerts.add(e.alertId()));
        on(m, AlertExpired.class, (d, e) -> d.alerts.add(e.alertId()));
        on(m, AlertRepeated.class, (d, e) -> { });
        return Map.copyOf(m);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Event> void on(Map<Class<?>, BiConsumer<Dirty, Event>> m, Class<E> type,
                                             BiConsumer<Dirty, E> marker) {
        m.put(type, (d, e) -> marker.accept(d, (E) e));
    }

    /** Marks what the event touched; an event type without a marker marks everything. */
    void mark(Event event) {
        BiConsumer<Dirty, Event> marker = MARKERS.get(event.getClass());
        if (marker == null) {
            rules = true;
            allUnits = true;
            allStations = true;
            allUsers = true;
        } else {
            marker.accept(this, event);
        }
        calls.remove(null);
        units.remove(null);
    }

    private void incident(long incidentId, String callId) {
        incidents.add(incidentId);
        if (callId != null) {
            calls.add(callId);
        }
    }

    private void unit(String unitId, long incidentId) {
        units.add(unitId);
        incidents.add(incidentId);
    }
}
