package org.sanhe.console;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import org.sanhe.console.http.BodyLimit;
import org.sanhe.console.http.ConsoleHandler;

/** Each accepted connection's pipeline: HTTP codec, body limit (413), the console handler. */
final class ConsoleServerInitializer extends ChannelInitializer<SocketChannel> {

    private final int maxBodyBytes;
    private final ConsoleHandler handler;

    ConsoleServerInitializer(int maxBodyBytes, ConsoleHandler handler) {
        this.maxBodyBytes = maxBodyBytes;
        this.handler = handler;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        channel.pipeline()
                .addLast("http", new HttpServerCodec())
                .addLast("body-limit", new BodyLimit(maxBodyBytes))
                .addLast("console", handler);
    }
}
