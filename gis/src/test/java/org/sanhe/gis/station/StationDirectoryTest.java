package org.sanhe.gis.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.event.StationChanged;
import org.sanhe.dispatch.domain.event.StationClosed;
import org.sanhe.dispatch.domain.event.StationRegistered;
import org.sanhe.dispatch.domain.event.UnitRetired;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.projection.MetricProjection;

/** The live stations follow the core's events, and their first-due areas with them, without a restart. */
class StationDirectoryTest {

    private static final DistrictMap XIAN = DistrictMap.fromClasspath("/xian/districts.geojson", Datum.WGS84);
    private static final GeoPoint WEST = new GeoPoint(34.2600, 108.9000);
    private static final GeoPoint EAST = new GeoPoint(34.2600, 109.0000);
    private static final GeoPoint NEAR_EAST = new GeoPoint(34.2610, 108.9900);

    private final StationDirectory directory = new StationDirectory(
            stations -> StationAreas.compute(stations, XIAN.serviceArea(), new MetricProjection("EPSG:4545")));

    @Test
    void aRegisteredStationTakesItsAreaAndAMovedOneTakesItWithIt() {
        directory.reset(List.of(new Station("F1", "One", "fire", null, WEST)));
        assertThat(directory.areas().firstDue("fire", NEAR_EAST)).map(Station::id).contains("F1");

        long before = directory.version();
        assertThat(directory.apply(new StationRegistered(new Station("F2", "Two", "fire", null, EAST)))).isTrue();
        assertThat(directory.stations()).as("not before the flush").hasSize(1);
        directory.flush();
        assertThat(directory.version()).isGreaterThan(before);
        assertThat(directory.areas().firstDue("fire", NEAR_EAST)).map(Station::id).contains("F2");

        directory.apply(new StationChanged(new Station("F2", "Two", "fire", null, new GeoPoint(34.26, 108.89))));
        directory.flush();
        assertThat(directory.areas().firstDue("fire", NEAR_EAST)).map(Station::id).contains("F1");
        assertThat(directory.stations()).map(Station::id).containsExactly("F1", "F2");

        directory.apply(new StationClosed("F1"));
        directory.flush();
        assertThat(directory.stations()).map(Station::id).containsExactly("F2");
        assertThat(directory.areas().firstDue("fire", NEAR_EAST)).map(Station::id).contains("F2");
    }

    @Test
    void otherEventsChangeNothing() {
        long before = directory.version();
        assertThat(directory.apply(new UnitRetired("U1"))).isFalse();
        directory.flush();
        assertThat(directory.version()).isEqualTo(before);
    }
}
