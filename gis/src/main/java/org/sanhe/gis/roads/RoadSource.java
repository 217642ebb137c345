package org.sanhe.gis.roads;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The OSM file to import, as a local path GraphHopper can read, and its SHA-256 (which the cache records). A
 * {@code classpath:} file is copied into the cache directory first (only when the copy there differs). Made once at
 * start on the starting thread.
 *
 * @param path   the local file
 * @param sha256 its SHA-256, lower-case hex
 */
public record RoadSource(Path path, String sha256) {

    /** Resolves and hashes the configured file; an unreadable or missing file is an {@link IOException}. */
    public static RoadSource resolve(RoadSettings settings) throws IOException {
        String file = settings.file();
        if (!file.startsWith(RoadSettings.CLASSPATH)) {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new IOException("no readable file " + path.toAbsolutePath());
            }
            try (InputStream in = Files.newInputStream(path)) {
                return new RoadSource(path, sha256(in));
            }
        }
        String name = file.substring(RoadSettings.CLASSPATH.length());
        byte[] bytes;
        try (InputStream in = RoadSource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no resource " + name + " on the classpath");
            }
            bytes = in.readAllBytes();
        }
        String hash = sha256(new ByteArrayInputStream(bytes));
        Path copy = settings.cacheDir().resolve(Path.of(name).getFileName());
        Files.createDirectories(settings.cacheDir());
        if (!Files.isRegularFile(copy) || !hash.equals(sha256(Files.newInputStream(copy)))) {
            Files.write(copy, bytes);
        }
        return new RoadSource(copy, hash);
    }

    static String sha256(InputStream in) throws IOException {
        try (DigestInputStream digest = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"))) {
            digest.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("no SHA-256", e));
        }
    }
}
