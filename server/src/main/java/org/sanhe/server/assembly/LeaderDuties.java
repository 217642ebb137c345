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
import org.sanhe.server.demo.DemoFleetAgent;
import org.sanhe.telephony.adapter.AsteriskCallAdapter;
import org.sanhe.telephony.adapter.LiveCall;
import org.sanhe.telephony.config.TelephonyConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts that feed the core from the outside world and must run on one server at a time: the telephony adapter
 * (one AMI link feeds each PBX event once) and, with demo driving, the demo fleet agent. The single node runs them
 * from its start; a member of a cluster runs them while it is the leader, starting them when it becomes leader and
 * stopping them when it stops being it. A leader's start reads the calls the core holds as live and hands them to a
 * new adapter ({@link LiveCall}), whose first re-sync with the PBX catches them up or ends them: a command the
 * previous leader's adapter had in flight was either committed (the core shows it) or not (the PBX's state brings
 * it).
 *
 * <p>Starts and stops run on the duties' own thread ({@code sanhe-leader-duties}), in the order the leadership
 * changed; {@link #telephony()} may be read from any thread. Closed by the composition root.
 */
final class LeaderDuties implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LeaderDuties.class);

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
            thread.submit(() -> begin(false)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the telephony", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** A member of a cluster: follows its leadership. */
    void follow(ClusterCore cluster) {
        cluster.onLeadership(leading -> thread.execute(leading ? () -> begin(true) : this::end));
    }

    /** The telephony adapter while this server runs it, else null. */
    AsteriskCallAdapter telephony() {
        return telephony;
    }

    private void begin(boolean takeOver) {
        if (closed || telephony != null) {
            return;
        }
        String callIdPrefix = telephonyConfig.callIdPrefix();
        List<LiveCall> live = !takeOver ? List.of() : core.read(centre -> centre.calls().all().stream()
                .filter(c -> c.state().isLive() && c.id().equals(callIdPrefix + "-" + c.channelId()))
                .map(c -> new LiveCall(c.id(), c.channelId(), c.state() == CallState.ANSWERED)).toList()).join();
        if (takeOver) {
            LOG.info("this server leads the cluster: starting the telephony adapter{} with the {} live call(s) the "
                    + "core holds", demoFleet != null ? " and the demo fleet" : "", live.size());
        }
        AsteriskCallAdapter adapter = new AsteriskCallAdapter(telephonyConfig, core, clock, live);
        adapter.start();
        telephony = adapter;
        if (demoFleet != null) {
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
            LOG.info("stopping the telephony adapter: this server no longer leads the cluster");
            telephony.close();
            telephony = null;
        }
    }

    @Override
    public void close() {
        thread.execute(() -> {
            end();
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
