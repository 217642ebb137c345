package org.sanhe.server.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.sanhe.gis.roads.RoadSettings;

/**
 * {@code gis.roads}: the OSM file of the road network ({@code classpath:NAME}, or a path taken from the {@code --config}
 * file's directory, as {@link DataFile}) and the directory of its prepared graph. A missing, unreadable
 * or misnamed file is a problem of {@code gis.roads.file} (the server refuses to start, exit code 2); {@code file:
 * null} or {@code ""} means no roads (straight-line estimates, Voronoi first-due areas).
 */
final class RoadsReader {

    private static final String FILE = "gis.roads.file";

    private RoadsReader() {
    }

    static RoadSettings read(ConfigTree tree) {
        tree.onlyKeys("gis", Set.of("roads"));
        tree.onlyKeys("gis.roads", Set.of("file", "cacheDir"));
        String file = tree.optionalText(FILE);
        if (file == null || file.isBlank()) {
            return null;
        }
        String cacheDir = tree.text("gis.roads.cacheDir");
        String name = file.toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".osm") || name.endsWith(".osm.gz") || name.endsWith(".osm.pbf"))) {
            tree.problem(FILE, "must be an OpenStreetMap file (.osm, .osm.gz or .osm.pbf), was " + file);
            return null;
        }
        if (file.startsWith(RoadSettings.CLASSPATH)) {
            String resource = file.substring(RoadSettings.CLASSPATH.length());
            if (RoadsReader.class.getClassLoader().getResource(resource) == null) {
                tree.problem(FILE, "no " + resource + " on the classpath (" + file + ")");
                return null;
            }
            return cacheDir.isEmpty() ? null : new RoadSettings(file, Path.of(cacheDir));
        }
        Path path = tree.file(file).path();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            tree.problem(FILE, "no readable file " + path);
            return null;
        }
        return cacheDir.isEmpty() ? null : new RoadSettings(path.toString(), Path.of(cacheDir));
    }
}
