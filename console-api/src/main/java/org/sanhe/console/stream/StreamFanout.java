package org.sanhe.console.stream;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.sanhe.dispatch.publish.Published;

/**
 * The hub listener that feeds the WebSocket clients: encodes each published command once, on the hub thread, and
 * hands the bytes to every client on the client's own event loop, so no client can slow the hub or another client.
 */
public final class StreamFanout implements HubListener {

    private final Set<StreamClient> clients = new CopyOnWriteArraySet<>();
    private final StreamMessages messages;

    public StreamFanout(StreamMessages messages) {
        this.messages = messages;
    }

    void add(StreamClient client) {
        clients.add(client);
    }

    void remove(StreamClient client) {
        clients.remove(client);
    }

    /** Connected clients (for the metrics). */
    public long clientCount() {
        return clients.size();
    }

    @Override
    public void published(Published published) {
        if (clients.isEmpty()) {
            return;
        }
        byte[] json = messages.event(new org.sanhe.dispatch.command.StampedCommand(published.sequence(),
                published.timestamp(), published.actor(), published.command()), published.events());
        long sequence = published.sequence();
        for (StreamClient client : clients) {
            client.channel().eventLoop().execute(() -> client.live(sequence, json));
        }
    }

    @Override
    public void missed(long fromSequence) {
        for (StreamClient client : clients) {
            client.channel().eventLoop().execute(() -> client.cut(StreamClient.CLOSE_SERVER_BEHIND,
                    "resume from=" + client.resumeFrom()));
        }
    }
}
