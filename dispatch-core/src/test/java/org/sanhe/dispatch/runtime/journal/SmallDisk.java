package org.sanhe.dispatch.runtime.journal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real, small file system for disk-full tests: a tmpfs of a given size mounted on a directory (Linux, as root).
 * {@link #fill()} takes all of its free space with a filler file and {@link #free()} deletes it again, as when an
 * operator frees space on the journal's volume. Where mounting is not allowed, {@link #available()} says so and the
 * tests that need it are skipped (the full campaign in docs/reliability.md then covers it).
 */
public final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;
    private final Path filler;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve("filler");
    }

    /** Mounts a tmpfs of {@code bytes} on {@code dir} (created when missing). */
    public static SmallDisk mount(Path dir, long bytes) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        run(List.of("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", dir.toString()));
        return new SmallDisk(dir);
    }

    /** Whether this process may mount a tmpfs: a trial mount on a fresh temporary directory. */
    public static boolean available() {
        try {
            Path probe = Files.createTempDirectory("sanhe-mount-probe");
            try {
                run(List.of("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.toString()));
                run(List.of("umount", probe.toString()));
                return true;
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public Path path() {
        return mountPoint;
    }

    /** Takes every free byte with a filler file (written, not sparse); returns its size. */
    public long fill() throws IOException {
        byte[] block = new byte[4096];
        long written = 0;
        try (RandomAccessFile out = new RandomAccessFile(filler.toFile(), "rw")) {
            while (true) {
                out.write(block);
                written += block.length;
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
        return written;
    }

    /** Deletes the filler. */
    public void free() throws IOException {
        Files.deleteIfExists(filler);
    }

    public long usable() throws IOException {
        return Files.getFileStore(mountPoint).getUsableSpace();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(List.of("umount", "-l", mountPoint.toString()));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output.trim());
        }
    }
}
