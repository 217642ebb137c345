package org.sanhe.server.assembly;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.sanhe.dispatch.domain.call.CallState;
import org.sanhe.dispatch.runtime.CoreHost;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.cluster.ClusterCore;
import org.sanhe.dispatch.runtime.publish.Subscription;
import org.sanhe.server.demo.DemoFleetAgent;
import org.sanhe.telephony.adapter.AsteriskCallAdapter;
import org.sanhe.telephony.adapter.LiveCall;
import org.sanhe.telephony.config.TelephonyConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts that feed the core from the outside world and must feed it from one server at a time: the telephony
 * adapter (each PBX event reaches the core once) and, with demo driving, the demo fleet agent. The single node runs
 * them from its start. A member of a cluster runs its telephony adapter from its start, in <em>standby</em>: it starts
 * from the calls the core holds as live ({@link LiveCall}, so that its first re-sync does not offer them again), is
 * logged in to the PBX and follows every call, but keeps its commands until this member's replica applies the same
 * facts from the leader (see {@code AsteriskCallAdapter.standby}); when the member becomes leader the adapter
 * submits what it kept — what the PBX did while no leader listened — and goes on submitting, and when it stops
 * leading it goes back to standby. The leader's adapter also follows the calls the core holds as live that it does
 * not know ({@link LiveCall}: it was not connected when they began) and re-syncs with the PBX, which catches them up
 * or ends them. The demo fleet runs on the leader only, started and stopped with the leadership.
 *
 * <p>Starts and changes run on the duties' own thread ({@code sanhe-leader-duties}), in the order the leadership
 * changed; {@link #telephony()} may be read from any thread. Closed by the composition root.
 */
final class LeaderDuties implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LeaderDuties.class);
    /** The standby adapter's buffer of the replica's published commands (a few minutes of a busy centre). */
    private static final int APPLIED_CAPACITY = 65_536;

    private final TelephonyConfig telephonyConfig;
    private final CoreHost core;
    private final EpochClock clock;
    private final Supplier<DemoFleetAgent> demoFleet;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sanhe-leader-duties");
        t.setDaemon(true);
        return t;
    });
    private volatile AsteriskCallAdapter telephony;
    private DemoFleetAgent fleet;
    private boolean closed;

    /** @param demoFleet makes a new demo fleet agent, or null when the demo units do not drive themselves */
    LeaderDuties(TelephonyConfig telephonyConfig, CoreHost core, EpochClock clock,
                 Supplier<DemoFleetAgent> demoFleet) {
        this.telephonyConfig = telephonyConfig;
        this.core = core;
        this.clock = clock;
        this.demoFleet = demoFleet;
    }

    /**
     * The single node: starts the duties now, on the calling thread, with an adapter that starts empty as it always
     * has (calls a previous run left live stay as the core holds them).
     */
    void startNow() {
        try {
            thread.submit(this::begin).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the telephony", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** A member of a cluster: starts the adapter in standby now and follows the leadership. */
    void follow(ClusterCore cluster) {
        thread.execute(() -> {
            if (!closed) {
                Subscription applied = core.subscribe("telephony-standby", APPLIED_CAPACITY);
                AsteriskCallAdapter adapter = AsteriskCallAdapter.standby(telephonyConfig, core, clock, liveCalls(),
                        applied);
                adapter.start();
                telephony = adapter;
            }
        });
        cluster.onLeadership(leading -> thread.execute(leading ? this::lead : this::end));
    }

    /** The telephony adapter while this server runs it (a cluster member's in standby too), else null. */
    AsteriskCallAdapter telephony() {
        return telephony;
    }

    private void begin() {
        if (closed || telephony != null) {
            return;
        }
        AsteriskCallAdapter adapter = new AsteriskCallAdapter(telephonyConfig, core, clock, List.of());
        adapter.start();
        telephony = adapter;
        startFleet();
    }

    private void lead() {
        if (closed || telephony == null) {
            return;
        }
        List<LiveCall> live = liveCalls();
        LOG.info("this server leads the cluster: the telephony adapter leaves standby{}; the core holds {} live "
                + "call(s)", demoFleet != null ? " and the demo fleet starts" : "", live.size());
        telephony.lead(live);
        startFleet();
    }

    /** The PBX calls the core holds as live now (after this member's replica applied what was committed). */
    private List<LiveCall> liveCalls() {
        String callIdPrefix = telephonyConfig.callIdPrefix();
        return core.read(centre -> centre.calls().all().stream()
                .filter(c -> c.state().isLive() && c.id().equals(callIdPrefix + "-" + c.channelId()))
                .map(c -> new LiveCall(c.id(), c.channelId(), c.state() == CallState.ANSWERED)).toList()).join();
    }

    private void startFleet() {
        if (demoFleet != null && fleet == null) {
            fleet = demoFleet.get();
            fleet.start();
        }
    }

    private void end() {
        if (fleet != null) {
            fleet.close();
            fleet = null;
        }
        if (telephony != null) {
            telephony.standBy();
        }
    }

    private void stop() {
        if (fleet != null) {
            fleet.close();
            fleet = null;
        }
        if (telephony != null) {
            telephony.close();
            telephony = null;
        }
    }

    @Override
    public void close() {
        thread.execute(() -> {
            stop();
            closed = true;
        });
        thread.shutdown();
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("the telephony adapter did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
