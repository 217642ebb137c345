package org.sanhe.console.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.runtime.DispatchRuntime;

/**
 * Takes the snapshots that new stream clients start from, sharing one among every client that asked while the one
 * before was being taken, and taking none for clients that are gone by the time the core gets to it.
 *
 * <p>A snapshot reads the whole live centre on the core thread, and its cost grows with the state. Taken once per
 * client, a storm of consoles connecting at once (after a network blip, or a script gone wrong) queued one snapshot
 * each on the core and stalled every command behind them; consoles that had already vanished still cost a snapshot
 * each. Now at most one snapshot read is on the core at a time, it serves every client waiting for it, and only the
 * tree is built on the core: it is written to bytes on the {@code writer} executor. Each client joined the fan-out
 * before it asked, so it misses nothing published after the snapshot's sequence (and drops what came before).
 */
final class SharedSnapshots {

    private final DispatchRuntime runtime;
    private final StreamMessages messages;
    private final Executor writer;
    private final Runnable taken;
    private List<StreamClient> waiting = new ArrayList<>();
    private boolean reading;

    SharedSnapshots(DispatchRuntime runtime, StreamMessages messages, Executor writer, Runnable taken) {
        this.taken = taken;
        this.runtime = runtime;
        this.messages = messages;
        this.writer = writer;
    }

    /** Any thread: the client (already in the fan-out) gets the next snapshot. */
    void request(StreamClient client) {
        synchronized (this) {
            waiting.add(client);
            if (reading) {
                return;
            }
            reading = true;
        }
        readNext();
    }

    /** The snapshot's tree, read on the core thread at its sequence. */
    private record Taken(long sequence, ObjectNode tree) {
    }

    private void readNext() {
        List<StreamClient> batch;
        synchronized (this) {
            batch = waiting;
            waiting = new ArrayList<>();
        }
        runtime.read(centre -> batch.stream().anyMatch(c -> c.channel().isActive()) ? take(centre) : null)
                .whenCompleteAsync((taken, failure) -> {
                    deliver(batch, taken, failure);
                    boolean more;
                    synchronized (this) {
                        more = !waiting.isEmpty();
                        reading = more;
                    }
                    if (more) {
                        readNext();
                    }
                }, writer);
    }

    private Taken take(Centre centre) {
        taken.run();
        return new Taken(centre.lastSequence(), messages.snapshotTree(centre));
    }

    /** On the writer: the tree to bytes, once, then each client on its own event loop. Nobody left: nothing. */
    private void deliver(List<StreamClient> batch, Taken taken, Throwable failure) {
        if (failure == null && taken == null) {
            return;
        }
        byte[] json = null;
        if (failure == null) {
            try {
                json = messages.bytes(taken.tree());
            } catch (RuntimeException e) {
                json = null;
            }
        }
        byte[] bytes = json;
        for (StreamClient client : batch) {
            client.channel().eventLoop().execute(() -> {
                if (bytes == null) {
                    client.cut(1011, "the snapshot failed");
                } else {
                    client.snapshot(taken.sequence(), bytes);
                }
            });
        }
    }
}
