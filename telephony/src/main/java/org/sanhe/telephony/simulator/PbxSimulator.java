package org.sanhe.telephony.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLServerSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running PBX simulator: an AMI server on 127.0.0.1 (plain TCP, or TLS as Asterisk's {@code tlsbindport}) and the {@link SimulatedPbx} behind it. Started by the server
 * CLI ({@code simulate-pbx}), the tests and the benchmarks through {@link #start}; {@link #close} stops everything.
 *
 * <p>Threads: one accept thread, one reader thread per session, and (with a generator) the wall-clock scheduler
 * thread. The fault methods may be called from any thread.
 */
public final class PbxSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PbxSimulator.class);

    private final SimulatorOptions options;
    private final SimulatedPbx pbx;
    private final ServerSocket server;
    private final Thread acceptor;
    private final AtomicInteger sessionCounter = new AtomicInteger();
    private final RealTimeScheduler ownScheduler;
    private volatile long responseDelayMillis;
    private volatile boolean closed;
    private CallGenerator generator;

    private PbxSimulator(SimulatorOptions options, SimScheduler scheduler, RealTimeScheduler ownScheduler)
            throws IOException {
        this.options = options;
        this.ownScheduler = ownScheduler;
        this.pbx = new SimulatedPbx(scheduler);
        this.pbx.recordInto(options.recordings());
        this.server = listen(options);
        this.acceptor = new Thread(this::acceptLoop, "pbx-sim-accept-" + server.getLocalPort());
        this.acceptor.setDaemon(true);
    }

    private static ServerSocket listen(SimulatorOptions options) throws IOException {
        if (options.tls() == null) {
            return new ServerSocket(options.port(), 200, InetAddress.getLoopbackAddress());
        }
        SSLServerSocket tls = (SSLServerSocket) options.tls().getServerSocketFactory()
                .createServerSocket(options.port(), 200, InetAddress.getLoopbackAddress());
        tls.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        return tls;
    }

    /** Starts a simulator on the wall clock; with {@code options.generator()} set, also starts generating calls. */
    public static PbxSimulator start(SimulatorOptions options) {
        RealTimeScheduler scheduler = new RealTimeScheduler();
        PbxSimulator simulator = start(options, scheduler, scheduler);
        if (options.generator() != null) {
            simulator.generator = new CallGenerator(simulator.pbx, options.generator());
            simulator.generator.start();
        }
        return simulator;
    }

    /** Starts a simulator whose time and timers come from {@code scheduler} (tests pass a virtual one). */
    public static PbxSimulator start(SimulatorOptions options, SimScheduler scheduler) {
        return start(options, scheduler, null);
    }

    private static PbxSimulator start(SimulatorOptions options, SimScheduler scheduler, RealTimeScheduler own) {
        try {
            PbxSimulator simulator = new PbxSimulator(options, scheduler, own);
            simulator.acceptor.start();
            LOG.info("PBX simulator listening on 127.0.0.1:{}{}", simulator.port(),
                    options.tls() == null ? "" : " over TLS");
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + options.port(), e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    public SimulatedPbx pbx() {
        return pbx;
    }

    public SimulatorOptions options() {
        return options;
    }

    /** The generator started with the options, or null. */
    public CallGenerator generator() {
        return generator;
    }

    /** Fault: closes every session's socket at once (the client sees the link drop and reconnects). */
    public void dropConnections() {
        for (AmiSession session : pbx.sessions()) {
            session.close();
        }
    }

    /** Fault: every current session goes silent — socket open, nothing read or written (a half-open link). */
    public void silenceConnections() {
        for (AmiSession session : pbx.sessions()) {
            session.silence();
        }
    }

    /**
     * Fault: a link outage. Drops every session, runs {@code whileDown} (e.g. calls that end or begin meanwhile) while
     * no client can complete a login, then lets logins through again. Events of {@code whileDown} reach nobody.
     */
    public void outage(Runnable whileDown) {
        pbx.outage(whileDown);
    }

    /**
     * Fault: writes {@code bytes} as they are to every logged-in session, between two packets, whatever the session's
     * event mask: garbage, a malformed or oversized packet, an event no client knows ({@link WireFaults}).
     */
    public void injectRaw(byte[] bytes) {
        for (AmiSession session : pbx.sessions()) {
            session.sendRaw(bytes);
        }
    }

    /** Fault: every response (not event) waits this long before it is written; 0 to stop. */
    public void slowResponses(long millis) {
        this.responseDelayMillis = millis;
    }

    /** Number of sessions logged in now. */
    public int loggedInSessions() {
        return (int) pbx.sessions().stream().filter(AmiSession::isLoggedIn).count();
    }

    @Override
    public void close() {
        closed = true;
        if (generator != null) {
            generator.stop();
        }
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("closing simulator socket: {}", e.toString());
        }
        List<AmiSession> sessions = pbx.sessions();
        sessions.forEach(AmiSession::close);
        if (ownScheduler != null) {
            ownScheduler.close();
        }
    }

    long nextChallenge() {
        return ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L);
    }

    void pauseAfterFailedLogin() {
        pause(options.authFailurePauseMillis());
    }

    void pauseBeforeResponse() {
        pause(responseDelayMillis);
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                Thread t = new Thread(new AmiSession(socket, pbx, this),
                        "pbx-sim-session-" + sessionCounter.incrementAndGet());
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("simulator accept failed: {}", e.toString());
                }
            }
        }
    }
}
