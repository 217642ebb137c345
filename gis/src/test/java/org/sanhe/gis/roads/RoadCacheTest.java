package org.sanhe.gis.roads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prepared graph is reused while the file is the same and rebuilt when it changes: on a real file, the Xi'an
 * network as plain OSM XML, then the same file with one road less.
 */
class RoadCacheTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheCacheForTheSameFileAndImportsAgainWhenTheFileChanges() throws IOException {
        Path file = dir.resolve("roads.osm");
        String xml = xianXml();
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        RoadSettings settings = new RoadSettings(file.toString(), dir.resolve("cache"));
        int edges;
        try (RoadNetwork first = RoadNetwork.open(settings)) {
            assertThat(first.imported()).isTrue();
            edges = first.graph().getEdges();
        }
        try (RoadNetwork second = RoadNetwork.open(settings)) {
            assertThat(second.imported()).isFalse();
            assertThat(second.graph().getEdges()).isEqualTo(edges);
        }
        int lastWay = xml.lastIndexOf("<way ");
        Files.writeString(file, xml.substring(0, lastWay) + xml.substring(xml.indexOf("</way>", lastWay) + 7),
                StandardCharsets.UTF_8);
        try (RoadNetwork changed = RoadNetwork.open(settings)) {
            assertThat(changed.imported()).isTrue();
            assertThat(changed.graph().getEdges()).isLessThan(edges);
        }
        assertThat(Files.readString(dir.resolve("cache").resolve(RoadGraphCache.HASH_FILE)).trim())
                .isEqualTo(RoadSource.sha256(Files.newInputStream(file)));
    }

    @Test
    void aMissingFileIsRefusedWithItsPath() {
        RoadSettings settings = new RoadSettings(dir.resolve("nowhere.osm.pbf").toString(), dir.resolve("cache"));

        assertThatThrownBy(() -> RoadNetwork.open(settings)).isInstanceOf(IOException.class)
                .hasMessageContaining("nowhere.osm.pbf");
    }

    private static String xianXml() throws IOException {
        try (InputStream in = new GZIPInputStream(RoadCacheTest.class.getResourceAsStream("/xian/roads.osm.gz"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
