package org.sanhe.gis.roads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.gis.projection.MetricProjection;
import org.sanhe.gis.tracking.TrackedUnit;
import org.sanhe.gis.tracking.UnitLocator;

/** Units placed on the roads of central Xi'an as the unit locator applies their positions. */
class UnitPlacesTest {

    private static final GeoPoint BELL_TOWER_EAST = new GeoPoint(34.2614, 108.9460);
    private static final GeoPoint SOUTH_GATE = new GeoPoint(34.2533, 108.9470);
    private static final GeoPoint LISHAN_OUTSIDE_THE_DATA = new GeoPoint(34.3600, 109.2100);

    private final RoadNetwork roads = XianRoads.network();
    private final UnitPlaces places = new UnitPlaces(roads);
    private final UnitLocator locator = new UnitLocator(new Envelope(108.8, 109.1, 34.1, 34.4), 1000,
            new MetricProjection("EPSG:4545"), places);

    @Test
    void aUnitIsPlacedWhenItReportsAndPlacedAgainWhenItMoves() {
        locator.upsert(unit("P-1", BELL_TOWER_EAST));
        RoadPlace first = places.placeOf("P-1").orElseThrow();

        locator.move("P-1", SOUTH_GATE, 2);

        RoadPlace moved = places.placeOf("P-1").orElseThrow();
        assertThat(first).isEqualTo(roads.place(BELL_TOWER_EAST).orElseThrow());
        assertThat(moved).isEqualTo(roads.place(SOUTH_GATE).orElseThrow());
        assertThat(moved.edge()).isNotEqualTo(first.edge());
        assertThat(places.placedOnReport()).isEqualTo(2);
    }

    @Test
    void aRepeatedPositionIsNotPlacedAgainAndALookupOfReportedUnitsPlacesNothing() {
        locator.upsert(unit("P-1", BELL_TOWER_EAST));
        locator.status("P-1", UnitStatus.EN_ROUTE);
        locator.move("P-1", BELL_TOWER_EAST, 3);

        RoadPlace[] looked = places.placesOf(locator.units());

        assertThat(places.placedOnReport()).isEqualTo(1);
        assertThat(places.placedOnDemand()).isZero();
        assertThat(looked).containsExactly(roads.place(BELL_TOWER_EAST).orElseThrow());
    }

    @Test
    void aSnapshotOfAnotherPositionIsPlacedOnTheSpotAndNotKept() {
        locator.upsert(unit("P-1", BELL_TOWER_EAST));
        TrackedUnit elsewhere = unit("P-1", SOUTH_GATE);

        RoadPlace[] looked = places.placesOf(List.of(elsewhere));

        assertThat(looked).containsExactly(roads.place(SOUTH_GATE).orElseThrow());
        assertThat(places.placedOnDemand()).isEqualTo(1);
        assertThat(places.placeOf("P-1")).contains(roads.place(BELL_TOWER_EAST).orElseThrow());
    }

    @Test
    void aUnitOffTheNetworkHasNoPlaceAndARetiredUnitIsForgotten() {
        locator.upsert(unit("far", LISHAN_OUTSIDE_THE_DATA));
        locator.upsert(unit("P-1", BELL_TOWER_EAST));

        locator.remove("P-1");

        assertThat(places.placesOf(List.of(unit("far", LISHAN_OUTSIDE_THE_DATA)))).containsExactly((RoadPlace) null);
        assertThat(places.placedOnDemand()).isZero();
        assertThat(places.placeOf("P-1")).isEmpty();
    }

    private static TrackedUnit unit(String id, GeoPoint at) {
        return new TrackedUnit(id, null, "police", List.of("patrol"), null, UnitStatus.AVAILABLE, at, 1);
    }
}
