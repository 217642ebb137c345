package org.sanhe.gis.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.projection.Gcj02;

/** The district file's checks, repairs and defaults; the server's refusals are tested through its CLI. */
class DistrictFileTest {

    private static final String SQUARE = "[[[108.9,34.2],[109.0,34.2],[109.0,34.3],[108.9,34.3],[108.9,34.2]]]";
    private static final String BOW_TIE = "[[[109.1,34.2],[109.2,34.3],[109.2,34.2],[109.1,34.3],[109.1,34.2]]]";

    @Test
    void aRepairablePolygonIsRepairedWithAWarning() {
        DistrictFile file = DistrictFile.read(json(feature("A", "甲", SQUARE) + "," + feature("B", "乙", BOW_TIE)),
                Datum.WGS84);

        District bowTie = file.districts().byCode("B").orElseThrow();
        assertThat(bowTie.boundary()).isInstanceOf(MultiPolygon.class);
        assertThat(bowTie.boundary().isValid()).isTrue();
        assertThat(file.warnings()).singleElement().asString()
                .startsWith("features[1] (code B): invalid polygon (Self-intersection at [109.15")
                .endsWith("repaired with GeometryFixer");
    }

    @Test
    void theEnglishNameAndTheLabelHaveDefaults() {
        District a = DistrictFile.read(json(feature("A", "甲", SQUARE)), Datum.WGS84).districts().districts().get(0);

        assertThat(a.nameEn()).isEqualTo("甲");
        assertThat(a.boundary().contains(a.boundary().getFactory().createPoint(
                new Coordinate(a.label().lon(), a.label().lat())))).isTrue();
    }

    @Test
    void aGcj02FileIsHeldInWgs84() {
        District a = DistrictFile.read(json(feature("A", "甲", SQUARE)), Datum.GCJ02).districts().districts().get(0);

        GeoPoint expected = Gcj02.toWgs84(new GeoPoint(34.2, 108.9));
        assertThat(a.boundary().getCoordinates()).anySatisfy(c ->
                assertThat(new GeoPoint(c.y, c.x).metersTo(expected)).isLessThan(0.01));
    }

    @Test
    void everyProblemOfTheFileIsNamed() {
        String features = feature("A", "甲", SQUARE) + "," + feature("A", "乙", SQUARE) + ","
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}";

        assertThatThrownBy(() -> DistrictFile.read(json(features), Datum.WGS84))
                .isInstanceOfSatisfying(InvalidDistrictsException.class, e -> assertThat(e.problems())
                        .containsExactly("features[1] (code A): duplicate code, also features[0]",
                                "features[2]: properties.code is required (a string, unique in the file)"));
    }

    private static String feature(String code, String name, String coordinates) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"name\":\"" + name + "\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + coordinates + "}}";
    }

    private static InputStream json(String features) {
        return new ByteArrayInputStream(("{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
