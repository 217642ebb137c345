package org.sanhe.console.http;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.AttributeKey;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.auth.Session;
import org.sanhe.console.auth.Sessions;

/**
 * Serves every HTTP request: finds the route, checks the bearer token and the role matrix, runs the route and
 * writes its reply. Shared by all channels and stateless; runs on each channel's event loop and never blocks.
 * Whatever goes wrong becomes a JSON error reply: a client cannot make it throw.
 */
@ChannelHandler.Sharable
public final class ConsoleHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final AttributeKey<ReplyOrder> ORDER = AttributeKey.valueOf(ConsoleHandler.class, "order");

    private final Router router;
    private final Sessions sessions;
    private final Map<String, ChannelUpgrade> upgrades;
    private final SecurityHeaders securityHeaders;

    /**
     * @param upgrades        by route template: who takes over a request to upgrade the connection on that route
     * @param securityHeaders set on every reply
     */
    public ConsoleHandler(Router router, Sessions sessions, Map<String, ChannelUpgrade> upgrades,
                          SecurityHeaders securityHeaders) {
        this.router = router;
        this.sessions = sessions;
        this.upgrades = Map.copyOf(upgrades);
        this.securityHeaders = securityHeaders;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        CompletionStage<ApiReply> reply;
        try {
            reply = serve(ctx, request);
        } catch (RuntimeException e) {
            reply = CompletableFuture.failedFuture(e);
        }
        if (reply == null) {
            return;
        }
        ReplyOrder order = order(ctx);
        ReplyOrder.Slot slot = order.enqueue();
        reply.whenComplete((ok, failure) -> {
            ApiReply out = failure == null ? ok : ApiReply.error(Failures.toApiError(failure));
            Runnable ready = () -> order.ready(slot, () -> write(ctx, out, keepAlive));
            if (ctx.executor().inEventLoop()) {
                ready.run();
            } else {
                ctx.executor().execute(ready);
            }
        });
    }

    private static ReplyOrder order(ChannelHandlerContext ctx) {
        ReplyOrder order = ctx.channel().attr(ORDER).get();
        if (order == null) {
            order = new ReplyOrder();
            ctx.channel().attr(ORDER).set(order);
        }
        return order;
    }

    private CompletionStage<ApiReply> serve(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (!request.decoderResult().isSuccess()) {
            throw new ApiError(400, "BAD_REQUEST", "the request could not be decoded", null);
        }
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        Router.Match match = router.match(request.method().name(), uri.path());
        Session session = null;
        Permission needed = match.route().permission();
        ChannelUpgrade upgrade = upgrades.get(match.route().template());
        boolean upgrading = upgrade != null && "websocket".equalsIgnoreCase(request.headers().get("Upgrade"));
        if (needed != Permission.PUBLIC) {
            session = authenticate(request, upgrading ? uri.parameters().get("access_token") : null);
            if (!session.user().allows(needed)) {
                throw new ApiError(403, "FORBIDDEN", "your roles do not allow this", null);
            }
        }
        ApiRequest apiRequest = new ApiRequest(request.method().name(), uri.path(), match.variables(),
                uri.parameters(), request.headers().get(HttpHeaderNames.CONTENT_TYPE),
                request.headers().get(HttpHeaderNames.ACCEPT), ByteBufUtil.getBytes(request.content()), session,
                ctx.executor(), ClientAddress.of(ctx.channel()), request.headers().get(HttpHeaderNames.RANGE));
        if (upgrading) {
            upgrade.upgrade(ctx, request, apiRequest);
            return null;
        }
        return match.route().handler().handle(apiRequest);
    }

    /**
     * The session of the bearer token in the Authorization header or, for a WebSocket upgrade (browsers cannot set
     * headers there), in the {@code access_token} query parameter.
     */
    private Session authenticate(FullHttpRequest request, java.util.List<String> queryToken) {
        String header = request.headers().get(HttpHeaderNames.AUTHORIZATION);
        if (header == null && queryToken != null && !queryToken.isEmpty()) {
            header = "Bearer " + queryToken.get(0);
        }
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized("sign in and send Authorization: Bearer <token>");
        }
        return sessions.resolve(header.substring(7).strip())
                .orElseThrow(() -> unauthorized("the token is unknown or expired"));
    }

    private static ApiError unauthorized(String message) {
        return new ApiError(401, "UNAUTHORIZED", message, null);
    }

    private void write(ChannelHandlerContext ctx, ApiReply reply, boolean keepAlive) {
        if (reply.file() != null) {
            HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.valueOf(reply.status()));
            headers(head, reply);
            head.headers().set(HttpHeaderNames.CONTENT_LENGTH, reply.file().length());
            HttpUtil.setKeepAlive(head, keepAlive);
            if (FileBodyWriter.write(ctx, head, reply.file(), keepAlive) == null) {
                write(ctx, ApiReply.error(ApiError.notFound("the file is no longer there")), keepAlive);
            }
            return;
        }
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(reply.status()), Unpooled.wrappedBuffer(reply.body()));
        headers(response, reply);
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, reply.body().length);
        if (keepAlive) {
            HttpUtil.setKeepAlive(response, true);
            ctx.writeAndFlush(response);
        } else {
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    private void headers(HttpResponse response, ApiReply reply) {
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, reply.contentType());
        response.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        securityHeaders.apply(response.headers());
        for (Map.Entry<String, String> header : reply.headers().entrySet()) {
            response.headers().set(header.getKey(), header.getValue());
        }
        if (reply.status() == 401) {
            response.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
