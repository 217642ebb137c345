package org.sanhe.console.http;

import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/** The address a client connects from, as recorded with its session: the IP without the port. */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(Channel channel) {
        SocketAddress remote = channel.remoteAddress();
        if (remote instanceof InetSocketAddress inet) {
            return inet.getAddress() == null ? inet.getHostString() : inet.getAddress().getHostAddress();
        }
        return remote == null ? "" : remote.toString();
    }
}
