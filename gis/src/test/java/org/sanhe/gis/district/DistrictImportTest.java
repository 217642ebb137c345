package org.sanhe.gis.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.GeometryFactory;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.geojson.GeoJson;
import org.sanhe.gis.projection.Gcj02;

/** The importer on a small hand-made source in the published file's shape (GCJ-02, Chinese names only). */
class DistrictImportTest {

    /** Xi'an's name table, as the import script passes it (config/xian, on the classpath as xian/). */
    static final List<DistrictName> XIAN = xianTable();

    @Test
    void addsCodesAndNamesConvertsToWgs84AndRepairs() throws IOException {
        List<ObjectNode> out = DistrictImport.convert(source(XIAN.stream().map(DistrictName::name).toList()), XIAN);

        assertThat(out).extracting(f -> f.path("id").asText())
                .containsExactlyElementsOf(XIAN.stream().map(DistrictName::code).toList());
        JsonNode bowTie = out.get(0);
        assertThat(bowTie.path("properties").path("name").asText()).isEqualTo("新城区");
        assertThat(bowTie.path("properties").path("nameEn").asText()).isEqualTo("Xincheng District");
        assertThat(bowTie.path("geometry").path("type").asText()).isEqualTo("MultiPolygon");
        assertThat(bowTie.path("geometry").path("coordinates")).hasSize(2);
        GeoPoint expected = Gcj02.toWgs84(new GeoPoint(34.20, 109.00));
        List<GeoPoint> square = new ArrayList<>();
        out.get(1).path("geometry").path("coordinates").get(0)
                .forEach(c -> square.add(new GeoPoint(c.get(1).asDouble(), c.get(0).asDouble())));
        assertThat(square).as("the converted corner of the GCJ-02 square")
                .anySatisfy(c -> assertThat(c.metersTo(expected)).isLessThan(0.02));
        GeometryFactory factory = new GeometryFactory();
        assertThat(out).allSatisfy(f -> assertThat(GeoJson.readGeometry(f.path("geometry"), factory).isValid())
                .isTrue());
    }

    @Test
    void refusesUnknownOrMissingDistricts() {
        List<String> names = new ArrayList<>(XIAN.stream().map(DistrictName::name).toList());
        names.set(3, "户县");

        assertThatThrownBy(() -> DistrictImport.convert(source(names), XIAN)).hasMessageContaining("户县");
        assertThatThrownBy(() -> DistrictImport.convert(source(names.subList(0, 3)), XIAN))
                .hasMessageContaining("13 districts");
    }

    @Test
    void theNameTableRefusesAMalformedLine(@TempDir Path dir) throws IOException {
        Path table = dir.resolve("names.csv");
        Files.writeString(table, "# code,name,nameEn\n610102,新城区\n");

        assertThatThrownBy(() -> DistrictName.readTable(table)).hasMessageContaining("line 2");
    }

    private static List<DistrictName> xianTable() {
        try {
            return DistrictName.readTable(Path.of(DistrictImportTest.class.getResource("/xian/district-names.csv")
                    .toURI()));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One feature per name: a 0.05-degree square, the first one drawn as a self-intersecting bow-tie. */
    private static InputStream source(List<String> names) {
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < names.size(); i++) {
            double lon = 108.90 + i * 0.1;
            double lat = 34.20;
            String ring = i == 0
                    ? ring(lon, lat, lon + 0.05, lat + 0.05, lon + 0.05, lat, lon, lat + 0.05)
                    : ring(lon, lat, lon + 0.05, lat, lon + 0.05, lat + 0.05, lon, lat + 0.05);
            sb.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"name\":\"")
                    .append(names.get(i)).append("\",\"cp\":[").append(lon + 0.02).append(',').append(lat + 0.02)
                    .append("]},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[").append(ring).append("]}}");
        }
        return new ByteArrayInputStream(sb.append("]}").toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String ring(double... xy) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i <= xy.length; i += 2) {
            int j = i % xy.length;
            sb.append(i == 0 ? "" : ",").append('[').append(xy[j]).append(',').append(xy[j + 1]).append(']');
        }
        return sb.append(']').toString();
    }
}
