package org.sanhe.console.http;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A reply body that is a part of a file, streamed from the disk when the reply is written (never read into memory
 * whole).
 *
 * @param path   the file, already checked by whoever made the reply: it is opened without following symbolic links
 * @param offset the first byte sent
 * @param length how many bytes are sent
 */
public record FilePart(Path path, long offset, long length) {

    public FilePart {
        Objects.requireNonNull(path, "path");
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must not be negative");
        }
    }
}
