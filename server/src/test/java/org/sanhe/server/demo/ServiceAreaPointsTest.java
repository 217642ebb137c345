package org.sanhe.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.projection.Datum;

class ServiceAreaPointsTest {

    private static final DistrictMap XIAN = DistrictMap.fromClasspath("/xian/districts.geojson", Datum.WGS84);

    @Test
    void everyCallerIsInsideADistrictAndTheSeedRepeatsThem() {
        ServiceAreaPoints points = new ServiceAreaPoints(XIAN);

        List<GeoPoint> first = draw(points, 11);

        assertThat(first).allSatisfy(p -> assertThat(XIAN.codeAt(p)).as("%s", p).isNotNull());
        assertThat(first.stream().map(XIAN::codeAt).distinct().count()).isEqualTo(XIAN.districts().size());
        assertThat(draw(points, 11)).isEqualTo(first);
    }

    @Test
    void theCallersOfAnotherCityAreInThatCity() {
        DistrictMap example = DistrictMap.fromClasspath("/example-city/districts.geojson", Datum.WGS84);

        List<GeoPoint> points = draw(new ServiceAreaPoints(example), 5);

        assertThat(points).allSatisfy(p -> assertThat(example.codeAt(p)).as("%s", p).isNotNull());
        assertThat(points).allSatisfy(p -> assertThat(XIAN.codeAt(p)).as("%s", p).isNull());
    }

    private static List<GeoPoint> draw(ServiceAreaPoints points, long seed) {
        Random random = new Random(seed);
        return Stream.generate(() -> points.next(random)).limit(500).toList();
    }
}
