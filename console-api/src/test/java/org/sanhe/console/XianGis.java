package org.sanhe.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.projection.MetricProjection;
import org.sanhe.gis.roads.RoadNetwork;
import org.sanhe.gis.roads.RoadSettings;
import org.sanhe.gis.station.Fleet;

/** The real Xi'an GIS data, loaded once per test JVM (it is immutable). */
final class XianGis {

    static final MetricProjection GRID = new MetricProjection("EPSG:4545");
    static final DistrictMap DISTRICTS = DistrictMap.fromClasspath("/xian/districts.geojson", Datum.WGS84);
    static final Fleet FLEET = Fleet.demo();

    private static RoadNetwork roads;

    private XianGis() {
    }

    /** The demo's road network, opened once per test JVM, its cache in target/roads-cache. */
    static synchronized RoadNetwork roads() {
        if (roads == null) {
            try {
                roads = RoadNetwork.open(RoadSettings.demo(Path.of("target", "roads-cache")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return roads;
    }
}
