package org.sanhe.gis.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.sanhe.dispatch.geo.GeoPoint;

class MetricProjectionTest {

    private final MetricProjection projection = MetricProjection.xian();

    @Test
    void centralMeridianMapsToTheFalseEasting() {
        // EPSG:4545 is a transverse Mercator on 108 E with false easting 500 000 m and no zone prefix.
        Coordinate c = projection.toMetric(new GeoPoint(34.0, 108.0));

        assertThat(c.x).isCloseTo(500_000.0, within(0.001));
        assertThat(c.y).isBetween(3_700_000.0, 3_800_000.0);
    }

    @Test
    void gridDistancesAgreeWithGreatCircleDistancesAcrossXian() {
        GeoPoint a = new GeoPoint(34.26, 108.94);
        GeoPoint b = new GeoPoint(34.16, 109.32);

        double grid = projection.toMetric(a).distance(projection.toMetric(b));

        assertThat(grid).isCloseTo(a.metersTo(b), within(a.metersTo(b) * 0.003));
    }

    @Test
    void roundTripIsExactToAMillimetre() {
        GeoPoint point = new GeoPoint(34.2610, 108.9423);

        assertThat(projection.toWgs84(projection.toMetric(point)).metersTo(point)).isLessThan(0.001);
    }
}
