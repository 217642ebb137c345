package org.sanhe.gis.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.projection.MetricProjection;

class StationAreasTest {

    private static final MetricProjection GRID = new MetricProjection("EPSG:4545");
    private static final DistrictMap XIAN = DistrictMap.fromClasspath("/xian/districts.geojson", Datum.WGS84);
    private static final Fleet FLEET = Fleet.demo();
    private static final StationAreas AREAS = StationAreas.compute(FLEET.stations(), XIAN.serviceArea(), GRID);

    @ParameterizedTest
    @ValueSource(strings = {"police", "traffic", "fire"})
    void eachStationLiesInItsOwnArea(String agency) {
        assertThat(AREAS.areas(agency)).hasSize(FLEET.stationsOf(agency).size());
        assertThat(FLEET.stationsOf(agency)).allSatisfy(s ->
                assertThat(AREAS.firstDue(agency, s.position())).as(s.id()).contains(s));
    }

    /** Areas sum to the service area (so no gap), and their union is as large as their sum (so no overlap). */
    @ParameterizedTest
    @ValueSource(strings = {"police", "traffic", "fire"})
    void anAgencysAreasCoverTheServiceAreaWithoutOverlap(String agency) {
        List<Geometry> metric = AREAS.areas(agency).stream().map(a -> GRID.toMetric(a.area())).toList();
        double sum = metric.stream().mapToDouble(Geometry::getArea).sum();
        double union = UnaryUnionOp.union(metric).getArea();
        double service = GRID.toMetric(XIAN.serviceArea()).getArea();

        assertThat(sum).isCloseTo(service, within(service * 1e-6));
        assertThat(union).isCloseTo(sum, within(service * 1e-6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"police", "fire"})
    void firstDueIsTheNearestStationInsideAndNoneOutside(String agency) {
        GeoPoint point = new GeoPoint(34.2189, 108.9594); // Big Wild Goose Pagoda
        Station nearest = FLEET.stationsOf(agency).stream()
                .min((a, b) -> Double.compare(GRID.toMetric(a.position()).distance(GRID.toMetric(point)),
                        GRID.toMetric(b.position()).distance(GRID.toMetric(point))))
                .orElseThrow();

        assertThat(AREAS.firstDue(agency, point)).contains(nearest);
        assertThat(AREAS.firstDue(agency, new GeoPoint(39.9055, 116.3976))).isEmpty();
        assertThat(AREAS.firstDue("coastguard", point)).isEmpty();
    }
}
