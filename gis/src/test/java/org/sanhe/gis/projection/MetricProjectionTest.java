package org.sanhe.gis.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.sanhe.dispatch.domain.geo.GeoPoint;

class MetricProjectionTest {

    private final MetricProjection projection = MetricProjection.forLongitude(108.94);

    @Test
    void xianGetsEpsg4545() {
        // EPSG:4545 is a transverse Mercator on 108 E with false easting 500 000 m and no zone prefix.
        MetricProjection epsg4545 = new MetricProjection("EPSG:4545");
        GeoPoint bellTower = new GeoPoint(34.2610, 108.9423);
        Envelope xian = new Envelope(107.6, 109.85, 33.65, 34.75);

        assertThat(projection.crs()).isEqualTo("EPSG:4545");
        assertThat(MetricProjection.forArea(new GeometryFactory().toGeometry(xian))).isSameAs(projection);
        assertThat(projection.toMetric(bellTower)).isEqualTo(epsg4545.toMetric(bellTower));
    }

    @Test
    void centralMeridianMapsToTheFalseEasting() {
        Coordinate c = projection.toMetric(new GeoPoint(34.0, 108.0));

        assertThat(c.x).isCloseTo(500_000.0, within(0.001));
        assertThat(c.y).isBetween(3_700_000.0, 3_800_000.0);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "Xi'an, EPSG:4545, 34.26, 108.94, 34.16, 109.32",
        "Harbin, EPSG:4551, 45.75, 126.63, 45.62, 126.97",
        "Kashgar, EPSG:4534, 39.47, 75.99, 39.38, 76.30",
        "Oslo, '3-degree transverse Mercator, CM 12E', 59.91, 10.75, 59.80, 10.95",
        "Quito, '3-degree transverse Mercator, CM 78W', -0.18, -78.47, -0.30, -78.55",
        "Sydney, '3-degree transverse Mercator, CM 150E', -33.87, 151.21, -33.95, 150.90"
    })
    void eachCityGetsAZoneInWhichGridDistancesAgreeWithGreatCircleDistances(String city, String crs, double latA,
            double lonA, double latB, double lonB) {
        GeoPoint a = new GeoPoint(latA, lonA);
        GeoPoint b = new GeoPoint(latB, lonB);
        MetricProjection grid = MetricProjection.forLongitude(lonA);

        double distance = grid.toMetric(a).distance(grid.toMetric(b));

        assertThat(grid.crs()).isEqualTo(crs);
        assertThat(distance / Geodesic.meters(a, b) - 1).as("scale error").isCloseTo(0, within(0.0005));
        assertThat(grid.toWgs84(grid.toMetric(a)).metersTo(a)).isLessThan(0.001);
    }

    @Test
    void aCityFarFromXianIsMismeasuredInXiansGridButNotInItsOwn() {
        GeoPoint a = new GeoPoint(39.47, 75.99);
        GeoPoint b = new GeoPoint(39.38, 76.30);
        MetricProjection xian = new MetricProjection("EPSG:4545");
        MetricProjection kashgar = MetricProjection.forLongitude(76.0);

        double error = Math.abs(xian.toMetric(a).distance(xian.toMetric(b)) / Geodesic.meters(a, b) - 1);
        double own = Math.abs(kashgar.toMetric(a).distance(kashgar.toMetric(b)) / Geodesic.meters(a, b) - 1);

        assertThat(error).as("32 degrees from 108E").isGreaterThan(0.05);
        assertThat(own).isLessThan(0.0005);
    }

    @Test
    void theReferenceAgreesWithAKnownGeodesic() {
        // Flinders Peak to Buninyong, Vincenty's own test line: 54 972.271 m on the GRS80-like ANS ellipsoid;
        // on GRS80 it is within a few decimetres of that.
        GeoPoint flinders = new GeoPoint(-(37 + 57 / 60.0 + 3.72030 / 3600), 144 + 25 / 60.0 + 29.52440 / 3600);
        GeoPoint buninyong = new GeoPoint(-(37 + 39 / 60.0 + 10.15610 / 3600), 143 + 55 / 60.0 + 35.38390 / 3600);

        assertThat(Geodesic.meters(flinders, buninyong)).isCloseTo(54_972.271, within(1.0));
    }

    @Test
    void roundTripIsExactToAMillimetre() {
        GeoPoint point = new GeoPoint(34.2610, 108.9423);

        assertThat(projection.toWgs84(projection.toMetric(point)).metersTo(point)).isLessThan(0.001);
    }
}
