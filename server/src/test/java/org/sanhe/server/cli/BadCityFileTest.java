package org.sanhe.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bad district file stops {@code serve} (and {@code simulate-pbx}) before anything starts: exit code 2, the key
 * {@code city.districts}, the file, the feature and the problem on standard error, and no journal created.
 */
class BadCityFileTest {

    private static final String SQUARE = "[[[5.0,52.0],[5.1,52.0],[5.1,52.1],[5.0,52.1],[5.0,52.0]]]";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        not JSON     | {"type": "FeatureCollection", "features": [   | not JSON
        not GeoJSON  | {"districts": []}                             | not a GeoJSON FeatureCollection
        no features  | {"type": "FeatureCollection", "features": []} | has no features
        no code      | @{"name": "A"}                                | features[0]: properties.code is required
        numeric code | @{"code": 101, "name": "A"}                   | features[0]: properties.code is required
        no name      | @{"code": "101"}                              | features[0] (code 101): properties.name
        """)
    void aFileThatIsNotADistrictFileStopsTheServer(String what, String content, String expected) throws IOException {
        Path config = city(content.startsWith("@") ? collection(feature(content.substring(1), polygon(SQUARE)))
                : content);

        JournalCommandTest.Result result = JournalCommandTest.cli("serve", "--config", config.toString());

        assertRefused(result, expected);
    }

    @Test
    void duplicateCodesNameBothFeatures() throws IOException {
        String a = feature("{\"code\": \"101\", \"name\": \"A\"}", polygon(SQUARE));
        String b = feature("{\"code\": \"101\", \"name\": \"B\"}", polygon(SQUARE.replace("5.0,", "5.2,")
                .replace("5.1,", "5.3,")));

        assertRefused(serve(collection(a + "," + b)), "features[1] (code 101): duplicate code, also features[0]");
    }

    @Test
    void aGeometryThatIsNotAPolygonIsRefused() throws IOException {
        String line = "{\"type\": \"LineString\", \"coordinates\": [[5.0, 52.0], [5.1, 52.1]]}";

        assertRefused(serve(collection(feature("{\"code\": \"101\", \"name\": \"A\"}", line))),
                "features[0] (code 101): geometry is a LineString, not a Polygon or MultiPolygon");
    }

    @Test
    void aSelfIntersectingPolygonThatCannotBeRepairedIsRefused() throws IOException {
        String spike = polygon("[[[5.0,52.0],[5.1,52.0],[5.2,52.0],[5.1,52.0],[5.0,52.0]]]");

        assertRefused(serve(collection(feature("{\"code\": \"101\", \"name\": \"A\"}", spike))),
                "features[0] (code 101): invalid polygon (");
        assertThat(serve(collection(feature("{\"code\": \"101\", \"name\": \"A\"}", spike))).err())
                .contains("that GeometryFixer cannot repair into a non-empty valid polygon");
    }

    @Test
    void aCoordinateOutOfRangeIsRefused() throws IOException {
        String latLon = polygon("[[[52.0,5.0],[52.0,95.0],[52.1,95.0],[52.0,5.0]]]");

        assertRefused(serve(collection(feature("{\"code\": \"101\", \"name\": \"A\"}", latLon))),
                "features[0] (code 101): coordinate [52.0, 95.0] is out of range");
    }

    @Test
    void aMissingFileOrABadDatumIsRefused() throws IOException {
        Path config = dir.resolve("centre.yaml");
        Files.writeString(config, "city: { districts: nowhere.geojson, datum: bd09 }\njournal: { dir: "
                + dir.resolve("journal") + " }\n");

        JournalCommandTest.Result result = JournalCommandTest.cli("serve", "--config", config.toString());

        assertThat(result.exit()).isEqualTo(ServeCommand.BAD_CONFIGURATION);
        assertThat(result.err()).contains("city.datum: must be wgs84 or gcj02");
        Files.writeString(config, "city: { districts: nowhere.geojson }\n");
        assertThat(JournalCommandTest.cli("serve", "--config", config.toString()).err())
                .contains("city.districts: " + dir.resolve("nowhere.geojson") + ": cannot be read");
    }

    @Test
    void simulatePbxTakesItsCityFromTheConfigurationAndRefusesABadOne() throws IOException {
        Path config = city(collection(feature("{\"name\": \"A\"}", polygon(SQUARE))));

        JournalCommandTest.Result result = JournalCommandTest.cli("simulate-pbx", "--port", "0", "--config",
                config.toString());

        assertThat(result.exit()).isEqualTo(ServeCommand.BAD_CONFIGURATION);
        assertThat(result.err()).contains("city.districts: " + dir.resolve("districts.geojson")
                + ": features[0]: properties.code is required");
    }

    private JournalCommandTest.Result serve(String districts) throws IOException {
        return JournalCommandTest.cli("serve", "--config", city(districts).toString());
    }

    private void assertRefused(JournalCommandTest.Result result, String expected) {
        assertThat(result.exit()).isEqualTo(ServeCommand.BAD_CONFIGURATION);
        assertThat(result.err()).contains("city.districts: " + dir.resolve("districts.geojson") + ": " + expected);
        assertThat(dir.resolve("journal")).as("nothing started").doesNotExist();
    }

    /** A configuration beside the districts file, naming it by a relative path. */
    private Path city(String districts) throws IOException {
        Files.writeString(dir.resolve("districts.geojson"), districts);
        Path config = dir.resolve("centre.yaml");
        Files.writeString(config, "city: { name: 示例市, districts: districts.geojson, datum: wgs84 }\n"
                + "journal: { dir: " + dir.resolve("journal") + ", snapshotDir: " + dir.resolve("snapshots") + " }\n"
                + "telephony: { simulator: { port: 0 } }\nserver: { port: 0 }\nfleet: { file: null }\n");
        return config;
    }

    private static String collection(String features) {
        return "{\"type\": \"FeatureCollection\", \"features\": [" + features + "]}";
    }

    private static String feature(String properties, String geometry) {
        return "{\"type\": \"Feature\", \"properties\": " + properties + ", \"geometry\": " + geometry + "}";
    }

    private static String polygon(String coordinates) {
        return "{\"type\": \"Polygon\", \"coordinates\": " + coordinates + "}";
    }
}
