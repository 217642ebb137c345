package org.sanhe.dispatch.runtime.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.openhft.chronicle.queue.ChronicleQueue;
import org.sanhe.dispatch.runtime.clock.EpochClock;

/**
 * The running server's one handle on its journal directory: recovery reads through it and the sequencer appends
 * through it, so the directory is opened once for the life of the process (opening and closing Chronicle queues on
 * the same directory in one process races with Chronicle's background release of shared files).
 */
public final class JournalQueue implements AutoCloseable {

    private final ChronicleQueue queue;

    private JournalQueue(ChronicleQueue queue) {
        this.queue = queue;
    }

    public static JournalQueue open(Path dir, EpochClock clock) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new JournalQueue(Queues.open(dir, clock, false));
    }

    /** A reader over this queue; closing it leaves the queue open. */
    public JournalReader reader() {
        return JournalReader.over(queue);
    }

    /** The writer, appending after {@code end}; closing it leaves the queue open. */
    public Journal writer(Durability durability, JournalPosition end) {
        return Journal.over(queue, durability, end);
    }

    @Override
    public void close() {
        queue.close();
    }
}
