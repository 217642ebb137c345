package org.sanhe.dispatch.domain.centre;

import java.util.List;
import org.sanhe.dispatch.domain.call.Call;
import org.sanhe.dispatch.domain.call.CallBook;
import org.sanhe.dispatch.domain.call.CallDesk;
import org.sanhe.dispatch.domain.command.AbandonCall;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.domain.command.ChangeStation;
import org.sanhe.dispatch.domain.command.ChangeUnit;
import org.sanhe.dispatch.domain.command.ChangeUnitStatus;
import org.sanhe.dispatch.domain.command.CloseIncident;
import org.sanhe.dispatch.domain.command.CloseStation;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.DefineRules;
import org.sanhe.dispatch.domain.command.DefineUser;
import org.sanhe.dispatch.domain.command.EndCall;
import org.sanhe.dispatch.domain.command.FireTimer;
import org.sanhe.dispatch.domain.command.LinkCall;
import org.sanhe.dispatch.domain.command.LocateCaller;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.command.OpenIncident;
import org.sanhe.dispatch.domain.command.RecordSessionActivity;
import org.sanhe.dispatch.domain.command.RegisterStation;
import org.sanhe.dispatch.domain.command.RegisterUnit;
import org.sanhe.dispatch.domain.command.ReleaseUnit;
import org.sanhe.dispatch.domain.command.RemoveUser;
import org.sanhe.dispatch.domain.command.ReportUnitPosition;
import org.sanhe.dispatch.domain.command.ResetPassword;
import org.sanhe.dispatch.domain.command.RetireUnit;
import org.sanhe.dispatch.domain.command.Stamped;
import org.sanhe.dispatch.domain.command.UnlinkCall;
import org.sanhe.dispatch.domain.command.UpdateIncident;
import org.sanhe.dispatch.domain.duplicate.DuplicateCandidate;
import org.sanhe.dispatch.domain.duplicate.DuplicateDetector;
import org.sanhe.dispatch.domain.event.EventSink;
import org.sanhe.dispatch.domain.event.Reject;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.event.RulesDefined;
import org.sanhe.dispatch.domain.event.SessionActivityRecorded;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.incident.IncidentBook;
import org.sanhe.dispatch.domain.incident.IncidentDesk;
import org.sanhe.dispatch.domain.incident.Responders;
import org.sanhe.dispatch.domain.rules.CentreRules;
import org.sanhe.dispatch.domain.rules.Rulebook;
import org.sanhe.dispatch.domain.station.StationBook;
import org.sanhe.dispatch.domain.station.StationDesk;
import org.sanhe.dispatch.domain.timer.Timer;
import org.sanhe.dispatch.domain.timer.TimerBook;
import org.sanhe.dispatch.domain.timer.TimerDesk;
import org.sanhe.dispatch.domain.unit.Coverage;
import org.sanhe.dispatch.domain.unit.UnitDesk;
import org.sanhe.dispatch.domain.unit.UnitRoster;
import org.sanhe.dispatch.domain.user.UserDesk;
import org.sanhe.dispatch.domain.user.UserDirectory;

/**
 * The whole centre as a deterministic state machine.
 *
 * <p>Called by one thread only, the single writer (the sequencer's handler, a replay, a test). {@link #apply} must
 * see the commands in journal order; it never blocks, reads no clock and throws only on a bug. The read accessors
 * return live views of the state and are for that same thread (or for a quiescent centre, e.g. after a replay).
 */
public final class Centre {

    private final CallBook calls;
    private final IncidentBook incidents;
    private final UnitRoster units;
    private final StationBook stations;
    private final UserDirectory users;
    private final TimerBook timers;
    private final TimerDesk timerDesk;
    private final CallDesk callDesk;
    private final IncidentDesk incidentDesk;
    private final UnitDesk unitDesk;
    private final StationDesk stationDesk;
    private final UserDesk userDesk;
    private final Dispatch dispatch = new Dispatch();
    private Rulebook rulebook;
    private long lastSequence;
    private long lastTimestamp;

    /** An empty centre, before any command: no rules, no calls, no incidents, no fleet, no users. */
    public Centre() {
        this(new CallBook(), new IncidentBook(), new UnitRoster(), new StationBook(), new UserDirectory(),
                new TimerBook(), new Rulebook(CentreRules.none()));
    }

