package org.sanhe.interop.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.projection.MetricProjection;

class AlertDistrictsTest {

    static final DistrictMap XIAN = DistrictMap.fromClasspath("/xian/districts.geojson", Datum.WGS84);
    static final AlertDistricts DISTRICTS = new AlertDistricts(XIAN);

    @Test
    void theOwnXianAlertTouchesTheOldCitysDistrictsAndZhouzhi() throws InvalidCapException {
        CapAlert alert = CapReaderTest.read("xian/rainstorm.cap");

        List<String> codes = DISTRICTS.codes(alert.areas());

        // the circle (3 km round 34.26 N 108.95 E) covers the old city, where Xincheng, Beilin and Lianhu meet; the
        // box lies in Zhouzhi county's west, which no other district reaches
        assertThat(codes).contains("610102", "610103", "610104", "610124");
        assertThat(codes).doesNotContain("610114", "610115", "610118", "610122");
        assertThat(codes).isSorted();
    }

    @Test
    void theBoxAloneIsZhouzhi() {
        List<GeoPoint> box = List.of(new GeoPoint(33.95, 107.90), new GeoPoint(33.95, 108.00),
                new GeoPoint(34.05, 108.00), new GeoPoint(34.05, 107.90), new GeoPoint(33.95, 107.90));

        assertThat(DISTRICTS.codes(List.of(new CapArea("box", List.of(box), List.of())))).containsExactly("610124");
    }

    @Test
    void anAlertElsewhereTouchesNoDistrict() throws InvalidCapException {
        assertThat(DISTRICTS.codes(CapReaderTest.read("australia.cap").areas())).isEmpty();
        assertThat(DISTRICTS.codes(List.of(new CapArea("no shape", List.of(), List.of())))).isEmpty();
    }

    @Test
    void aCircleIsDrawnWithItsRadius() {
        GeoPoint centre = new GeoPoint(34.26, 108.95);
        Geometry circle = AlertDistricts.shape(List.of(new CapArea("c", List.of(),
                List.of(new CapCircle(centre, 3)))));

        double area = MetricProjection.forLongitude(centre.lon()).toMetric(circle).getArea();
        assertThat(area).isCloseTo(Math.PI * 3000 * 3000, within(Math.PI * 3000 * 3000 * 0.001));
    }

    @Test
    void aZeroRadiusCircleIsItsCentre() {
        GeoPoint bellTowerArea = XIAN.byCode("610103").orElseThrow().label();
        List<CapArea> point = List.of(new CapArea("p", List.of(), List.of(new CapCircle(bellTowerArea, 0))));

        assertThat(DISTRICTS.codes(point)).contains("610103");
    }
}
