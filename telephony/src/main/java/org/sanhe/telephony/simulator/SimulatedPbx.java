package org.sanhe.telephony.simulator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.sanhe.telephony.ami.AmiPacket;

/**
 * The simulated PBX's state — its live channels and queue callers — and the event bus to the logged-in AMI sessions.
 *
 * <p>Thread-safe: every change and every event happens under one lock, so a call step's events stay contiguous on the
 * wire and list actions see a consistent snapshot. Called by the simulator's clock thread (calls), the sessions'
 * threads (actions) and tests (faults). Time comes from the injected {@link SimScheduler}.
 */
public final class SimulatedPbx {

    private final ReentrantLock lock = new ReentrantLock();
    private final SimScheduler clock;
    private final Map<String, SimChannel> channels = new LinkedHashMap<>();
    private final Map<String, List<SimChannel>> queueCallers = new LinkedHashMap<>();
    private final List<AmiSession> sessions = new CopyOnWriteArrayList<>();
    private final long uniqueidBase;
    private final AtomicLong eventsWritten = new AtomicLong();
    private final AtomicLong eventsDelivered = new AtomicLong();
    private long channelCounter;
    private volatile WireTap wireTap;
    private volatile MixMonitor mixMonitor;

    public SimulatedPbx(SimScheduler clock) {
        this.clock = clock;
        this.uniqueidBase = clock.millis() / 1000;
    }

    public SimScheduler clock() {
        return clock;
    }

    /**
     * From now on, answered calls are recorded into {@code directory} as MixMonitor would (a WAV per call, its path
     * set in {@code MIXMONITOR_FILENAME} on the caller channel); null stops recording.
     */
    public void recordInto(java.nio.file.Path directory) {
        mixMonitor = directory == null ? null : new MixMonitor(directory);
    }

    /** The recorder, or null when calls are not recorded. */
    MixMonitor mixMonitor() {
        return mixMonitor;
    }

    /** A caller's channel appears in the inbound context; the call then follows the steps its handle is given. */
    public SimulatedCall placeCall(CallSpec spec) {
        return locked(() -> {
            SimulatedCall call = new SimulatedCall(this, spec);
            call.arrive();
            return call;
        });
    }

    /** Writes an event to every logged-in session whose event mask takes its class (also unknown events). */
    public void emit(AmiPacket event) {
        lock.lock();
        try {
            boolean delivered = false;
            for (AmiSession session : sessions) {
                delivered |= session.deliver(event);
            }
            eventsWritten.incrementAndGet();
            if (delivered) {
                eventsDelivered.incrementAndGet();
            }
            WireTap tap = wireTap;
            if (tap != null) {
                tap.written(event, System.nanoTime());
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * A flood of {@code count} harmless events of classes every dispatch client reads (device states, and VarSets on
     * a channel of no call), e.g. beyond Asterisk-Java's 20,000-event pump queue.
     */
    public void emitNoise(int count) {
        locked(() -> {
            SimChannel ch = newChannel("PJSIP/noise", null);
            ch.state = SimChannel.UP;
            ch.context = "noise";
            ch.exten = "s";
            for (int i = 0; i < count; i++) {
                emit(i % 2 == 0 ? PbxEvents.varSet(ch, "NOISE", Integer.toString(i))
                        : PbxEvents.deviceState("PJSIP/noise", i % 4 == 1 ? "INUSE" : "NOT_INUSE"));
            }
            return null;
        });
    }

    public void wireTap(WireTap tap) {
        this.wireTap = tap;
    }

    /** Events the PBX produced since start, delivered or not (each counted once however many sessions got it). */
    public long eventsWritten() {
        return eventsWritten.get();
    }

    /** Events at least one session took (its event mask accepted the class). */
    public long eventsDelivered() {
        return eventsDelivered.get();
    }

    public int liveChannels() {
        return locked(channels::size);
    }

    <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    SimChannel newChannel(String device, String linkedid) {
        channelCounter++;
        String uniqueid = uniqueidBase + "." + channelCounter;
        String name = device + "-" + String.format("%08x", channelCounter);
        SimChannel ch = new SimChannel(name, uniqueid, linkedid == null ? uniqueid : linkedid, clock.millis());
        channels.put(uniqueid, ch);
        return ch;
    }

    void removeChannel(SimChannel ch) {
        channels.remove(ch.uniqueid);
    }

    SimChannel channelByName(String name) {
        for (SimChannel ch : channels.values()) {
            if (ch.name.equals(name)) {
                return ch;
            }
        }
        return null;
    }

    Collection<SimChannel> channels() {
        return channels.values();
    }

    /** Joins the caller to the queue's waiting list; returns its 1-based position. */
    int joinQueue(String queue, SimChannel caller) {
        List<SimChannel> waiting = queueCallers.computeIfAbsent(queue, q -> new ArrayList<>());
        waiting.add(caller);
        return waiting.size();
    }

    /** Removes the caller from the queue; returns the position it had (1-based) and the count left. */
    int[] leaveQueue(String queue, SimChannel caller) {
        List<SimChannel> waiting = queueCallers.getOrDefault(queue, new ArrayList<>());
        int position = waiting.indexOf(caller) + 1;
        waiting.remove(caller);
        return new int[] {position, waiting.size()};
    }

    Map<String, List<SimChannel>> queueCallers() {
        return queueCallers;
    }

    void register(AmiSession session) {
        locked(() -> sessions.add(session));
    }

    void unregister(AmiSession session) {
        sessions.remove(session);
    }

    /** Closes every session, runs {@code whileDown} with no session able to log in, then lets logins through. */
    void outage(Runnable whileDown) {
        lock.lock();
        try {
            for (AmiSession session : List.copyOf(sessions)) {
                session.close();
            }
            sessions.clear();
            whileDown.run();
        } finally {
            lock.unlock();
        }
    }

    List<AmiSession> sessions() {
        return List.copyOf(sessions);
    }
}
