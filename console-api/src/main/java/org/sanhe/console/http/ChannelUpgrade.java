package org.sanhe.console.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;

/**
 * Takes over a connection whose request asked to upgrade (the WebSocket stream). Called on the channel's event
 * loop after the route's permission was checked; it answers the request itself.
 */
public interface ChannelUpgrade {

    void upgrade(ChannelHandlerContext ctx, FullHttpRequest request, ApiRequest apiRequest);
}
