package org.sanhe.telephony.adapter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.GetVarAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.CoreShowChannelsCompleteEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.response.GetVarResponse;
import org.asteriskjava.manager.response.ManagerResponse;
import org.sanhe.telephony.config.TelephonyConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's own thread: logs in, takes events off the hand-off queue in PBX order and feeds the
 * {@link CallTracker}, pings a quiet link, delivers the commands its {@link CoreFeed} held while the journal refused
 * them, and after every (re)connect or queue overflow re-syncs. It is the only
 * thread that sends actions; it never runs on Asterisk-Java's threads.
 *
 * <p>Re-sync: it lists the channels ({@code CoreShowChannels}), fetches the configured variables of unknown caller
 * channels ({@code GetVar}), then keeps applying queued events until the list's own Complete event comes through the
 * queue — the instant the list describes — and reconciles there. So events before the list are applied, events after
 * it apply on top of it, and nothing is counted twice. A re-sync that fails while connected (a response timeout) is
 * retried; after a queue overflow it waits until the backlog is below half the queue, so that its own list cannot
 * overflow the queue again.
 *
 * <p>Mode changes of a cluster member's adapter ({@link #lead}, {@link #standBy}) are queued by any thread and run
 * here, between two events, so that every command the tracker emits is either kept or submitted, never both.
 */
final class CallTrackingAgent implements Runnable {

    /**
     * The event classes asked for at every login (Asterisk-Java repeats the mask on reconnect): the PBX then leaves out
     * RTCP reports, CDRs and the rest the adapter would only parse and drop.
     */
    static final String EVENT_CLASSES = "call,agent,dialplan,system";

    private static final Logger LOG = LoggerFactory.getLogger(CallTrackingAgent.class);

    private final ManagerConnection connection;
    private final BlockingQueue<ManagerEvent> queue;
    private final LinkMonitor monitor;
    private final TelephonyConfig config;
    private final CallTracker tracker;
    private final CoreFeed feed;
    private volatile boolean running = true;
    private boolean loggedInOnce;
    private boolean resyncWanted;
    /** Put on the event queue to wake the agent for a mode change; the tracker ignores it. */
    private static final ManagerEvent WAKE = new ManagerEvent(CallTrackingAgent.class) {
        private static final long serialVersionUID = 1L;
    };

    private final Queue<Runnable> modeChanges = new ConcurrentLinkedQueue<>();
    private long lastPingNanos = System.nanoTime();
    private long resyncCounter;
    private String pendingMarker;
    private PbxSnapshot pendingSnapshot;

    CallTrackingAgent(ManagerConnection connection, BlockingQueue<ManagerEvent> queue, LinkMonitor monitor,
            TelephonyConfig config, CoreFeed feed, List<LiveCall> live) {
        this.connection = connection;
        this.queue = queue;
        this.monitor = monitor;
        this.config = config;
        this.feed = feed;
        this.tracker = new CallTracker(config, feed::submit);
        tracker.seed(live);
        monitor.liveCalls = tracker.liveCalls();
    }

    @Override
    public void run() {
        long pingNanos = TimeUnit.MILLISECONDS.toNanos(config.ami().pingIntervalMillis());
        while (running) {
            try {
                if (!loggedInOnce) {
                    firstLogin();
                }
                ManagerEvent event = queue.poll(feed.pollMillis(config.ami().pingIntervalMillis()),
                        TimeUnit.MILLISECONDS);
                feed.absorbApplied();
                for (Runnable change = modeChanges.poll(); change != null; change = modeChanges.poll()) {
                    change.run();
                }
                if (event != null) {
                    handle(event);
                }
                feed.retry();
                if (monitor.takeOverflow()) {
                    LOG.warn("AMI events were dropped (hand-off queue full); re-syncing");
                    resyncWanted = true;
                }
                if (resyncWanted && monitor.state == LinkState.CONNECTED && queue.size() < queue.remainingCapacity()) {
                    resync();
                }
                if (System.nanoTime() - lastPingNanos >= pingNanos) {
                    ping();
                }
            } catch (InterruptedException e) {
                running = false;
            } catch (RuntimeException e) {
                LOG.error("telephony agent: unexpected failure, continuing", e);
            }
        }
        Thread.interrupted();
        logoff();
    }

    void stop() {
        running = false;
    }

    /**
     * Asks the agent to leave standby (any thread): it takes in what the replica applied, follows the core's
     * {@code live} calls it does not know, submits the commands it kept, goes on live and re-syncs with the PBX.
     */
    void lead(List<LiveCall> live) {
        change(() -> {
            tracker.seed(live);
            monitor.liveCalls = tracker.liveCalls();
            int kept = feed.lead();
            LOG.info("leading: submitted the {} PBX command(s) kept in standby, following {} call(s) the core holds "
                    + "as live; re-syncing with the PBX", kept, live.size());
            resyncWanted = true;
        });
    }