    private Centre(CallBook calls, IncidentBook incidents, UnitRoster units, StationBook stations,
                   UserDirectory users, TimerBook timers, Rulebook rulebook) {
        this.calls = calls;
        this.incidents = incidents;
        this.units = units;
        this.stations = stations;
        this.users = users;
        this.timers = timers;
        this.rulebook = rulebook;
        DuplicateDetector duplicates = new DuplicateDetector(incidents, calls);
        timerDesk = new TimerDesk(timers);
        callDesk = new CallDesk(calls, this::rulebook, timerDesk, duplicates);
        incidentDesk = new IncidentDesk(incidents, calls, callDesk, this::rulebook, timerDesk, duplicates,
                new UnitsOfIncidents());
        stationDesk = new StationDesk(stations, units, this::rulebook);
        unitDesk = new UnitDesk(units, incidents, incidentDesk, this::rulebook, timerDesk, stationDesk::mayHouse);
        userDesk = new UserDesk(users);
    }

    /**
     * A centre holding exactly the given state, for snapshot restore only: the books get the entities in the order
     * given, which is the order the centre iterates them in, and the counters and last position as recorded. Derived
     * indexes (call channels, open incidents, each incident's callers) are rebuilt from the entities.
     *
     * @throws IllegalArgumentException when two entities share an id or a counter is below an id it has issued
     */
    public static Centre restore(CentreState state) {
        Centre centre = new Centre(CallBook.restored(state.calls()),
                IncidentBook.restored(state.incidents(), state.lastIncidentId()),
                UnitRoster.restored(state.units()), StationBook.restored(state.stations()),
                UserDirectory.restored(state.users()), TimerBook.restored(state.timers(), state.lastTimerId()),
                new Rulebook(state.rules()));
        centre.lastSequence = state.lastSequence();
        centre.lastTimestamp = state.lastTimestamp();
        return centre;
    }

    /** Applies one command and emits its events, in order, to {@code out}. */
    public void apply(Stamped in, EventSink out) {
        dispatch.now = in.timestamp();
        dispatch.actor = in.actor();
        dispatch.out = out;
        try {
            in.command().accept(dispatch);
        } finally {
            dispatch.out = null;
            dispatch.actor = null;
        }
        lastSequence = in.sequence();
        lastTimestamp = in.timestamp();
    }

    /** Routes each command type to its desk; holds the stamp of the command being applied. */
    private final class Dispatch implements Command.Visitor<Void> {

        private long now;
        private Actor actor;
        private EventSink out;

        @Override
        public Void defineRules(DefineRules c) {
            Centre.this.defineRules(c, out);
            return null;
        }

        @Override
        public Void offerCall(OfferCall c) {
            callDesk.offer(c, now, out);
            return null;
        }

        @Override
        public Void answerCall(AnswerCall c) {
            callDesk.answer(c, now, out);
            return null;
        }

        @Override
        public Void endCall(EndCall c) {
            callDesk.end(c, now, out);
            return null;
        }

        @Override
        public Void abandonCall(AbandonCall c) {
            callDesk.abandon(c, now, out);
            return null;
        }

        @Override
        public Void locateCaller(LocateCaller c) {
            callDesk.locate(c, now, out);
            return null;
        }

        @Override
        public Void openIncident(OpenIncident c) {
            incidentDesk.open(c, now, actor, out);
            return null;
        }

        @Override
        public Void updateIncident(UpdateIncident c) {
            incidentDesk.update(c, now, actor, out);
            return null;
        }

        @Override
        public Void linkCall(LinkCall c) {
            incidentDesk.link(c, now, out);
            return null;
        }

        @Override
        public Void unlinkCall(UnlinkCall c) {
            incidentDesk.unlink(c, out);
            return null;
        }

        @Override
        public Void closeIncident(CloseIncident c) {
            incidentDesk.close(c, now, actor, out);
            return null;
        }

        @Override
        public Void registerUnit(RegisterUnit c) {
            unitDesk.register(c, now, out);
            return null;
        }

        @Override
        public Void reportUnitPosition(ReportUnitPosition c) {
            unitDesk.position(c, now, out);
            return null;
        }

        @Override
        public Void changeUnitStatus(ChangeUnitStatus c) {
            unitDesk.status(c, now, out);
            return null;
        }

