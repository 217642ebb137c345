package org.sanhe.console.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.util.concurrent.TimeUnit;

/**
 * Aggregates a request up to the body limit; a larger one is answered 413 with a JSON error. When its length was
 * declared and the client keeps the connection alive, the rest of the body is read and discarded (so the client
 * sees the answer rather than a reset) and the connection stays usable; otherwise it is closed after the answer.
 * One per channel.
 */
public final class BodyLimit extends HttpObjectAggregator {

    private final int maxBytes;
    private final SecurityHeaders securityHeaders;

    public BodyLimit(int maxBytes, SecurityHeaders securityHeaders) {
        super(maxBytes);
        this.maxBytes = maxBytes;
        this.securityHeaders = securityHeaders;
    }

    /**
     * Ends our side only: closing at once, with the rest of the body unread, would reset the connection and could
     * destroy the 413 before the client reads it. The rest is discarded; the client closes, or we do in 10 s.
     */
    private static void halfClose(ChannelHandlerContext ctx) {
        if (ctx.channel() instanceof SocketChannel socket) {
            socket.shutdownOutput();
            ctx.executor().schedule(() -> ctx.channel().close(), 10, TimeUnit.SECONDS);
        } else {
            ctx.close();
        }
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        ApiReply reply = ApiReply.error(new ApiError(413, "PAYLOAD_TOO_LARGE",
                "the body is larger than " + maxBytes + " bytes", null));
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, Unpooled.wrappedBuffer(reply.body()));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, reply.contentType());
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, reply.body().length);
        securityHeaders.apply(response.headers());
        boolean keepOpen = !(oversized instanceof FullHttpMessage) && HttpUtil.isKeepAlive(oversized);
        if (keepOpen) {
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
        } else {
            response.headers().set(HttpHeaderNames.CONNECTION, "close");
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE_ON_FAILURE)
                    .addListener(done -> halfClose(ctx));
        }
    }
}
