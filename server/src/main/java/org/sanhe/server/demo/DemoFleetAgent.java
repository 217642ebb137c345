package org.sanhe.server.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.ChangeUnitStatus;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.ReportUnitPosition;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.dispatch.runtime.CoreHost;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.sequencer.Outcome;
import org.sanhe.gis.recommend.StraightLineEstimator;
import org.sanhe.gis.tracking.TrackedUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the crews and vehicle terminals of the centre's units in the demo. Each {@link #tick()} reads every unit on
 * the roster through {@link CoreHost#read} (so a unit a supervisor registers drives too) and, as a crew would: a unit dispatched to an incident acknowledges after a random
 * few seconds ({@code EN_ROUTE}); en route, it drives in a straight line towards the incident at its type's speed,
 * reporting its position ({@code ReportUnitPosition}) every {@link Settings#reportEveryMillis}, and reports
 * {@code ON_SCENE} on arrival; released ({@code RETURNING}), it drives back to its home station (where the station
 * stands now) and reports {@code AVAILABLE} there, or at once where it is when its station is not known. Releasing is the dispatcher's decision, never the agent's.
 *
 * <p>Runs on its own {@code demo-fleet} thread after {@link #start()}, ticking every {@link Settings#tickMillis};
 * tests call {@link #tick()} directly with a manual clock instead. Each command is awaited before the next, so a tick
 * leaves the core updated. Time comes from the injected clock, chance from the injected seeded random source.
 */
public final class DemoFleetAgent implements AutoCloseable {

    /** The actor of the commands: the units' (simulated) vehicle terminals. */
    public static final Actor TERMINALS = Actor.system("demo-terminals");

    private static final Logger LOG = LoggerFactory.getLogger(DemoFleetAgent.class);
    private static final long COMMAND_TIMEOUT_SECONDS = 10;

    /**
     * How the crews behave.
     *
     * @param tickMillis        how often the agent's thread ticks
     * @param reportEveryMillis a moving unit reports its position this often
     * @param minAckMillis      shortest time from dispatch to acknowledgement
     * @param maxAckMillis      longest time from dispatch to acknowledgement
     */
    public record Settings(long tickMillis, long reportEveryMillis, long minAckMillis, long maxAckMillis) {

        public static Settings defaults() {
            return new Settings(1_000, 5_000, 3_000, 15_000);
        }
    }

    /**
     * One unit's state as read from the core; {@code target} is its incident's location, if it has one, and
     * {@code home} its station's position, if the centre knows its station.
     */
    private record UnitView(String id, UnitStatus status, GeoPoint position, long incidentId, GeoPoint target,
                            GeoPoint home, double metersPerSecond) {
    }

    /**
     * The agent's own memory of a unit's trip: when it will acknowledge, when it last moved. A trip the agent did not
     * see begin (a release, a restart) starts one report interval back, so the unit moves on the tick that finds it.
     */
    private static final class Trip {
        final long incidentId;
        final long acknowledgeAt;
        long lastMoveAt;

        Trip(long incidentId, long acknowledgeAt, long lastMoveAt) {
            this.incidentId = incidentId;
            this.acknowledgeAt = acknowledgeAt;
            this.lastMoveAt = lastMoveAt;
        }
    }

    private final CoreHost runtime;
    private final StraightLineEstimator speeds;
    private final Map<String, Trip> trips = new HashMap<>();
    private final EpochClock clock;
    private final RandomGenerator random;
    private final Settings settings;
    private final Thread thread;
    private volatile boolean running;

    /** @param speeds how fast each kind of unit drives (the recommender's straight-line speeds) */
    public DemoFleetAgent(CoreHost runtime, StraightLineEstimator speeds, EpochClock clock,
                          RandomGenerator random, Settings settings) {
        this.runtime = runtime;
        this.speeds = speeds;
        this.clock = clock;
        this.random = random;
        this.settings = settings;
        this.thread = new Thread(this::run, "demo-fleet");
        thread.setDaemon(true);
    }

    public void start() {
        running = true;
        thread.start();
    }

    /** One round: reads the units, then sends what each crew would send now. On the agent's thread, or a test's. */
    public void tick() {
        long now = clock.millis();
        for (UnitView unit : read()) {
            switch (unit.status()) {
                case DISPATCHED -> acknowledge(unit, now);
                case EN_ROUTE -> drive(unit, unit.target(), UnitStatus.ON_SCENE, now);
                case RETURNING -> drive(unit, unit.home() != null ? unit.home() : unit.position(),
                        UnitStatus.AVAILABLE, now);
                default -> trips.remove(unit.id());
            }
        }
    }

    private void acknowledge(UnitView unit, long now) {
        Trip trip = trips.get(unit.id());
        if (trip == null || trip.incidentId != unit.incidentId()) {
            long delay = settings.minAckMillis()
                    + random.nextLong(settings.maxAckMillis() - settings.minAckMillis() + 1);
            trip = new Trip(unit.incidentId(), now + delay, now);
            trips.put(unit.id(), trip);
        }
        if (now >= trip.acknowledgeAt) {
            trip.lastMoveAt = now;
            send(new ChangeUnitStatus(unit.id(), UnitStatus.EN_ROUTE));
        }
    }

    private void drive(UnitView unit, GeoPoint target, UnitStatus onArrival, long now) {
        Trip trip = trips.computeIfAbsent(unit.id(),
                id -> new Trip(unit.incidentId(), now, now - settings.reportEveryMillis()));
        long elapsed = now - trip.lastMoveAt;
        if (target == null || elapsed < settings.reportEveryMillis()) {
            return;
        }
        trip.lastMoveAt = now;
        GeoPoint from = unit.position() != null ? unit.position() : unit.home();
        if (from == null) {
            return;
        }
        double step = unit.metersPerSecond() * elapsed / 1000.0;
        double distance = from.metersTo(target);
        if (distance <= step) {
            send(new ReportUnitPosition(unit.id(), target));
            send(new ChangeUnitStatus(unit.id(), onArrival));
            trips.remove(unit.id());
        } else {
            double f = step / distance;
            send(new ReportUnitPosition(unit.id(), new GeoPoint(from.lat() + (target.lat() - from.lat()) * f,
                    from.lon() + (target.lon() - from.lon()) * f)));
        }
    }

    private List<UnitView> read() {
        return await(runtime.read(centre -> centre.units().all().stream()
                .map(u -> new UnitView(u.id(), u.status(), u.position(), u.incidentId(),
                        u.incidentId() == 0 ? null : centre.incidents().get(u.incidentId()).location(),
                        u.station() == null || centre.stations().get(u.station()) == null ? null
                                : centre.stations().get(u.station()).position(),
                        speeds.speed(new TrackedUnit(u.id(), u.callSign(), u.agency(), u.capabilities(), u.station(),
                                u.status(), u.position(), u.positionAt()))))
                .toList()));
    }

    private void send(Command command) {
        Outcome outcome = await(runtime.submit(TERMINALS, command));
        if (!outcome.accepted()) {
            LOG.debug("demo unit command {} refused: {}", command, outcome.rejection());
        }
    }

    private <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the core did not answer the demo fleet", e);
        }
    }

    private void run() {
        while (running) {
            try {
                tick();
                Thread.sleep(settings.tickMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warn("demo fleet tick failed", e);
                }
            }
        }
    }

    /** Stops the thread (if started) and waits briefly for it. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