        @Override
        public Void assignUnit(AssignUnit c) {
            unitDesk.assign(c, now, out);
            return null;
        }

        @Override
        public Void releaseUnit(ReleaseUnit c) {
            unitDesk.release(c, out);
            return null;
        }

        @Override
        public Void changeUnit(ChangeUnit c) {
            unitDesk.change(c, out);
            return null;
        }

        @Override
        public Void retireUnit(RetireUnit c) {
            unitDesk.retire(c, out);
            return null;
        }

        @Override
        public Void registerStation(RegisterStation c) {
            stationDesk.register(c, out);
            return null;
        }

        @Override
        public Void changeStation(ChangeStation c) {
            stationDesk.change(c, out);
            return null;
        }

        @Override
        public Void closeStation(CloseStation c) {
            stationDesk.close(c, out);
            return null;
        }

        @Override
        public Void defineUser(DefineUser c) {
            userDesk.define(c, out);
            return null;
        }

        @Override
        public Void removeUser(RemoveUser c) {
            userDesk.remove(c, out);
            return null;
        }

        @Override
        public Void resetPassword(ResetPassword c) {
            userDesk.resetPassword(c, out);
            return null;
        }

        @Override
        public Void fireTimer(FireTimer c) {
            Timer timer = timerDesk.fire(c, now, out);
            if (timer != null) {
                switch (timer.kind()) {
                    case CALL_ANSWER -> callDesk.answerOverdue(timer, now, out);
                    case INCIDENT_DISPATCH -> incidentDesk.dispatchOverdue(timer, now, out);
                    case UNIT_ACKNOWLEDGE -> unitDesk.acknowledgementOverdue(timer, now, out);
                }
            }
            return null;
        }

        @Override
        public Void recordSessionActivity(RecordSessionActivity c) {
            out.accept(new SessionActivityRecorded(c.activity(), c.username(), c.sessionId(), c.from()));
            return null;
        }
    }

    private void defineRules(DefineRules c, EventSink out) {
        var problems = c.rules().problems();
        if (!problems.isEmpty()) {
            Reject.with(out, c, RejectReason.INVALID_RULES, String.join("; ", problems));
            return;
        }
        rulebook = new Rulebook(c.rules());
        out.accept(new RulesDefined(c.rules()));
    }

    /**
     * A SHA-256 digest, in hex, of the whole state: rules, calls, incidents, units, timers, counters and the last
     * sequence. Independent of hash-map iteration order; equal for equal states on every JVM.
     */
    public String stateHash() {
        return StateDigest.of(this);
    }

    public CentreRules rules() {
        return rulebook.rules();
    }

    public Rulebook rulebook() {
        return rulebook;
    }

    public CallBook calls() {
        return calls;
    }

    public IncidentBook incidents() {
        return incidents;
    }

    public UnitRoster units() {
        return units;
    }

    /** The open stations. */
    public StationBook stations() {
        return stations;
    }

    /** The console's users (with their password hashes: never hand them out of the server). */
    public UserDirectory users() {
        return users;
    }

    public TimerBook timers() {
        return timers;
    }

    /** What the incident's assigned units cover of its response plan. */
    public Coverage coverage(Incident incident) {
        return unitDesk.coverage(incident);
    }

    /**
     * The open incidents that the call may be a duplicate report of, as at {@code now}, best first: what the centre
     * proposes when the call is offered or located, asked again (e.g. by a console that was not watching then).
     * Without a location, only the caller's own recent incidents can be candidates. A pure query: nothing changes.
     */
    public List<DuplicateCandidate> duplicateCandidates(Call call, long now) {
        return callDesk.duplicateCandidates(call, now);
    }

    /** The sequence of the last command applied, 0 before any. */
    public long lastSequence() {
        return lastSequence;
    }

    /** The timestamp of the last command applied, 0 before any. */
    public long lastTimestamp() {
        return lastTimestamp;
    }

    /** Hands the incident desk's requests about units to the unit desk, which is made after it. */
    private final class UnitsOfIncidents implements Responders {

        @Override
        public void release(String unitId, Incident incident, String reason, EventSink out) {
            unitDesk.release(unitId, incident, reason, out);
        }

        @Override
        public void publishCoverage(Incident incident, EventSink out) {
            unitDesk.publishCoverage(incident, out);
        }
    }
}
