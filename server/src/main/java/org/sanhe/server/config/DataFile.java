package org.sanhe.server.config;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A data file that a configuration key names (e.g. {@code city.districts}). Two forms: {@code classpath:NAME} for data
 * packed in the server jar (the demo's defaults, e.g. {@code classpath:xian/districts.geojson}), or a path on disk.
 * A relative path is resolved against the directory of the {@code --config} file that the server was given, or
 * against the working directory when there is none, so that a centre keeps its data files beside its configuration.
 * Immutable.
 *
 * @param location what to show in messages: {@code classpath:NAME}, or the absolute, normalised path
 * @param path     the file on disk, or null for a classpath resource
 */
public record DataFile(String location, Path path) {

    /** The prefix of a location inside the jar. */
    public static final String CLASSPATH = "classpath:";

    /** The file that {@code value} names, a relative path taken from {@code baseDir}. */
    public static DataFile resolve(String value, Path baseDir) {
        if (value.startsWith(CLASSPATH)) {
            return new DataFile(CLASSPATH + value.substring(CLASSPATH.length()).replaceFirst("^/+", ""), null);
        }
        Path file = baseDir.resolve(value).toAbsolutePath().normalize();
        return new DataFile(file.toString(), file);
    }

    /** Opens the file; the caller closes the stream. */
    public InputStream open() throws IOException {
        if (path != null) {
            return Files.newInputStream(path);
        }
        String resource = "/" + location.substring(CLASSPATH.length());
        InputStream in = DataFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new FileNotFoundException("no such resource in the server jar");
        }
        return in;
    }

    @Override
    public String toString() {
        return location;
    }
}
