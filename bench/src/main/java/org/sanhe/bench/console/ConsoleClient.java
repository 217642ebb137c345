package org.sanhe.bench.console;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPromise;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakerFactory;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A console as the load harnesses see it: a Netty WebSocket client on {@code /api/v1/stream} (over epoll where
 * available, like the server) that hands every text frame's bytes to a {@link Listener} on its event loop, without
 * decoding the JSON, so that a client costs as little as a client can. {@link #connect} returns once the snapshot
 * (the first frame) arrived: live events follow from there.
 */
public final class ConsoleClient {

    private static final int MAX_FRAME = 16 * 1024 * 1024;

    /** Sees one console's frames; called on that console's event loop, so it must return quickly. */
    public interface Listener {

        /** A text frame (the snapshot first, then one event per frame), received at {@code nanoTime}. */
        void frame(ByteBuf content, long nanoTime);

        /** The server closed the stream with a code other than 1000 (e.g. 4008: this client was too slow). */
        void cut(int statusCode);
    }

    private ConsoleClient() {
    }

    /** Event loops for the clients: epoll where available, NIO otherwise. */
    public static EventLoopGroup group(int threads) {
        return new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("console-client", true),
                Epoll.isAvailable() ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
    }

    /** Signs in through {@code POST /api/v1/sessions} and returns the bearer token. */
    public static String login(String base, String username, String password) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/sessions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
        String body = r.body();
        int at = body.indexOf("\"token\":\"");
        if (r.statusCode() != 201 && r.statusCode() != 200 || at < 0) {
            throw new IllegalStateException("login of " + username + " failed: " + r.statusCode() + " " + body);
        }
        at += 9;
        return body.substring(at, body.indexOf('"', at));
    }

    /** Opens one console and waits for its snapshot. */
    public static Channel connect(EventLoopGroup group, URI stream, String token, Listener listener) {
        WebSocketClientHandshaker handshaker = WebSocketClientHandshakerFactory.newHandshaker(stream,
                WebSocketVersion.V13, null, false, new DefaultHttpHeaders().add("Authorization", "Bearer " + token),
                MAX_FRAME);
        Handler handler = new Handler(handshaker, listener);
        Channel channel = new Bootstrap().group(group)
                .channel(Epoll.isAvailable() ? EpollSocketChannel.class : NioSocketChannel.class)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(MAX_FRAME), handler);
                    }
                }).connect(stream.getHost(), stream.getPort()).syncUninterruptibly().channel();
        handler.snapshot.syncUninterruptibly();
        return channel;
    }

    /** Closes the consoles normally (1000) and shuts their event loops down. */
    public static void closeAll(List<Channel> consoles, EventLoopGroup group) {
        for (Channel console : consoles) {
            console.writeAndFlush(new CloseWebSocketFrame(1000, "done"));
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** Finishes the handshake, completes {@code snapshot} on the first frame, passes every frame on. */
    private static final class Handler extends SimpleChannelInboundHandler<Object> {
        private final WebSocketClientHandshaker handshaker;
        private final Listener listener;
        private ChannelPromise snapshot;

        Handler(WebSocketClientHandshaker handshaker, Listener listener) {
            this.handshaker = handshaker;
            this.listener = listener;
        }

        @Override
        public void handlerAdded(ChannelHandlerContext ctx) {
            snapshot = ctx.newPromise();
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            handshaker.handshake(ctx.channel());
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Object msg) {
            if (!handshaker.isHandshakeComplete()) {
                handshaker.finishHandshake(ctx.channel(), (FullHttpResponse) msg);
                return;
            }
            if (msg instanceof TextWebSocketFrame frame) {
                long now = System.nanoTime();
                listener.frame(frame.content(), now);
                if (!snapshot.isDone()) {
                    snapshot.setSuccess();
                }
            } else if (msg instanceof CloseWebSocketFrame close && close.statusCode() != 1000) {
                listener.cut(close.statusCode());
            } else if (!(msg instanceof WebSocketFrame)) {
                throw new IllegalStateException("unexpected " + msg);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (!snapshot.isDone()) {
                snapshot.setFailure(cause);
            }
            ctx.close();
        }
    }
}
