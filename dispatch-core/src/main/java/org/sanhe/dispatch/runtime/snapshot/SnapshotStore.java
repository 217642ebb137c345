package org.sanhe.dispatch.runtime.snapshot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sanhe.dispatch.runtime.codec.MalformedRecordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A directory of snapshot files, one per snapshot, named {@code snapshot-<sequence, 20 digits>.bin} so that names
 * sort by sequence. Each file carries a digest (see {@link SnapshotFile}), so a torn or damaged file is detected on
 * reading and passed over.
 *
 * <p>Thread contract: one store per directory, in one process. {@link #write} and {@link #retain} may be called from
 * any thread, typically a background snapshot writer (never the core's thread: they block on the disk); they are
 * serialised on the store. {@link #latest} and {@link #read} may run at the same time as a write, because a file
 * appears under its final name only once it is complete and on disk.
 */
public final class SnapshotStore {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotStore.class);
    private static final Pattern NAME = Pattern.compile("snapshot-(\\d{20})\\.bin");
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path directory;

    /** A store in {@code directory}, which is created if missing. */
    public SnapshotStore(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
    }

    /** The file name of the snapshot at a sequence. */
    public static String fileName(long sequence) {
        return String.format("snapshot-%020d.bin", sequence);
    }

    /**
     * Writes the snapshot durably and atomically: to a temporary file in the directory, forced to disk, moved to its
     * final name in one step, then the directory forced where the platform allows. A snapshot with the same sequence
     * is replaced. Blocks on the disk.
     *
     * @return the file written
     * @throws IOException when the file cannot be written or moved atomically; no partial file is left under the
     *                     final name
     */
    public synchronized Path write(Snapshot snapshot) throws IOException {
        Path target = directory.resolve(fileName(snapshot.sequence()));
        Path temp = directory.resolve(target.getFileName() + TEMP_SUFFIX);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(channel, ByteBuffer.wrap(SnapshotFile.header(snapshot)));
            writeFully(channel, ByteBuffer.wrap(snapshot.body()));
            channel.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory();
        return target;
    }

    /** The newest snapshot that reads back intact; damaged files are logged at WARN and passed over. */
    public Optional<Snapshot> latest() throws IOException {
        List<Long> sequences = sequences();
        for (int i = sequences.size() - 1; i >= 0; i--) {
            long sequence = sequences.get(i);
            try {
                return Optional.of(read(sequence));
            } catch (NoSuchFileException e) {
                LOG.debug("snapshot {} was removed while reading", sequence);
            } catch (MalformedRecordException | IOException e) {
                LOG.warn("skipping damaged snapshot {} in {}: {}", fileName(sequence), directory, e.toString());
            }
        }
        return Optional.empty();
    }

    /**
     * The snapshot at a sequence.
     *
     * @throws MalformedRecordException when its file is damaged
     * @throws NoSuchFileException      when there is none
     */
    public Snapshot read(long sequence) throws IOException {
        Path file = directory.resolve(fileName(sequence));
        long size = Files.size(file);
        if (size > Integer.MAX_VALUE - 16) {
            throw new MalformedRecordException(file + " is too large for a snapshot: " + size + " bytes");
        }
        Snapshot snapshot = SnapshotFile.decode(Files.readAllBytes(file));
        if (snapshot.sequence() != sequence) {
            throw new MalformedRecordException(file + " holds the snapshot at " + snapshot.sequence());
        }
        return snapshot;
    }

    /** The sequences of the snapshot files present, intact or not, ascending. */
    public List<Long> sequences() throws IOException {
        List<Long> sequences = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches()) {
                    sequences.add(Long.parseLong(m.group(1)));
                }
            }
        }
        sequences.sort(Comparator.naturalOrder());
        return sequences;
    }

    /**
     * Deletes all but the {@code keep} newest snapshot files (damaged ones count), and any temporary file a crashed
     * write left behind.
     *
     * @param keep at least 1
     */
    public synchronized void retain(int keep) throws IOException {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1, was " + keep);
        }
        List<Long> sequences = sequences();
        for (long sequence : sequences.subList(0, Math.max(0, sequences.size() - keep))) {
            Files.deleteIfExists(directory.resolve(fileName(sequence)));
        }
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(directory, "snapshot-*" + TEMP_SUFFIX)) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        }
    }

    public Path directory() {
        return directory;
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Makes the rename durable; not every platform can open a directory, and then the rename is left to the OS. */
    private void syncDirectory() {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            LOG.debug("cannot force directory {} on this platform: {}", directory, e.toString());
        }
    }
}
