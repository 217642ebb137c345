package org.sanhe.console;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.stream.ChunkedWriteHandler;
import org.sanhe.console.http.BodyLimit;
import org.sanhe.console.http.ConsoleHandler;
import org.sanhe.console.http.SecurityHeaders;

/**
 * Each accepted connection's pipeline: TLS (when configured), HTTP codec, chunked writes (file bodies under TLS),
 * body limit (413), the console handler. A client that speaks plain HTTP to the TLS port fails the handshake and is
 * disconnected.
 */
final class ConsoleServerInitializer extends ChannelInitializer<SocketChannel> {

    private final SslContext tls;
    private final int maxBodyBytes;
    private final SecurityHeaders securityHeaders;
    private final ConsoleHandler handler;

    /** @param tls the server's TLS context, or null for plain HTTP */
    ConsoleServerInitializer(SslContext tls, int maxBodyBytes, SecurityHeaders securityHeaders,
                             ConsoleHandler handler) {
        this.tls = tls;
        this.maxBodyBytes = maxBodyBytes;
        this.securityHeaders = securityHeaders;
        this.handler = handler;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        if (tls != null) {
            channel.pipeline().addLast("tls", tls.newHandler(channel.alloc()));
        }
        channel.pipeline()
                .addLast("http", new HttpServerCodec())
                .addLast("chunked", new ChunkedWriteHandler())
                .addLast("body-limit", new BodyLimit(maxBodyBytes, securityHeaders))
                .addLast("console", handler);
    }
}
