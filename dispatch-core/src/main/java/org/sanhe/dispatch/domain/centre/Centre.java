package org.sanhe.dispatch.domain.centre;

import java.util.List;
import org.sanhe.dispatch.domain.alert.AlertBook;
import org.sanhe.dispatch.domain.call.Call;
import org.sanhe.dispatch.domain.call.CallBook;
import org.sanhe.dispatch.domain.command.Stamped;
import org.sanhe.dispatch.domain.duplicate.DuplicateCandidate;
import org.sanhe.dispatch.domain.event.EventSink;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.incident.IncidentBook;
import org.sanhe.dispatch.domain.rules.CentreRules;
import org.sanhe.dispatch.domain.rules.Rulebook;
import org.sanhe.dispatch.domain.rules.RulesDesk;
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

    private final CallBook calls;
    private final IncidentBook incidents;
    private final UnitRoster units;
    private final StationBook stations;
    private final UserDirectory users;
    private final TimerBook timers;
    private final AlertBook alerts;
    private final RulesDesk rules;
    private final CommandRouter router;
    private long lastSequence;
    private long lastTimestamp;

    /** An empty centre, before any command: no rules, no calls, no incidents, no fleet, no users. */
    public Centre() {
        this(new CallBook(), new IncidentBook(), new UnitRoster(), new StationBook(), new UserDirectory(),
                new TimerBook(), new AlertBook(), new Rulebook(CentreRules.none()));
    }

    private Centre(CallBook calls, IncidentBook incidents, UnitRoster units, StationBook stations,
                   UserDirectory users, TimerBook timers, AlertBook alerts, Rulebook rulebook) {
        this.calls = calls;
        this.incidents = incidents;
        this.units = units;
        this.stations = stations;
        this.users = users;
        this.timers = timers;
        this.alerts = alerts;
        this.rules = new RulesDesk(rulebook);
        this.router = new CommandRouter(calls, incidents, units, stations, users, timers, alerts, rules);
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
                AlertBook.restored(state.alerts(), state.lastAlertId()),
                new Rulebook(state.rules()));
        centre.lastSequence = state.lastSequence();
        centre.lastTimestamp = state.lastTimestamp();
        return centre;
    }

    /** Applies one command and emits its events, in order, to {@code out}. */
    public void apply(Stamped in, EventSink out) {
        router.route(in, out);
        lastSequence = in.sequence();
        lastTimestamp = in.timestamp();
    }

    /**
     * A SHA-256 digest, in hex, of the whole state: rules, calls, incidents, units, timers, alerts, counters and the
     * last sequence. Independent of hash-map iteration order; equal for equal states on every JVM.
     */
    public String stateHash() {
        return StateDigest.of(this);
    }

    /**
     * The state hash as versions before the incidents' responders computed it (everything but the responders): a
     * hash an auditor recorded with such a version, or a journal fixture written by one, compares to this.
     */
    public String stateHashWithoutResponders() {
        return StateDigest.of(this, true, false);
    }

    public CentreRules rules() {
        return rules.current().rules();
    }

    public Rulebook rulebook() {
        return rules.current();
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

    /** Every public warning (CAP message) received, active or not. */
    public AlertBook alerts() {
        return alerts;
    }

    /** What the incident's assigned units cover of its response plan. */
    public Coverage coverage(Incident incident) {
        return router.coverage(incident);
    }

    /**
     * The open incidents that the call may be a duplicate report of, as at {@code now}, best first: what the centre
     * proposes when the call is offered or located, asked again (e.g. by a console that was not watching then).
     * Without a location, only the caller's own recent incidents can be candidates. A pure query: nothing changes.
     */
    public List<DuplicateCandidate> duplicateCandidates(Call call, long now) {
        return router.duplicateCandidates(call, now);
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
