package org.sanhe.bench.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.sanhe.console.json.DispatchJson;
import org.sanhe.dispatch.domain.command.StampedCommand;

/**
 * The baseline journal: each command as a JSON line ({@link DispatchJson}'s entry shape), buffered and written
 * through a {@code FileChannel}, forced at the end of a batch when {@code fsync}. No hash chain, no binary codec.
 * One thread.
 */
public final class JsonLinesJournal implements AutoCloseable {

    /** The file's name in its directory. */
    public static final String FILE = "journal.jsonl";

    private final DispatchJson json = new DispatchJson();
    private final ObjectMapper mapper = json.mapper();
    private final FileChannel channel;
    private final boolean fsync;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);

    public JsonLinesJournal(Path dir, boolean fsync) throws IOException {
        Files.createDirectories(dir);
        this.channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        this.fsync = fsync;
    }

    /** Appends one command as a line; written to the file when the buffer fills or the batch ends. */
    public void append(StampedCommand c) throws IOException {
        ObjectNode node = json.stamp(c.sequence(), c.timestamp(), c.actor());
        node.set("command", json.command(c.command()));
        byte[] line = mapper.writeValueAsBytes(node);
        if (buffer.remaining() < line.length + 1) {
            write();
        }
        buffer.put(line).put((byte) '\n');
    }

    /** Writes what is buffered, and forces it to the device under fsync. */
    public void endBatch() throws IOException {
        write();
        if (fsync) {
            channel.force(false);
        }
    }

    private void write() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    @Override
    public void close() throws IOException {
        endBatch();
        channel.close();
    }
}
