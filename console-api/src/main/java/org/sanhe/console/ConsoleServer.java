package org.sanhe.console;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.sanhe.console.auth.SessionEnder;
import org.sanhe.console.auth.Sessions;
import org.sanhe.console.http.ConsoleHandler;
import org.sanhe.console.http.Route;
import org.sanhe.console.http.Router;
import org.sanhe.console.http.SecurityHeaders;
import org.sanhe.console.model.ModelFeeds;
import org.sanhe.console.model.ModelProjector;
import org.sanhe.console.model.ReadModel;
import org.sanhe.console.session.SessionJournal;
import org.sanhe.console.stream.SessionStreams;
import org.sanhe.console.metrics.ConsoleMetrics;
import org.sanhe.console.stream.EventHubAgent;
import org.sanhe.console.stream.StreamFanout;
import org.sanhe.console.stream.StreamMessages;
import org.sanhe.console.stream.StreamRoutes;
import org.sanhe.console.stream.StreamUpgrade;
import org.sanhe.gis.tracking.LocatorFeed;
import org.sanhe.interop.cap.AlertDistricts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's HTTP server. The composition root calls {@link #start} once the runtime is running, and
 * {@link #close()} before closing the runtime. Binding happens in {@code start}, which returns once listening.
 */
public final class ConsoleServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleServer.class);

    /** The hub's core subscription: this many published commands may wait before the hub misses some. */
    static final int HUB_CAPACITY = 1 << 16;
    /** How often expired sessions are looked for, so that their streams close even if their tokens are not used. */
    private static final int SWEEP_SECONDS = 15;

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final List<ExecutorService> executors;
    private final EventHubAgent hub;
    private final Router router;
    private final Channel channel;
    private final ReadModel model;

    private ConsoleServer(EventLoopGroup boss, EventLoopGroup workers, List<ExecutorService> executors,
                          EventHubAgent hub, Router router, Channel channel, ReadModel model) {
        this.router = router;
        this.model = model;
        this.boss = boss;
        this.workers = workers;
        this.executors = executors;
        this.hub = hub;
        this.channel = channel;
    }

    private static ExecutorService thread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Binds to the settings' host and port and starts serving. */
    public static ConsoleServer start(ConsoleSettings settings, ConsoleServices services) {
        ExecutorService loginExecutor = thread("console-login");
        ExecutorService auditExecutor = thread("console-audit");
        ExecutorService catchUpExecutor = thread("console-stream-catch-up");
        ExecutorService interopExecutor = thread("console-interop");
        List<ExecutorService> executors = List.of(loginExecutor, auditExecutor, catchUpExecutor, interopExecutor);
        SslContext tls = settings.tls() == null ? null : settings.tls().context();
        SessionStreams sessionStreams = new SessionStreams();
        Sessions sessions = new Sessions(services.clock(), settings.tokenLifetime(), settings.idleTimeout(),
                new SessionJournal(services.runtime()).andThen(sessionStreams));
        EventHubAgent hub = new EventHubAgent(services.runtime().subscribe("console", HUB_CAPACITY));
        ReadModel model = new ReadModel(services.runtime()::lastApplied, services.runtime()::isRunning);
        ModelProjector projector = new ModelProjector(model, services.journalDir(), services.runtime().snapshots(),
                new AlertDistricts(services.districts()));
        projector.bootstrap();
        hub.add(projector);
        StreamMessages messages = new StreamMessages();
        StreamFanout fanout = new StreamFanout(messages, settings.streamLinger());
        ConsoleMetrics metrics = new ConsoleMetrics(fanout::clientCount);
        hub.add(metrics);
        if (services.locator() != null) {
            hub.add(ModelFeeds.locator(new LocatorFeed(services.locator(), services.stations()), model));
        }
        hub.add(new SessionEnder(sessions));
        hub.add(fanout);
        StreamUpgrade stream = new StreamUpgrade(services.runtime(), model, services.journalDir(), fanout, messages,
                catchUpExecutor, metrics::streamSnapshotTaken, sessionStreams, sessions::isLive);
        ConsoleRoutes.Parts parts = new ConsoleRoutes.Parts(sessions, loginExecutor, auditExecutor, interopExecutor,
                hub, metrics, model);
        Router router = ConsoleRoutes.router(settings, services, parts);
        SecurityHeaders headers = new SecurityHeaders(settings.tiles() == null ? null : settings.tiles().cspSource(),
                tls != null);
        ConsoleHandler handler = new ConsoleHandler(router, sessions,
                Map.of(StreamRoutes.PATH, stream), headers);
        hub.start();
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        Class<? extends ServerChannel> serverChannel = epoll ? EpollServerSocketChannel.class
                : NioServerSocketChannel.class;
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, io);
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(2, io);
        try {
            Channel channel = new ServerBootstrap()
                    .group(boss, workers)
                    .channel(serverChannel)
                    .childHandler(new ConsoleServerInitializer(tls, settings.maxBodyBytes(), headers, handler))
                    .bind(settings.host(), settings.port()).syncUninterruptibly().channel();
            workers.next().scheduleAtFixedRate(sessions::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
            LOG.info("console API on {} ({}) over {}", channel.localAddress(), tls == null ? "HTTP" : "HTTPS",
                    epoll ? "epoll" : "NIO (epoll unavailable: " + Epoll.unavailabilityCause() + ")");
            return new ConsoleServer(boss, workers, executors, hub, router, channel, model);
        } catch (RuntimeException e) {
            boss.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            workers.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            executors.forEach(ExecutorService::shutdownNow);
            hub.close();
            throw e;
        }
    }

    /** The routes served, for the OpenAPI document's completeness test and for operators' listings. */
    public List<Route> routes() {
        return router.routes();
    }

    /** The console's read model (for operators' checks and for tests that compare it with a replay). */
    public ReadModel readModel() {
        return model;
    }

    /** The port listened on (the ephemeral one when the settings said 0). */
    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    /** Stops listening, closes the connections and waits for the event loops to end. */
    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        executors.forEach(ExecutorService::shutdownNow);
        hub.close();
    }
}
