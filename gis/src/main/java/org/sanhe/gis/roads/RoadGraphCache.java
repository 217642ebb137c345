package org.sanhe.gis.roads;

import com.graphhopper.GraphHopper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The prepared graph in the cache directory and the SHA-256 of the OSM file it was made from: {@code graph/} is
 * GraphHopper's directory, {@code graph.sha256} the hash, written only after an import has finished. A start whose
 * file has the recorded hash loads the graph (about a second); any other start (no cache, a changed file, a cache
 * GraphHopper cannot load) deletes {@code graph/} and imports again. Called once at start on the starting thread;
 * two processes must not share a cache directory while one imports.
 */
final class RoadGraphCache {

    private static final Logger LOG = LoggerFactory.getLogger(RoadGraphCache.class);

    static final String GRAPH_DIR = "graph";
    static final String HASH_FILE = "graph.sha256";

    private RoadGraphCache() {
    }

    /** A prepared graph, and whether this start imported it (false: loaded from the cache). */
    record Prepared(GraphHopper hopper, boolean imported) {
    }

    static Prepared importOrLoad(RoadSource source, Path cacheDir, UnaryOperator<GraphHopper> configure)
            throws IOException {
        Path graphDir = cacheDir.resolve(GRAPH_DIR);
        Path hashFile = cacheDir.resolve(HASH_FILE);
        if (Files.isRegularFile(hashFile)
                && Files.readString(hashFile, StandardCharsets.UTF_8).trim().equals(source.sha256())) {
            GraphHopper hopper = configure.apply(new GraphHopper()).setGraphHopperLocation(graphDir.toString());
            try {
                if (hopper.load()) {
                    LOG.info("roads: loaded the graph of {} (sha256 {}) from {}: {} junctions, {} road segments",
                            source.path().getFileName(), abbreviated(source), graphDir,
                            hopper.getBaseGraph().getNodes(), hopper.getBaseGraph().getEdges());
                    return new Prepared(hopper, false);
                }
            } catch (RuntimeException e) {
                LOG.warn("roads: the cache in {} cannot be loaded ({}); importing again", graphDir, e.toString());
            }
            hopper.close();
        }
        return new Prepared(importFresh(source, graphDir, hashFile, configure), true);
    }

    private static GraphHopper importFresh(RoadSource source, Path graphDir, Path hashFile,
                                           UnaryOperator<GraphHopper> configure) throws IOException {
        Files.deleteIfExists(hashFile);
        deleteTree(graphDir);
        long size = Files.size(source.path());
        long start = System.nanoTime();
        LOG.info("roads: importing {} ({} KB, sha256 {}) into {}: 0% (reading the file)",
                source.path(), size / 1024, abbreviated(source), graphDir);
        GraphHopper hopper = configure.apply(new GraphHopper()).setGraphHopperLocation(graphDir.toString())
                .setOSMFile(source.path().toString());
        hopper.importOrLoad();
        LOG.info("roads: import 90% (graph built and stored: {} junctions, {} road segments)",
                hopper.getBaseGraph().getNodes(), hopper.getBaseGraph().getEdges());
        Files.writeString(hashFile, source.sha256() + "\n", StandardCharsets.UTF_8);
        LOG.info("roads: import 100% in {} ms; later starts load the cache while the file's hash is the same",
                (System.nanoTime() - start) / 1_000_000);
        return hopper;
    }

    private static String abbreviated(RoadSource source) {
        return source.sha256().substring(0, 12);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
