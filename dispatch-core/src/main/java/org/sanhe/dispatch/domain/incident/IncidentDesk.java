package org.sanhe.dispatch.domain.incident;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.sanhe.dispatch.domain.call.Call;
import org.sanhe.dispatch.domain.call.CallBook;
import org.sanhe.dispatch.domain.call.CallDesk;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.CloseIncident;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.LinkCall;
import org.sanhe.dispatch.domain.command.OpenIncident;
import org.sanhe.dispatch.domain.command.UnlinkCall;
import org.sanhe.dispatch.domain.command.UpdateIncident;
import org.sanhe.dispatch.domain.duplicate.DuplicateCandidate;
import org.sanhe.dispatch.domain.duplicate.DuplicateDetector;
import org.sanhe.dispatch.domain.event.CallLinked;
import org.sanhe.dispatch.domain.event.CallUnlinked;
import org.sanhe.dispatch.domain.event.DispatchOverdue;
import org.sanhe.dispatch.domain.event.DuplicatesProposed;
import org.sanhe.dispatch.domain.event.EventSink;
import org.sanhe.dispatch.domain.event.IncidentClosed;
import org.sanhe.dispatch.domain.event.IncidentOpened;
import org.sanhe.dispatch.domain.event.IncidentUpdated;
import org.sanhe.dispatch.domain.event.IntervalMeasured;
import org.sanhe.dispatch.domain.event.NoteAdded;
import org.sanhe.dispatch.domain.event.Reject;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.rules.CentreRules;
import org.sanhe.dispatch.domain.rules.IncidentType;
import org.sanhe.dispatch.domain.rules.Rulebook;
import org.sanhe.dispatch.domain.timer.IntervalKind;
import org.sanhe.dispatch.domain.timer.Timer;
import org.sanhe.dispatch.domain.timer.TimerDesk;
import org.sanhe.dispatch.domain.timer.TimerKind;

/**
 * The rules of incidents: opening, updating, binding calls, closing, the dispatch timer and intervals; and, for the
 * unit desk, the incident's side of an assignment ({@link #unitAssigned}, {@link #unitReleased},
 * {@link #unitReported}, {@link #firstDispatch}). Created by the centre over its book; called on the centre's writer
 * thread only.
 */
public final class IncidentDesk {

    private final IncidentBook incidents;
    private final CallBook calls;
    private final CallDesk callDesk;
    private final Supplier<Rulebook> rules;
    private final TimerDesk timers;
    private final DuplicateDetector duplicates;
    private final Responders responders;

    /**
     * @param incidents  the book this desk changes
     * @param calls      the calls, read to bind them and to measure intervals
     * @param callDesk   binds and frees calls
     * @param rules      the rules in force when a command is applied
     * @param timers     schedules and cancels the dispatch timer
     * @param duplicates proposes the open incidents a new one may duplicate
     * @param responders frees an incident's units when it closes and publishes their coverage
     */
    public IncidentDesk(IncidentBook incidents, CallBook calls, CallDesk callDesk, Supplier<Rulebook> rules,
                        TimerDesk timers, DuplicateDetector duplicates, Responders responders) {
        this.incidents = incidents;
        this.calls = calls;
        this.callDesk = callDesk;
        this.rules = rules;
        this.timers = timers;
        this.duplicates = duplicates;
        this.responders = responders;
    }

    public void open(OpenIncident c, long now, Actor actor, EventSink out) {
        IncidentType type = knownType(c, c.type(), out);
        if (type == null) {
            return;
        }
        int priority = c.priority() == 0 ? type.defaultPriority() : c.priority();
        if (!validPriority(c, priority, out)) {
            return;
        }
        Call call = null;
        if (c.callId() != null) {
            call = unboundCall(c, c.callId(), out);
            if (call == null) {
                return;
            }
        }
        Incident incident = new Incident(incidents.nextId(), now, c.callId(), type.code(), priority,
                c.location(), c.district(), c.address());
        incidents.add(incident);
        out.accept(new IncidentOpened(incident.id(), type.code(), priority, c.location(), c.district(), c.address(),
                c.callId(), now));
        if (c.notes() != null) {
            addNote(incident, new Note(now, actor, c.notes()), out);
        }
        if (call != null) {
            bind(call, incident, now, out);
        }
        started(incident, now, out);
        List<DuplicateCandidate> candidates = duplicates.candidates(rules.get().rules().duplicates(),
                incident.location(), now, call == null ? null : call.callerNumber(),
                other -> rules.get().typeAffinity(incident.type(), other.type()), incident.id());
        if (!candidates.isEmpty()) {
            out.accept(new DuplicatesProposed(null, incident.id(), candidates));
        }
    }

