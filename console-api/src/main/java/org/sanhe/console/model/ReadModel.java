package org.sanhe.console.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.sanhe.console.http.ApiError;
import org.sanhe.dispatch.domain.rules.CentreRules;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.dispatch.domain.user.User;

/**
 * The console's read model: immutable views of the centre's calls, incidents, units, stations, users, public
 * warnings and rules,
 * projected from the core's published commands by {@link ModelProjector} on the hub's thread and versioned by the
 * journal sequence. Every read of the console is served from here, on the request's own thread, without locks and
 * without a trip to the core's thread.
 *
 * <p>Each view is consistent in itself; a listing is weakly consistent (it sees every change up to
 * {@link #sequence()} and perhaps some after). {@link #current} and {@link #reached} make a request wait until the
 * model holds what the core had applied when it arrived, or what a command it submitted did: a user always reads
 * their own writes, and anything acknowledged to anyone before their request.
 */
public final class ReadModel {

    /** How long a request waits for the model before it answers 503 {@code READ_MODEL_BEHIND}. */
    static final long WAIT_SECONDS = 10;

    final OrderedViews<String, CallView> calls = new OrderedViews<>();
    final OrderedViews<Long, IncidentView> incidents = new OrderedViews<>();
    final OrderedViews<Long, IncidentView> open = new OrderedViews<>();
    final OrderedViews<String, UnitView> units = new OrderedViews<>();
    final OrderedViews<String, Station> stations = new OrderedViews<>();
    final OrderedViews<String, User> users = new OrderedViews<>();
    final OrderedViews<Long, AlertView> alerts = new OrderedViews<>();
    final OrderedViews<Long, AlertView> activeAlerts = new OrderedViews<>();
    final Map<String, Long> statusSince = new ConcurrentHashMap<>();
    final SequenceWaiters waiters = new SequenceWaiters();
    volatile CentreRules rules = CentreRules.none();
    volatile long timestamp;
    private final LongSupplier coreSequence;
    private final BooleanSupplier coreRunning;
    private ModelProjector projector;

    /**
     * @param coreSequence the sequence of the last command the core applied (any thread, cheap)
     * @param coreRunning  whether the core takes commands (any thread, cheap)
     */
    public ReadModel(LongSupplier coreSequence, BooleanSupplier coreRunning) {
        this.coreSequence = coreSequence;
        this.coreRunning = coreRunning;
    }

    void projector(ModelProjector projector) {
        this.projector = projector;
    }

    /** The journal sequence of the last command the model holds. */
    public long sequence() {
        return waiters.sequence();
    }

    /** The time stamped on that command, epoch milliseconds. */
    public long timestamp() {
        return timestamp;
    }

    /** How many commands the core has applied that the model does not hold yet. */
    public long behind() {
        return Math.max(0, coreSequence.getAsLong() - sequence());
    }

    /**
     * Completes on {@code executor} once the model holds every command the core had applied at the call, at once
     * (on the caller's thread) when it already does; fails with a 503 {@link ApiError} after {@link #WAIT_SECONDS},
     * and at once with the core's own "not running" failure when the core is stopped (a console does not show a
     * centre that takes no commands).
     */
    public CompletableFuture<Void> current(Executor executor) {
        if (!coreRunning.getAsBoolean()) {
            return CompletableFuture.failedFuture(new IllegalStateException("the sequencer is not running"));
        }
        return reached(coreSequence.getAsLong(), executor);
    }

    /** The same for a given sequence: the one of a command just submitted. */
    public CompletableFuture<Void> reached(long sequence, Executor executor) {
        CompletableFuture<Void> waiting = waiters.await(sequence, executor);
        if (waiting.isDone()) {
            return waiting;
        }
        return waiting.orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).exceptionally(failure -> {
            throw new ApiError(503, "READ_MODEL_BEHIND", "the console's view of the centre is "
                    + "behind the core; try again", null);
        });
    }

    public CallView call(String id) {
        return calls.get(id);
    }

    /** Every call, oldest first. */
    public Collection<CallView> calls() {
        return calls.values();
    }

    public IncidentView incident(long id) {
        return incidents.get(id);
    }

    /** Every incident ever opened, oldest first. */
    public Collection<IncidentView> incidents() {
        return incidents.values();
    }

    /** The open incidents, oldest first. */
    public Collection<IncidentView> openIncidents() {
        return open.values();
    }

    public UnitView unit(String id) {
        return units.get(id);
    }

    /** Every unit of the roster, in the core's order. */
    public Collection<UnitView> units() {
        return units.values();
    }

    /** When the unit took its present status, epoch milliseconds; 0 when not known since the console started. */
    public long statusSince(String unitId) {
        return statusSince.getOrDefault(unitId, 0L);
    }

    /** The unit on the dispatchers' board, or null. */
    public BoardUnit boardUnit(String id) {
        UnitView unit = units.get(id);
        return unit == null ? null : new BoardUnit(unit, statusSince(id));
    }

    public Station station(String id) {
        return stations.get(id);
    }

    /** The open stations. */
    public Collection<Station> stations() {
        return stations.values();
    }

    /** A user of the centre, with the password hash (for sign-in; never hand it out), or null. */
    public User user(String username) {
        return users.get(username);
    }

    public Collection<User> users() {
        return users.values();
    }

    /** Any public warning received, active or not, or null. */
    public AlertView alert(long id) {
        return alerts.get(id);
    }

    /** The public warnings in force, in the order received. */
    public Collection<AlertView> activeAlerts() {
        return activeAlerts.values();
    }

    /** The rules in force. */
    public CentreRules rules() {
        return rules;
    }

    /**
     * The calls, open incidents, units and active alerts exactly as at one sequence: what a new stream client starts
     * from.
     */
    public record Snapshot(long sequence, List<CallView> calls, List<IncidentView> incidents, List<UnitView> units,
                           List<AlertView> alerts) {
    }

    /**
     * A consistent copy of the calls, open incidents, units and active alerts (references to the immutable views, taken under the
     * projector's lock between two batches: microseconds).
     */
    public Snapshot snapshot() {
        return projector.snapshot();
    }

    /** The sequence of the model's centre and that centre's state hash, as the core's would be at that sequence. */
    public record Hashed(long sequence, String stateHash) {
    }

    /**
     * The model's centre's state hash. Holds the projector's lock while it hashes (about 0.1 s per million
     * commands, during which the hub waits): call it from the audit executor, for an auditor's request.
     */
    public Hashed hashed() {
        return projector.hashed();
    }

    /**
     * The open incidents the call may be a duplicate report of, as at {@code now} (never before the model's last
     * command), best first; null for an unknown call. Asks the projector's centre under its lock: microseconds.
     */
    public List<org.sanhe.dispatch.domain.duplicate.DuplicateCandidate> duplicateCandidates(String callId, long now) {
        return projector.duplicateCandidates(callId, now);
    }
}
