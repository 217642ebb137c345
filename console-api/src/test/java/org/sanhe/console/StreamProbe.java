package org.sanhe.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.sanhe.console.contract.ApiContract;

/**
 * A stream client built on the JDK's WebSocket: collects the messages, lets a test wait for a sequence, and can
 * behave as a slow client that asks for one message and then reads no more until told to. Every message is checked
 * against the API document's schema of stream messages ({@link ApiContract#checkStreamMessage}); the first one that
 * does not match fails every wait ({@link #reached}) with the contract's assertion.
 */
final class StreamProbe implements WebSocket.Listener {

    /** How a probe's connection ended. */
    record Closed(int code, String reason) {
    }

    final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final Map<Long, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();
    private volatile AssertionError violation;
    private final boolean slow;
    private final StringBuilder partial = new StringBuilder();
    private volatile long lastSequence;
    WebSocket socket;

    private StreamProbe(boolean slow) {
        this.slow = slow;
    }

    static StreamProbe connect(int port, String token, String query, boolean slow) {
        StreamProbe probe = new StreamProbe(slow);
        probe.socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", "Bearer " + token)
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/api/v1/stream" + query), probe)
                .orTimeout(30, TimeUnit.SECONDS).join();
        return probe;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(slow ? 1 : Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                JsonNode node = ApiClient.JSON.readTree(partial.toString());
                partial.setLength(0);
                messages.add(node);
                try {
                    ApiContract.get().checkStreamMessage(node);
                } catch (AssertionError e) {
                    violation = violation == null ? e : violation;
                    waiting.values().forEach(f -> f.completeExceptionally(e));
                }
                lastSequence = node.path("sequence").asLong();
                waiting.forEach((seq, f) -> {
                    if (seq <= lastSequence) {
                        f.complete(null);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new Closed(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(new Closed(-1, String.valueOf(error)));
    }

    /** Completes once a message with at least this sequence arrived. */
    CompletableFuture<Void> reached(long sequence) {
        CompletableFuture<Void> f = waiting.computeIfAbsent(sequence, s -> new CompletableFuture<>());
        if (violation != null) {
            f.completeExceptionally(violation);
        } else if (lastSequence >= sequence) {
            f.complete(null);
        }
        return f.orTimeout(60, TimeUnit.SECONDS);
    }

    /** Reads everything from now on. */
    void readAll() {
        socket.request(Long.MAX_VALUE);
    }

    /** The sequences of the event messages, in arrival order. */
    List<Long> eventSequences() {
        return messages.stream().filter(m -> m.path("type").asText().equals("event"))
                .map(m -> m.path("sequence").asLong()).toList();
    }
}
