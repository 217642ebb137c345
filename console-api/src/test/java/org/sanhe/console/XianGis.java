package org.sanhe.console;

import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.projection.MetricProjection;
import org.sanhe.gis.station.Fleet;

/** The real Xi'an GIS data, loaded once per test JVM (it is immutable). */
final class XianGis {

    static final MetricProjection GRID = new MetricProjection("EPSG:4545");
    static final DistrictMap DISTRICTS = DistrictMap.fromClasspath("/xian/districts.geojson", Datum.WGS84);
    static final Fleet FLEET = Fleet.demo();

    private XianGis() {
    }
}
