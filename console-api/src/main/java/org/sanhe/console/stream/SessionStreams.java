package org.sanhe.console.stream;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sanhe.console.auth.Session;
import org.sanhe.console.auth.SessionEnding;
import org.sanhe.console.auth.SessionListener;
import org.sanhe.dispatch.domain.command.Actor;

/**
 * The open event streams of each session, so that a session's end closes them at once with
 * {@link #CLOSE_SESSION_ENDED}. Thread-safe: streams join on their event loop, sessions end on any thread, and each
 * client is closed on its own loop.
 */
public final class SessionStreams implements SessionListener {

    /** The stream's session ended (signed out, revoked, expired or its user changed): sign in again. */
    public static final int CLOSE_SESSION_ENDED = 4011;

    private final Map<String, Set<StreamClient>> bySession = new ConcurrentHashMap<>();

    /**
     * The client's channel is open; it leaves by itself when the channel closes. Call on the client's event loop,
     * then check that the session is still live: a session that ended just before finds no stream to close.
     */
    void add(Session session, StreamClient client) {
        bySession.compute(session.id(), (id, clients) -> {
            Set<StreamClient> set = clients == null ? ConcurrentHashMap.newKeySet() : clients;
            set.add(client);
            return set;
        });
        client.channel().closeFuture().addListener(done -> bySession.computeIfPresent(session.id(),
                (id, clients) -> {
                    clients.remove(client);
                    return clients.isEmpty() ? null : clients;
                }));
    }

    @Override
    public void ended(Session session, SessionEnding why, Actor by) {
        Set<StreamClient> clients = bySession.remove(session.id());
        if (clients == null) {
            return;
        }
        String reason = "session ended: " + why.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        for (StreamClient client : clients) {
            client.channel().eventLoop().execute(() -> client.cut(CLOSE_SESSION_ENDED, reason));
        }
    }
}