    public void update(UpdateIncident c, long now, Actor actor, EventSink out) {
        Incident incident = openIncident(c, c.incidentId(), out);
        if (incident == null) {
            return;
        }
        Changes changes = change(c, incident, c.type(), c.priority(), c.location(), c.district(), c.address(), out);
        if (changes == null) {
            return;
        }
        if (!changes.any() && c.note() == null) {
            Reject.with(out, c, RejectReason.NOTHING_TO_CHANGE, "incident " + incident.id() + " already reads so");
            return;
        }
        if (c.note() != null) {
            addNote(incident, new Note(now, actor, c.note()), out);
        }
        changed(incident, changes, now, out);
    }

    /** What {@link #change} changed: the follow-ups {@link #changed} owes. */
    record Changes(boolean retyped, boolean reprioritised, boolean any) {
    }

    /**
     * Changes the fields given (null, or 0 for priority, keeps one) and emits {@link IncidentUpdated} when any
     * changed; null after refusing the command (unknown type, invalid priority). Call {@link #changed} afterwards.
     */
    Changes change(Command c, Incident incident, String newType, int newPriority, GeoPoint location,
                   String district, String address, EventSink out) {
        String type = newType == null ? incident.type() : newType;
        if (newType != null && knownType(c, type, out) == null) {
            return null;
        }
        int priority = newPriority == 0 ? incident.priority() : newPriority;
        if (!validPriority(c, priority, out)) {
            return null;
        }
        boolean retyped = !type.equals(incident.type());
        boolean reprioritised = priority != incident.priority();
        boolean moved = location != null && (!location.equals(incident.location())
                || !Objects.equals(district, incident.district()));
        boolean readdressed = address != null && !address.equals(incident.address());
        boolean any = retyped || reprioritised || moved || readdressed;
        if (any) {
            incident.retype(type, priority);
            if (moved) {
                incident.relocate(location, district);
            }
            if (readdressed) {
                incident.readdress(address);
            }
            out.accept(new IncidentUpdated(incident.id(), type, priority, incident.location(), incident.district(),
                    incident.address()));
        }
        return new Changes(retyped, reprioritised, any);
    }

    /** After {@link #change}: a new priority moves a pending dispatch timer, a new type changes the coverage. */
    void changed(Incident incident, Changes changes, long now, EventSink out) {
        if (changes.reprioritised() && incident.firstDispatchAt() == 0) {
            rescheduleDispatch(incident, now, out);
        }
        if (changes.retyped()) {
            responders.publishCoverage(incident, out);
        }
    }

    /** A new incident's dispatch timer starts and its coverage is published. */
    void started(Incident incident, long now, EventSink out) {
        incident.dispatchTimer(timers.schedule(TimerKind.INCIDENT_DISPATCH, now,
                rules.get().rules().timers().dispatchMillis(incident.priority()), null, incident.id(), null, out));
        responders.publishCoverage(incident, out);
    }

    public void link(LinkCall c, long now, EventSink out) {
        Incident incident = openIncident(c, c.incidentId(), out);
        if (incident == null) {
            return;
        }
        Call call = unboundCall(c, c.callId(), out);
        if (call != null) {
            bind(call, incident, now, out);
        }
    }

    public void unlink(UnlinkCall c, EventSink out) {
        Incident incident = openIncident(c, c.incidentId(), out);
        if (incident == null) {
            return;
        }
        Call call = calls.get(c.callId());
        if (call == null) {
            Reject.with(out, c, RejectReason.UNKNOWN_CALL, "no call " + c.callId());
            return;
        }
        if (call.incidentId() != incident.id()) {
            Reject.with(out, c, RejectReason.CALL_NOT_LINKED,
                    "call " + call.id() + " is not bound to incident " + incident.id());
            return;
        }
        callDesk.unbind(call);
        incident.unlinkCall(call.id());
        out.accept(new CallUnlinked(call.id(), incident.id()));
    }

    public void close(CloseIncident c, long now, Actor actor, EventSink out) {
        Incident incident = openIncident(c, c.incidentId(), out);
        if (incident == null) {
            return;
        }
        if (c.note() != null) {
            addNote(incident, new Note(now, actor, c.note()), out);
        }
        for (String unitId : List.copyOf(incident.unitIds())) {
            responders.release(unitId, incident, null, now, out);
        }
        timers.cancel(incident.dispatchTimerId(), out);
        incident.dispatchTimer(0);
        incident.close(c.disposition(), now);
        incidents.closed(incident);
        out.accept(new IncidentClosed(incident.id(), c.disposition(), now));
    }

    private void bind(Call call, Incident incident, long now, EventSink out) {
        boolean first = call.firstLinkedAt() == 0;
        callDesk.bind(call, incident.id(), now);
        incident.linkCall(call.id());
        out.accept(new CallLinked(call.id(), incident.id()));
        if (first && call.answeredAt() != 0) {
            out.accept(new IntervalMeasured(IntervalKind.ANSWER_TO_INCIDENT, call.id(), incident.id(), null,
                    Math.max(0, now - call.answeredAt())));
        }
    }

