package org.sanhe.console;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.sanhe.console.auth.Sessions;
import org.sanhe.console.http.ConsoleHandler;

/**
 * The console's HTTP server. The composition root calls {@link #start} once the runtime is running, and
 * {@link #close()} before closing the runtime. Binding happens in {@code start}, which returns once listening.
 */
public final class ConsoleServer implements AutoCloseable {

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final ExecutorService loginExecutor;
    private final Channel channel;

    private ConsoleServer(EventLoopGroup boss, EventLoopGroup workers, ExecutorService loginExecutor,
                          Channel channel) {
        this.boss = boss;
        this.workers = workers;
        this.loginExecutor = loginExecutor;
        this.channel = channel;
    }

    /** Binds to the settings' host and port and starts serving. */
    public static ConsoleServer start(ConsoleSettings settings, ConsoleServices services) {
        ExecutorService loginExecutor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "console-login");
            thread.setDaemon(true);
            return thread;
        });
        Sessions sessions = new Sessions(services.clock(), settings.tokenLifetime());
        ConsoleHandler handler = new ConsoleHandler(
                ConsoleRoutes.router(settings, services, sessions, loginExecutor), sessions);
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        try {
            Channel channel = new ServerBootstrap()
                    .group(boss, workers)
                    .channel(NioServerSocketChannel.class)
                    .childHandler(new ConsoleServerInitializer(settings.maxBodyBytes(), handler))
                    .bind(settings.host(), settings.port()).syncUninterruptibly().channel();
            return new ConsoleServer(boss, workers, loginExecutor, channel);
        } catch (RuntimeException e) {
            boss.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            workers.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            loginExecutor.shutdownNow();
            throw e;
        }
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
        loginExecutor.shutdownNow();
    }
}
