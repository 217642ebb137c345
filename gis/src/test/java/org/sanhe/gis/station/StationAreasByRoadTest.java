package org.sanhe.gis.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.projection.MetricProjection;
import org.sanhe.gis.roads.RoadNetwork;
import org.sanhe.gis.roads.RoadRoute;
import org.sanhe.gis.roads.XianRoads;

/** First-due areas by road on the real network of central Xi'an and the demo stations. */
class StationAreasByRoadTest {

    private static final MetricProjection GRID = new MetricProjection("EPSG:4545");
    private static final DistrictMap XIAN = DistrictMap.fromClasspath("/xian/districts.geojson", Datum.WGS84);
    private static final Fleet FLEET = Fleet.demo();
    private static final RoadNetwork ROADS = XianRoads.network();
    private static final StationAreas AREAS = StationAreas.byRoad(FLEET.stations(), XIAN.serviceArea(), GRID, ROADS);

    /**
     * Areas sum to the service area (so no gap), and their union is as large as their sum (so no overlap), up to the
     * slivers of the overlays (less than 1 km² of Xi'an's 10,000).
     */
    @ParameterizedTest
    @ValueSource(strings = {"police", "traffic", "fire"})
    void anAgencysAreasCoverTheServiceAreaWithoutOverlap(String agency) {
        List<Geometry> metric = AREAS.areas(agency).stream().map(a -> GRID.toMetric(a.area())).toList();
        double sum = metric.stream().mapToDouble(Geometry::getArea).sum();
        double union = UnaryUnionOp.union(metric).getArea();
        double service = GRID.toMetric(XIAN.serviceArea()).getArea();

        assertThat(sum).isCloseTo(service, within(service * 1e-4));
        assertThat(union).isCloseTo(sum, within(service * 1e-4));
    }

    /** At a junction of the network, the first-due station is one that reaches it soonest by road. */
    @Test
    void atJunctionsTheFirstDueFireStationIsTheFastestByRoad() {
        long seed = 14L;
        SplittableRandom random = new SplittableRandom(seed);
        var nodes = ROADS.graph().getNodeAccess();
        int checked = 0;
        while (checked < 25) {
            int node = random.nextInt(ROADS.graph().getNodes());
            GeoPoint junction = new GeoPoint(nodes.getLat(node), nodes.getLon(node));
            Optional<Station> firstDue = AREAS.firstDue("fire", junction);
            double fastest = FLEET.stationsOf("fire").stream().map(s -> ROADS.route(s.position(), junction))
                    .flatMap(Optional::stream).mapToDouble(RoadRoute::seconds).min().orElse(Double.NaN);
            if (firstDue.isEmpty() || Double.isNaN(fastest)) {
                continue;
            }
            Optional<RoadRoute> own = ROADS.route(firstDue.get().position(), junction);
            assertThat(own).as("seed %d junction %s", seed, junction).isPresent();
            assertThat(own.get().seconds()).as("seed %d junction %s", seed, junction)
                    .isCloseTo(fastest, within(1.0));
            checked++;
        }
    }
}
