package org.sanhe.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.district.District;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.projection.Gcj02;

/** The {@code city:} keys: the demo's default, a centre's own file beside its configuration, a GCJ-02 file. */
class CityConfigTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultCityIsTheXianDemoInEpsg4545() {
        CitySettings city = ConfigLoader.load(null, Map.of()).city();

        assertThat(city.name()).isEqualTo("西安市");
        assertThat(city.file().location()).isEqualTo("classpath:xian/districts.geojson");
        assertThat(city.datum()).isEqualTo(Datum.WGS84);
        assertThat(city.districts().districts()).hasSize(13);
        assertThat(city.projection().crs()).isEqualTo("EPSG:4545");
    }

    @Test
    void aCentresOwnFileIsFoundBesideItsConfigurationAndGetsItsOwnGrid() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        copy("/example-city/districts.geojson", data.resolve("districts.geojson"));
        Path config = dir.resolve("centre.yaml");
        Files.writeString(config, "city: { name: 示例市, districts: data/districts.geojson, datum: wgs84 }\n"
                + "fleet: { file: null }\n");

        CitySettings city = ConfigLoader.load(config, Map.of()).city();

        assertThat(city.name()).isEqualTo("示例市");
        assertThat(city.file().path()).isEqualTo(data.resolve("districts.geojson").toAbsolutePath());
        assertThat(city.districts().districts()).extracting(District::code)
                .containsExactly("101", "102", "103", "104");
        assertThat(city.districts().codeAt(new GeoPoint(52.05, 4.90))).isEqualTo("101");
        assertThat(city.districts().codeAt(new GeoPoint(51.95, 5.10))).isEqualTo("104");
        assertThat(city.projection().crs()).isEqualTo("3-degree transverse Mercator, CM 6E");
        assertThat(city.districts().byCode("101").orElseThrow().nameEn()).isEqualTo("Northwest District");
    }

    @Test
    void theEnvironmentCanNameTheFile() throws IOException {
        Path file = copy("/example-city/districts.geojson", dir.resolve("districts.geojson"));

        CitySettings city = ConfigLoader.load(null, Map.of("SANHE_CITY_DISTRICTS", file.toString(),
                "SANHE_CITY_NAME", "示例市", "SANHE_FLEET_FILE", "classpath:example-city/fleet.yaml")).city();

        assertThat(city.districts().districts()).hasSize(4);
    }

    @Test
    void aGcj02FileIsConvertedToWgs84OnceAtLoad() {
        String yaml = "classpath:example-city-gcj02/districts.geojson";
        CitySettings gcj = ConfigLoader.load(null, Map.of("SANHE_CITY_DISTRICTS", yaml,
                "SANHE_CITY_DATUM", "gcj02", "SANHE_FLEET_FILE", "")).city();
        CitySettings raw = ConfigLoader.load(null, Map.of("SANHE_CITY_DISTRICTS", yaml, "SANHE_FLEET_FILE", ""))
                .city();

        Coordinate corner = raw.districts().byCode("101").orElseThrow().boundary().getCoordinates()[0];
        GeoPoint expected = Gcj02.toWgs84(new GeoPoint(corner.y, corner.x));
        Coordinate converted = gcj.districts().byCode("101").orElseThrow().boundary().getCoordinates()[0];
        assertThat(new GeoPoint(converted.y, converted.x).metersTo(expected)).isLessThan(0.01);
        assertThat(expected.metersTo(new GeoPoint(corner.y, corner.x))).as("GCJ-02's shift")
                .isBetween(100.0, 1_000.0);
        assertThat(gcj.projection().crs()).as("CGCS2000 / 3-degree Gauss-Kruger CM 87E").isEqualTo("EPSG:4538");
    }

    private static Path copy(String resource, Path to) throws IOException {
        try (InputStream in = CityConfigTest.class.getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
        return to;
    }
}
