package org.sanhe.gis.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanhe.dispatch.domain.geo.GeoPoint;

class Gcj02Test {

    /**
     * Published reference pairs (WGS84 -> GCJ-02). The first three are the fixture of googollee/eviltransform
     * (go/transform_test.go; the same table is in its C#, Ruby, Haskell and Python ports): Shanghai, Shenzhen,
     * Beijing. The fourth is the worked example in wandergis/coordtransform (test/app.js):
     * wgs84togcj02(116.404, 39.915) = [116.41024449916938, 39.91640428150164].
     */
    @ParameterizedTest
    @CsvSource({
        "31.1774276, 121.5272106, 31.17530398364597, 121.531541859215",
        "22.543847, 113.912316, 22.540796131694766, 113.9171764808363",
        "39.911954, 116.377817, 39.91334545536069, 116.38404722455657",
        "39.915, 116.404, 39.91640428150164, 116.41024449916938"
    })
    void forwardMatchesPublishedPairs(double wgsLat, double wgsLon, double gcjLat, double gcjLon) {
        GeoPoint gcj = Gcj02.fromWgs84(new GeoPoint(wgsLat, wgsLon));

        assertThat(gcj.lat()).isCloseTo(gcjLat, within(1e-9));
        assertThat(gcj.lon()).isCloseTo(gcjLon, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({
        "31.1774276, 121.5272106, 31.17530398364597, 121.531541859215",
        "22.543847, 113.912316, 22.540796131694766, 113.9171764808363",
        "39.911954, 116.377817, 39.91334545536069, 116.38404722455657"
    })
    void inverseRecoversPublishedPairs(double wgsLat, double wgsLon, double gcjLat, double gcjLon) {
        GeoPoint wgs = Gcj02.toWgs84(new GeoPoint(gcjLat, gcjLon));

        assertThat(wgs.metersTo(new GeoPoint(wgsLat, wgsLon))).isLessThan(0.001);
    }

    @Test
    void roundTripAcrossXianIsUnderOneMetre() {
        double worst = 0;
        for (double lat = 33.6; lat <= 34.8; lat += 0.02) {
            for (double lon = 107.6; lon <= 109.9; lon += 0.02) {
                GeoPoint wgs = new GeoPoint(lat, lon);
                worst = Math.max(worst, Gcj02.toWgs84(Gcj02.fromWgs84(wgs)).metersTo(wgs));
            }
        }
        assertThat(worst).isLessThan(1.0);
    }

    @Test
    void shiftInXianIsAFewHundredMetres() {
        // The Bell Tower (钟楼) of Xi'an, about 34.2610 N 108.9423 E; web maps there are shifted by a few hundred m.
        GeoPoint bellTower = new GeoPoint(34.2610, 108.9423);

        assertThat(Gcj02.fromWgs84(bellTower).metersTo(bellTower)).isBetween(200.0, 800.0);
    }

    @ParameterizedTest
    @CsvSource({
        "51.5007, -0.1246",
        "-33.8568, 151.2153",
        "35.6586, 139.7454",
        "0.0, 0.0"
    })
    void outsideChinaNoShiftIsApplied(double lat, double lon) {
        GeoPoint point = new GeoPoint(lat, lon);

        assertThat(Gcj02.outsideChina(lat, lon)).isTrue();
        assertThat(Gcj02.fromWgs84(point)).isEqualTo(point);
        assertThat(Gcj02.toWgs84(point)).isEqualTo(point);
    }
}
