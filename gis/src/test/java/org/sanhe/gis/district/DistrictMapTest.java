package org.sanhe.gis.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.projection.Datum;

class DistrictMapTest {

    private static final DistrictMap XIAN = DistrictMap.fromClasspath("/xian/districts.geojson", Datum.WGS84);

    /**
     * One well-known place per district, each well inside it (kilometres from any border), WGS84 coordinates as
     * published on the places' Wikipedia / OpenStreetMap pages, rounded; the district of each is general knowledge
     * (for the counties, the county seat). The Bell Tower is avoided on purpose: it stands on the
     * Xincheng / Beilin / Lianhu tripoint.
     */
    @ParameterizedTest(name = "{2} lies in {3}")
    @CsvSource({
        "34.2797, 108.9601, Xi'an railway station (西安火车站), 610102",
        "34.2466, 108.9836, Xi'an Jiaotong University Xingqing campus (交大兴庆校区), 610103",
        "34.2683, 108.9330, Lianhu Park (莲湖公园), 610104",
        "34.2727, 109.0500, Banpo Museum (半坡博物馆), 610111",
        "34.3080, 108.8700, Weiyang Palace site of Han Chang'an (未央宫遗址), 610112",
        "34.2189, 108.9594, Big Wild Goose Pagoda (大雁塔), 610113",
        "34.6620, 109.2260, Yanliang district seat, 610114",
        "34.3853, 109.2785, Terracotta Army museum (兵马俑), 610115",
        "34.1570, 108.9400, Chang'an district seat Weiqu (韦曲), 610116",
        "34.5350, 109.0880, Gaoling district seat, 610117",
        "34.1080, 108.6050, Huyi district seat, 610118",
        "34.1510, 109.3230, Lantian county seat, 610122",
        "34.1630, 108.2220, Zhouzhi county seat, 610124"
    })
    void landmarksLieInTheirDistricts(double lat, double lon, String place, String code) {
        assertThat(XIAN.locate(new GeoPoint(lat, lon))).map(District::code).contains(code);
    }

    @ParameterizedTest(name = "{2} is outside")
    @CsvSource({
        "39.9055, 116.3976, Tiananmen Beijing",
        "35.0000, 123.0000, Yellow Sea",
        "0.0, 0.0, Null Island",
        "34.3300, 108.7100, Xianyang city centre (a neighbouring prefecture)"
    })
    void pointsOutsideTheCityHaveNoDistrict(double lat, double lon, String place) {
        GeoPoint point = new GeoPoint(lat, lon);

        assertThat(XIAN.locate(point)).isEmpty();
        assertThat(XIAN.codeAt(point)).isNull();
    }

    /** Both sides of a border: points 20 m either side of the middle of the longest edge two neighbours share. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource({"610102, 610103", "610103, 610113", "610104, 610112", "610118, 610124", "610111, 610115"})
    void eachSideOfASharedBorderGivesItsOwnDistrict(String codeA, String codeB) {
        Coordinate[] edge = longestSharedEdge(codeA, codeB);
        double dx = edge[1].x - edge[0].x;
        double dy = edge[1].y - edge[0].y;
        double length = Math.hypot(dx, dy);
        double offset = 0.0002;
        double mx = (edge[0].x + edge[1].x) / 2;
        double my = (edge[0].y + edge[1].y) / 2;
        GeoPoint left = new GeoPoint(my + dx / length * offset, mx - dy / length * offset);
        GeoPoint right = new GeoPoint(my - dx / length * offset, mx + dy / length * offset);

        Set<String> sides = Set.of(XIAN.codeAt(left), XIAN.codeAt(right));

        assertThat(sides).containsExactlyInAnyOrder(codeA, codeB);
    }

    @Test
    void thirteenValidDistrictsWithDistinctCodesAndTheirNames() {
        List<District> districts = XIAN.districts();

        assertThat(districts).hasSize(13);
        assertThat(districts).allSatisfy(d -> assertThat(d.boundary().isValid()).as(d.code()).isTrue());
        assertThat(districts).map(District::code).doesNotHaveDuplicates();
        assertThat(districts).map(d -> new DistrictName(d.code(), d.name(), d.nameEn()))
                .containsExactlyElementsOf(DistrictImportTest.XIAN);
        assertThat(XIAN.serviceArea().isValid()).isTrue();
    }

    private static Coordinate[] longestSharedEdge(String codeA, String codeB) {
        Set<Coordinate> verticesOfB = new HashSet<>(List.of(XIAN.byCode(codeB).orElseThrow().boundary()
                .getCoordinates()));
        Coordinate[] best = null;
        District a = XIAN.byCode(codeA).orElseThrow();
        for (int i = 0; i < a.boundary().getNumGeometries(); i++) {
            Coordinate[] ring = ((Polygon) a.boundary().getGeometryN(i)).getExteriorRing().getCoordinates();
            for (int j = 0; j + 1 < ring.length; j++) {
                boolean shared = verticesOfB.contains(ring[j]) && verticesOfB.contains(ring[j + 1]);
                if (shared && (best == null || ring[j].distance(ring[j + 1]) > best[0].distance(best[1]))) {
                    best = new Coordinate[] {ring[j], ring[j + 1]};
                }
            }
        }
        assertThat(best).as("a shared edge of %s and %s", codeA, codeB).isNotNull();
        return best;
    }
}
