package org.sanhe.console.recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where the PBX's recordings are readable, and the one rule that turns the name a PBX gave a recording into a file
 * there. A relative name is taken inside the directory; an absolute one only when it lies under the directory as the
 * PBX names it ({@code pbxDirectory}: Asterisk's MixMonitor gives full paths such as
 * {@code /var/spool/asterisk/monitor/1764000000.42.wav}). A name with a {@code ..} segment, an absolute name elsewhere,
 * or one whose real path (symbolic links followed) leaves the directory is {@link Refused}; the file is never opened.
 * Immutable and thread-safe; the checks touch the file system (a {@code stat} per name), cheap enough for an event
 * loop.
 */
public final class RecordingFiles {

    private final Path directory;
    private final Path pbxDirectory;

    /**
     * @param directory    where this server reads the recordings
     * @param pbxDirectory the same directory as the PBX names it (null: the same path as {@code directory})
     */
    public RecordingFiles(Path directory, Path pbxDirectory) {
        this.directory = directory.toAbsolutePath().normalize();
        this.pbxDirectory = pbxDirectory == null ? this.directory : pbxDirectory.toAbsolutePath().normalize();
    }

    /** A readable recording: its real path and size. */
    public record Recording(Path path, long size) {
    }

    /**
     * The recording the PBX named {@code name}, or null when the name is acceptable but no regular file is there.
     *
     * @throws Refused when the name would leave the directory
     */
    public Recording resolve(String name) {
        Path relative = relative(name);
        Path candidate = directory.resolve(relative).normalize();
        if (!candidate.startsWith(directory) || candidate.equals(directory)) {
            throw new Refused(name, "it resolves outside the recording directory");
        }
        Path real;
        BasicFileAttributes attributes;
        try {
            real = candidate.toRealPath();
            attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
        if (!real.startsWith(realDirectory())) {
            throw new Refused(name, "its real path leaves the recording directory");
        }
        return attributes.isRegularFile() ? new Recording(real, attributes.size()) : null;
    }

    private Path relative(String name) {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new Refused(name, "it is not a valid path");
        }
        for (Path segment : path) {
            if (segment.toString().equals("..")) {
                throw new Refused(name, "it has a '..' segment");
            }
        }
        if (!path.isAbsolute()) {
            return path;
        }
        Path normal = path.normalize();
        if (!normal.startsWith(pbxDirectory)) {
            throw new Refused(name, "it is an absolute path outside " + pbxDirectory);
        }
        return pbxDirectory.relativize(normal);
    }

    private Path realDirectory() {
        try {
            return directory.toRealPath();
        } catch (IOException e) {
            return directory;
        }
    }

    /** A name that would leave the recording directory. */
    public static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refused(String name, String why) {
            super("recording name '" + name + "' refused: " + why, null, false, false);
        }
    }
}
