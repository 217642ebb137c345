package org.sanhe.console.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.sanhe.console.model.ReadModel;

/**
 * Writes the snapshots that new stream clients start from, from the read model, sharing one among every client that
 * asked while the one before was being written, and writing none for clients that are gone by the time the writer
 * gets to them.
 *
 * <p>A snapshot is the model's calls, open incidents and units at one sequence ({@link ReadModel#snapshot}: a copy
 * of references taken between two hub batches), written to JSON once on the {@code writer} executor: nothing of it
 * runs on the core's thread, and a storm of consoles connecting at once costs one snapshot per turn of the writer,
 * not one per console. Each client joined the fan-out before it asked, so it misses nothing published after the
 * snapshot's sequence (and drops what came before).
 */
final class SharedSnapshots {

    private final ReadModel model;
    private final StreamMessages messages;
    private final Executor writer;
    private final Runnable taken;
    private List<StreamClient> waiting = new ArrayList<>();
    private boolean writing;

    /** @param taken told (on the writer) of every snapshot taken */
    SharedSnapshots(ReadModel model, StreamMessages messages, Executor writer, Runnable taken) {
        this.model = model;
        this.messages = messages;
        this.writer = writer;
        this.taken = taken;
    }

    /** Any thread: the client (already in the fan-out) gets the next snapshot. */
    void request(StreamClient client) {
        synchronized (this) {
            waiting.add(client);
            if (writing) {
                return;
            }
            writing = true;
        }
        writer.execute(this::writeNext);
    }

    /** On the writer: every client waiting now gets the same snapshot; then the next batch, if any came. */
    private void writeNext() {
        while (true) {
            List<StreamClient> batch;
            synchronized (this) {
                batch = waiting;
                waiting = new ArrayList<>();
                if (batch.isEmpty()) {
                    writing = false;
                    return;
                }
            }
            if (batch.stream().anyMatch(c -> c.channel().isActive())) {
                deliver(batch);
            }
        }
    }

    private void deliver(List<StreamClient> batch) {
        long sequence;
        byte[] json;
        try {
            ReadModel.Snapshot snapshot = model.snapshot();
            taken.run();
            sequence = snapshot.sequence();
            json = messages.snapshot(snapshot);
        } catch (RuntimeException e) {
            sequence = 0;
            json = null;
        }
        long at = sequence;
        byte[] bytes = json;
        for (StreamClient client : batch) {
            client.channel().eventLoop().execute(() -> {
                if (bytes == null) {
                    client.cut(1011, "the snapshot failed");
                } else {
                    client.snapshot(at, bytes);
                }
            });
        }
    }
}
