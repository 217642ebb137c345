package org.sanhe.dispatch.domain.centre;

import java.util.List;
import org.sanhe.dispatch.domain.call.Call;
import org.sanhe.dispatch.domain.call.CallBook;
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
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.event.RulesDefined;
import org.sanhe.dispatch.domain.event.SessionActivityRecorded;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.incident.IncidentBook;
import org.sanhe.dispatch.domain.rules.CentreRules;
import org.sanhe.dispatch.domain.rules.Rulebook;
import org.sanhe.dispatch.domain.station.StationBook;
import org.sanhe.dispatch.domain.timer.TimerBook;
import org.sanhe.dispatch.domain.unit.Coverage;
import org.sanhe.dispatch.domain.unit.UnitRoster;
import org.sanhe.dispatch.domain.user.UserDirectory;

/**
 * The whole centre as a deterministic state machine.
 *
 * <p>Called by one thread only, the single writer (the sequencer's handler, a replay, a test). {@link #apply} must
 * see the commands in journal order; it never blocks, reads no clock and throws only on a bug. The read accessors
 * return live views of the state and are for that same thread (or for a quiescent centre, e.g. after a replay).
 */
public final class Centre {

    final CallBook calls = new CallBook();
    final IncidentBook incidents = new IncidentBook();
    final UnitRoster units = new UnitRoster();
    final StationBook stations = new StationBook();
    final UserDirectory users = new UserDirectory();
    final TimerBook timers = new TimerBook();
    final DuplicateDetector duplicates = new DuplicateDetector(incidents, calls);
    final TimerDesk timerDesk = new TimerDesk(this);
    final UnitDesk unitDesk = new UnitDesk(this);
    final StationDesk stationDesk = new StationDesk(this);
    private final UserDesk userDesk = new UserDesk(this);
    private final CallDesk callDesk = new CallDesk(this);
    private final IncidentDesk incidentDesk = new IncidentDesk(this);
    private final Dispatch dispatch = new Dispatch();
    Rulebook rulebook = new Rulebook(CentreRules.none());
    private long lastSequence;
    private long lastTimestamp;

    /**
     * A centre holding exactly the given state, for snapshot restore only: the books get the entities in the order
     * given, which is the order the centre iterates them in, and the counters and last position as recorded. Derived
     * indexes (call channels, open incidents, each incident's callers) are rebuilt from the entities.
     *
     * @throws IllegalArgumentException when two entities share an id or a counter is below an id it has issued
     */
    public static Centre restore(CentreState state) {
        Centre centre = new Centre();
        centre.rulebook = new Rulebook(state.rules());
        state.calls().forEach(centre.calls::restore);
        state.incidents().forEach(centre.incidents::restore);
        centre.incidents.restoreLastId(state.lastIncidentId());
        state.units().forEach(centre.units::restore);
        state.stations().forEach(centre.stations::restore);
        state.users().forEach(centre.users::restore);
        state.timers().forEach(centre.timers::restore);
        centre.timers.restoreLastId(state.lastTimerId());
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
            timerDesk.fire(c, now, out);
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
        GeoPoint where = call.location() == null ? null : call.location().point();
        return duplicates.candidates(rulebook.rules().duplicates(), where, now,
                call.callerNumber(), incident -> rulebook.lineAffinity(call.line(), incident.type()),
                call.incidentId());
    }

    /** The sequence of the last command applied, 0 before any. */
    public long lastSequence() {
        return lastSequence;
    }

    /** The timestamp of the last command applied, 0 before any. */
    public long lastTimestamp() {
        return lastTimestamp;
    }
}
