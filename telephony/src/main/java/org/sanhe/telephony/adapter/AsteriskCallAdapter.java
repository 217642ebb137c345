package org.sanhe.telephony.adapter;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.event.ManagerEvent;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.publish.Subscription;
import org.sanhe.dispatch.runtime.sequencer.CommandGateway;
import org.sanhe.telephony.config.TelephonyConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the calls on an Asterisk PBX and submits them to the core as one stream of call commands, on behalf of
 * {@code Actor.system("pbx")}.
 *
 * <p>The composition root creates it with the telephony configuration and the core's {@link CommandGateway}, calls
 * {@link #start()} once and {@link #close()} at shutdown; {@link #health()} may be read from any thread. Threads:
 * Asterisk-Java's reader, pump and reconnect threads, which only hand events to a bounded queue, and the adapter's
 * own {@code telephony-agent} thread, which runs the call state machine, sends every action and submits the commands
 * (it never waits for their outcome, except to deliver commands held while the journal refused them: see
 * {@link CoreFeed}). The gateway must not block that thread for long.
 */
public final class AsteriskCallAdapter implements AutoCloseable {

    /** The actor of every command the adapter submits. */
    public static final Actor PBX = Actor.system("pbx");

    private static final Logger LOG = LoggerFactory.getLogger(AsteriskCallAdapter.class);

    private final TelephonyConfig config;
    private final LinkMonitor monitor;
    private final DefaultManagerConnection connection;
    private final CoreFeed feed;
    private final CallTrackingAgent agent;
    private final Thread thread;

    public AsteriskCallAdapter(TelephonyConfig config, CommandGateway gateway, EpochClock clock) {
        this(config, gateway, clock, List.of());
    }

    /**
     * An adapter that starts following {@code live}, the calls the core holds as live (see {@link LiveCall}): its
     * first re-sync with the PBX catches each up or ends it, and offers only the calls the core does not know.
     */
    public AsteriskCallAdapter(TelephonyConfig config, CommandGateway gateway, EpochClock clock,
                               List<LiveCall> live) {
        this(config, new CoreFeed(gateway, PBX, clock), clock, live);
    }

    /**
     * A cluster member's adapter, which starts in <em>standby</em> from the {@code live} calls the core holds (as
     * the constructor's, so that its first re-sync does not offer them again): it logs in and follows the PBX like
     * any adapter but keeps its commands in a ledger ({@code StandbyLedger}) instead of submitting them, dropping each when this member's
     * replica applies the same fact from the leader ({@code applied}: a subscription to everything this member's
     * core publishes, which the adapter owns and closes). {@link #lead} makes it submit; {@link #standBy} makes it
     * keep again.
     */
    public static AsteriskCallAdapter standby(TelephonyConfig config, CommandGateway gateway, EpochClock clock,
                                              List<LiveCall> live, Subscription applied) {
        return new AsteriskCallAdapter(config, new CoreFeed(gateway, PBX, clock, new StandbyLedger(), applied),
                clock, live);
    }

    private AsteriskCallAdapter(TelephonyConfig config, CoreFeed feed, EpochClock clock, List<LiveCall> live) {
        this.config = config;
        BlockingQueue<ManagerEvent> queue = new ArrayBlockingQueue<>(config.ami().eventQueueCapacity());
        this.monitor = new LinkMonitor(queue, clock);
        this.connection = new DefaultManagerConnection(config.ami().host(), config.ami().port(),
                config.ami().username(), config.ami().secret());
        connection.setSocketReadTimeout((int) config.ami().readTimeoutMillis());
        connection.setSsl(config.ami().tls());
        connection.addEventListener(monitor);
        this.feed = feed;
        this.agent = new CallTrackingAgent(connection, queue, monitor, config, feed, live);
        this.thread = new Thread(agent, "telephony-agent");
        thread.setDaemon(true);
    }

    /** Starts the agent thread, which logs in (retrying until it succeeds) and follows the calls. */
    public void start() {
        LOG.info("telephony adapter starting for {}", config.ami());
        thread.start();
    }

    /**
     * Leaves standby, from any thread: the adapter follows the {@code live} calls the core holds that it does not
     * know (it was not connected when they began), submits the commands it kept, in order, goes on submitting and
     * re-syncs with the PBX. A command the previous leader's adapter had brought too is rejected by the core as a
     * duplicate (counted in {@link TelephonyHealth#duplicatesRejected()}). No effect on an adapter that is not in
     * standby.
     */
    public void lead(List<LiveCall> live) {
        agent.lead(List.copyOf(live));
    }

    /** Goes back to standby, from any thread: later commands are kept until the new leader's reach the core. */
    public void standBy() {
        agent.standBy();
    }

    public TelephonyHealth health() {
        return monitor.health(feed);
    }

    /**
     * Waits until the adapter completed at least {@code count} re-syncs with the PBX (the first follows the first
     * login). For start-up readiness checks and tests; must not be called on Asterisk-Java's threads.
     *
     * @return false if the time ran out first
     */
    public boolean awaitResyncs(long count, Duration timeout) throws InterruptedException {
        return monitor.awaitResyncs(count, timeout.toMillis());
    }

    /** Stops the agent, logs off, waits briefly for the thread to end and closes a standby's subscription. */
    @Override
    public void close() {
        agent.stop();
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        feed.close();
    }
}
