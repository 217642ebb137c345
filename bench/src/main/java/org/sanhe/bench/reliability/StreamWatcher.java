package org.sanhe.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * A well-behaved console on the stream (the JDK's WebSocket client, reading everything): checks that after the
 * snapshot every event's sequence is the one after the last, and remembers the last one.
 */
final class StreamWatcher implements WebSocket.Listener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringBuilder partial = new StringBuilder();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private WebSocket socket;
    private long last = -1;
    private long events;
    private long gaps;
    private String firstGap;

    static StreamWatcher connect(int port, String token) {
        StreamWatcher watcher = new StreamWatcher();
        watcher.socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", "Bearer " + token)
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/api/v1/stream"), watcher)
                .orTimeout(30, TimeUnit.SECONDS).join();
        return watcher;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean endOfMessage) {
        partial.append(data);
        if (endOfMessage) {
            accept(partial.toString());
            partial.setLength(0);
        }
        return null;
    }

    private synchronized void accept(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (IOException e) {
            gaps++;
            return;
        }
        long sequence = node.path("sequence").asLong();
        if ("event".equals(node.path("type").asText())) {
            events++;
            if (sequence != last + 1) {
                gaps++;
                if (firstGap == null) {
                    firstGap = "after " + last + " came " + sequence;
                }
            }
        }
        last = sequence;
        notifyAll();
    }

    /** Waits until the watcher has seen {@code sequence}; false when the timeout came first. */
    synchronized boolean awaitSequence(long sequence, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (last < sequence && !closed.isDone()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return last >= sequence;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        synchronized (this) {
            notifyAll();
        }
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
        synchronized (this) {
            notifyAll();
        }
    }

    synchronized long events() {
        return events;
    }

    synchronized long gaps() {
        return gaps;
    }

    synchronized String firstGap() {
        return firstGap;
    }

    void close() {
        socket.abort();
    }
}
