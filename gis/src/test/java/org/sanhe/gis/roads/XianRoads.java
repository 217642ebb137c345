package org.sanhe.gis.roads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The demo's real road network of central Xi'an, opened once per test JVM from the copy on the classpath (the
 * committed {@code config/xian/roads.osm.gz}), with its cache in {@code target/roads-cache}: the first test class
 * imports it, later ones (and later builds) load the cache.
 */
public final class XianRoads {

    static final Path CACHE = Path.of("target", "roads-cache");

    private static RoadNetwork network;

    private XianRoads() {
    }

    public static synchronized RoadNetwork network() {
        if (network == null) {
            try {
                network = RoadNetwork.open(RoadSettings.demo(CACHE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return network;
    }
}
