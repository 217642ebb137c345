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

        // the circle (3 km round 34.26 N 108.95 E) lies in Beilin (610103) and reaches Xincheng (610102, 0.26 km
        // away), Lianhu (610104, 0.6 km) and Yanta (610113, 2.6 km south), but not Weiyang (3.8 km north) nor Baqiao
        // (5.4 km east); the box (107.90-108.00 E) lies west of every district but Zhouzhi (610124), whose county
        // reaches 107.66 E: see theDistrictsWithinTheCirclesRadius for the distances
        assertThat(codes).containsExactly("610102", "610103", "610104", "610113", "610124");
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

    @Test
    void theDistrictsWithinTheCirclesRadius() {
        GeoPoint centre = new GeoPoint(34.26, 108.95);
        MetricProjection grid = MetricProjection.forLongitude(centre.lon());
        Geometry point = new org.locationtech.jts.geom.GeometryFactory().createPoint(grid.toMetric(centre));

        List<String> within = XIAN.districts().stream()
                .filter(d -> grid.toMetric(d.boundary()).distance(point) <= 3000).map(d -> d.code()).toList();

        assertThat(within).containsExactly("610102", "610103", "610104", "610113");
    }
}
