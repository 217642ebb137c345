package org.sanhe.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.projection.MetricProjection;
import org.sanhe.gis.roads.RoadNetwork;
import org.sanhe.gis.roads.RoadSettings;
import org.sanhe.gis.station.DemoFleet;
import org.sanhe.gis.station.StationAreas;

/** The real Xi'an GIS data, loaded once per test JVM (it is immutable). */
final class XianGis {

    static final MetricProjection GRID = MetricProjection.xian();
    static final DistrictMap DISTRICTS = DistrictMap.loadXian();
    static final DemoFleet FLEET = DemoFleet.loadXian();
    static final StationAreas AREAS = StationAreas.compute(FLEET.stations(), DISTRICTS.serviceArea(), GRID);

    private static RoadNetwork roads;

    private XianGis() {
    }

    /** The demo's road network, opened once per test JVM, its cache in target/roads-cache. */
    static synchronized RoadNetwork roads() {
        if (roads == null) {
            try {
                roads = RoadNetwork.open(RoadSettings.xian(Path.of("target", "roads-cache")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return roads;
    }
}
