package org.sanhe.dispatch.runtime.journal;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps the disk blocks under the journal's next writes allocated, so that a full disk refuses a command instead of
 * corrupting the journal.
 *
 * <p>Chronicle writes through a memory map into a sparse file. When the file system has no block left for a page
 * that a write touches, the kernel raises SIGBUS; the JVM turns it into an asynchronous {@code InternalError} after
 * the bytes were silently lost, and Chronicle has by then committed the entry's header: the entry reads back as
 * zeros and the hash chain breaks at it (seen on a full tmpfs). So the journal writes real zeros with
 * {@code write(2)} ahead of Chronicle, {@link #headroom} bytes past the end of the last entry: {@code write(2)}
 * fails cleanly with "No space left on device", before anything is written through the map. A new file (the first
 * append of a process, or a new day's file) is only started when the file system has the headroom free.
 *
 * <p>Chronicle appends sequentially (entries, and its index arrays among them), so everything it writes lands
 * between the last entry's end and the reserved end. Used by the journal's one writer thread only.
 */
final class JournalSpace implements AutoCloseable {

    /** Bytes kept allocated past the journal's end: several entries plus an index array (32 KiB). */
    static final long DEFAULT_HEADROOM = 256L << 10;

    private static final int ZEROS = 64 << 10;

    private final Path dir;
    private final long headroom;
    private final ByteBuffer zeros = ByteBuffer.allocateDirect(ZEROS);
    private File file;
    private FileChannel channel;
    private long reservedUntil;

    JournalSpace(Path dir, long headroom) {
        this.dir = dir;
        this.headroom = headroom;
    }

    /**
     * Before an entry of about {@code length} bytes is appended after {@code end} (the last entry's end in the
     * current file, or -1 when not known yet). Throws when the space cannot be had; nothing was written then.
     */
    void beforeAppend(long end, int length, boolean newFile) throws IOException {
        if (file == null || newFile || end < 0) {
            long usable = Files.getFileStore(dir).getUsableSpace();
            if (usable < headroom + length) {
                throw new IOException("No space left on device for a new journal file: " + usable
                        + " bytes free, " + (headroom + length) + " needed");
            }
            return;
        }
        ensure(end + length + headroom);
    }

    /** After an entry was appended to {@code appendedTo}, ending at {@code end}: keeps the headroom reserved. */
    void afterAppend(File appendedTo, long end) throws IOException {
        if (!appendedTo.equals(file)) {
            close();
            file = appendedTo;
            channel = FileChannel.open(appendedTo.toPath(), StandardOpenOption.WRITE);
            reservedUntil = end;
        }
        ensure(end + headroom);
    }

    private void ensure(long until) throws IOException {
        if (channel == null || reservedUntil >= until) {
            return;
        }
        long target = until + headroom;
        long position = reservedUntil;
        while (position < target) {
            zeros.clear();
            zeros.limit((int) Math.min(ZEROS, target - position));
            position += channel.write(zeros, position);
        }
        reservedUntil = target;
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // the channel only ever wrote zeros past the journal's end: nothing is lost by a failed close
            }
            channel = null;
            file = null;
        }
    }
}