    private void rescheduleDispatch(Incident incident, long now, EventSink out) {
        timers.cancel(incident.dispatchTimerId(), out);
        long millis = rules.get().rules().timers().dispatchMillis(incident.priority());
        long left = millis == 0 ? 0 : Math.max(1, incident.openedAt() + millis - now);
        incident.dispatchTimer(timers.schedule(TimerKind.INCIDENT_DISPATCH, now, left, null,
                incident.id(), null, out));
    }

    static void addNote(Incident incident, Note note, EventSink out) {
        incident.addNote(note);
        out.accept(new NoteAdded(incident.id(), note));
    }

    Incident openIncident(Command c, long incidentId, EventSink out) {
        Incident incident = incidents.get(incidentId);
        if (incident == null) {
            Reject.with(out, c, RejectReason.UNKNOWN_INCIDENT, "no incident " + incidentId);
            return null;
        }
        if (!incident.isOpen()) {
            Reject.with(out, c, RejectReason.INCIDENT_CLOSED, "incident " + incidentId + " is closed");
            return null;
        }
        return incident;
    }

    /** The call, if it exists and is bound to no incident; else null after refusing the command. */
    private Call unboundCall(Command c, String callId, EventSink out) {
        Call call = calls.get(callId);
        if (call == null) {
            Reject.with(out, c, RejectReason.UNKNOWN_CALL, "no call " + callId);
            return null;
        }
        if (call.incidentId() != 0) {
            Reject.with(out, c, RejectReason.CALL_ALREADY_LINKED,
                    "call " + call.id() + " is bound to incident " + call.incidentId());
            return null;
        }
        return call;
    }

    IncidentType knownType(Command c, String code, EventSink out) {
        IncidentType type = rules.get().type(code);
        if (type == null) {
            Reject.with(out, c, RejectReason.UNKNOWN_INCIDENT_TYPE, "no incident type " + code);
        }
        return type;
    }

    static boolean validPriority(Command c, int priority, EventSink out) {
        if (priority < CentreRules.MIN_PRIORITY || priority > CentreRules.MAX_PRIORITY) {
            Reject.with(out, c, RejectReason.INVALID_PRIORITY, "priority must be " + CentreRules.MIN_PRIORITY
                    + " (most urgent) to " + CentreRules.MAX_PRIORITY + ", was " + priority);
            return false;
        }
        return true;
    }

    /** Emits that the incident's dispatch timer ran out (the timer desk has taken the timer off its book). */
    public void dispatchOverdue(Timer timer, long now, EventSink out) {
        Incident incident = incidents.get(timer.incidentId());
        incident.dispatchTimer(0);
        out.accept(new DispatchOverdue(incident.id(), incident.priority(), now - incident.openedAt()));
    }

    /**
     * Records that the unit now serves the incident, for the unit desk; true when it is the incident's first
     * dispatch, which the unit desk then completes with {@link #firstDispatch} once the unit's own events are out.
     */
    public boolean unitAssigned(Incident incident, String unitId, String agency, long now) {
        boolean first = incident.firstDispatchAt() == 0;
        incident.addUnit(unitId, agency, now);
        return first;
    }

    /** Records that the unit no longer serves the incident (kept among its responders), for the unit desk. */
    public void unitReleased(Incident incident, String unitId, long now) {
        incident.removeUnit(unitId, now);
    }

    /**
     * Records the status a unit serving the incident reported (the name of its unit status), for the unit desk; on
     * scene also marks the incident's first arrival.
     */
    public void unitReported(long incidentId, String unitId, String status, boolean onScene, long now) {
        Incident incident = incidents.get(incidentId);
        incident.unitReported(unitId, status, now);
        if (onScene) {
            incident.markOnScene(now);
        }
    }

    /** The incident's first unit is sent: its dispatch timer stops and its dispatch intervals are measured. */
    public void firstDispatch(Incident incident, long now, EventSink out) {
        timers.cancel(incident.dispatchTimerId(), out);
        incident.dispatchTimer(0);
        out.accept(new IntervalMeasured(IntervalKind.INCIDENT_TO_DISPATCH, null, incident.id(), null,
                Math.max(0, now - incident.openedAt())));
        Call origin = incident.originCallId() == null ? null : calls.get(incident.originCallId());
        if (origin != null && origin.answeredAt() != 0) {
            out.accept(new IntervalMeasured(IntervalKind.CALL_PROCESSING, origin.id(), incident.id(), null,
                    Math.max(0, now - origin.answeredAt())));
        }
    }
}