    /** Asks the agent to go (back) to standby (any thread): later commands are kept, not submitted. */
    void standBy() {
        change(() -> {
            if (feed.standBy()) {
                LOG.info("this member no longer leads: the adapter keeps the PBX's commands until the leader's "
                        + "reach the core");
            }
        });
    }

    private void change(Runnable change) {
        modeChanges.add(change);
        queue.offer(WAKE);
    }

    private void firstLogin() throws InterruptedException {
        monitor.state = LinkState.CONNECTING;
        try {
            connection.login(EVENT_CLASSES);
            loggedInOnce = true;
        } catch (Exception e) {
            LOG.warn("AMI login to {}:{} failed: {}; retrying", config.ami().host(), config.ami().port(),
                    e.toString());
            TimeUnit.MILLISECONDS.sleep(config.ami().pingIntervalMillis());
        }
    }

    private void handle(ManagerEvent event) {
        if (event instanceof ConnectEvent) {
            monitor.state = LinkState.CONNECTED;
            monitor.connects.incrementAndGet();
            LOG.info("AMI connected ({}); re-syncing", connection.getProtocolIdentifier());
            resyncWanted = true;
        } else if (event instanceof DisconnectEvent) {
            if (running) {
                monitor.state = LinkState.RECONNECTING;
                LOG.warn("AMI link lost; Asterisk-Java is reconnecting");
            }
            pendingMarker = null;
            pendingSnapshot = null;
        } else if (event instanceof CoreShowChannelsCompleteEvent complete && pendingMarker != null
                && pendingMarker.equals(complete.getActionId())) {
            tracker.reconcile(pendingSnapshot);
            monitor.liveCalls = tracker.liveCalls();
            monitor.resynced();
            pendingMarker = null;
            pendingSnapshot = null;
        } else if (!(event instanceof ResponseEvent)) {
            tracker.onEvent(event);
        }
        monitor.liveCalls = tracker.liveCalls();
    }

    private void resync() {
        String marker = "sanhe-resync-" + (++resyncCounter);
        try {
            CoreShowChannelsAction action = new CoreShowChannelsAction();
            action.setActionId(marker);
            ResponseEvents response = connection.sendEventGeneratingAction(action, config.ami().actionTimeoutMillis());
            List<CoreShowChannelEvent> channels = new ArrayList<>();
            for (ResponseEvent e : response.getEvents()) {
                if (e instanceof CoreShowChannelEvent c) {
                    channels.add(c);
                }
            }
            PbxSnapshot snapshot = PbxSnapshot.of(channels);
            fetchVariables(snapshot);
            pendingSnapshot = snapshot;
            pendingMarker = marker;
            resyncWanted = false;
        } catch (Exception e) {
            LOG.warn("AMI re-sync failed ({}); retrying", e.toString());
            resyncWanted = true;
        }
    }

    private void fetchVariables(PbxSnapshot snapshot) throws Exception {
        Set<String> names = new LinkedHashSet<>(config.lineRules().variables());
        if (config.location().enabled()) {
            names.add(config.location().accuracyVariable());
            names.add(config.location().latVariable());
            names.add(config.location().lonVariable());
        }
        names.add(config.recording().variable());
        names.remove(null);
        for (PbxSnapshot.Channel ch : snapshot.channels()) {
            if (names.isEmpty() || !tracker.isInboundCaller(ch) || tracker.follows(ch.uniqueid())) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (String name : names) {
                ManagerResponse r = connection.sendAction(new GetVarAction(ch.name(), name),
                        config.ami().actionTimeoutMillis());
                if (r instanceof GetVarResponse v && v.getValue() != null && !v.getValue().isEmpty()) {
                    values.put(name, v.getValue());
                }
            }
            snapshot.variables(ch.uniqueid(), values);
        }
    }

    private void ping() {
        lastPingNanos = System.nanoTime();
        if (monitor.state != LinkState.CONNECTED) {
            return;
        }
        try {
            connection.sendAction(new PingAction(), response -> monitor.responseArrived());
        } catch (Exception e) {
            LOG.debug("ping not sent: {}", e.toString());
        }
    }

    private void logoff() {
        monitor.state = LinkState.STOPPED;
        try {
            connection.logoff();
        } catch (RuntimeException e) {
            LOG.debug("logoff: {}", e.toString());
        }
    }
}
