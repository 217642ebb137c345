package org.sanhe.gis.roads;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the road network comes from and where its prepared graph is kept.
 *
 * @param file     an OSM file ({@code .osm}, {@code .osm.gz} or {@code .osm.pbf}): a path, or
 *                 {@code classpath:NAME} for a file shipped in the jar (the demo's {@code classpath:xian/roads.osm.gz},
 *                 copied into the cache directory before import)
 * @param cacheDir the directory of the prepared graph and of the hash of the file it was made from
 */
public record RoadSettings(String file, Path cacheDir) {

    /** The prefix of a file shipped on the classpath. */
    public static final String CLASSPATH = "classpath:";

    /** A unit or incident farther than this from a car road is off the network: straight-line estimate. */
    public static final double MAX_SNAP_METERS = 250;

    public RoadSettings {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(cacheDir, "cacheDir");
    }

    /** The demo's roads, shipped in the jar (see config/README.md). */
    public static RoadSettings demo(Path cacheDir) {
        return new RoadSettings(CLASSPATH + "xian/roads.osm.gz", cacheDir);
    }
}
