package org.sanhe.gis.station;

import java.util.List;
import org.sanhe.dispatch.domain.station.Station;

/**
 * A centre's stations and units as its fleet file lists them ({@link FleetFile}); the server journals the difference
 * between this and the journaled fleet at start. Immutable.
 *
 * @param stations in file order; WGS84 positions, districts not yet known (null) until the server locates them
 * @param units    in file order, each at its home station's position
 */
public record Fleet(List<Station> stations, List<StationUnit> units) {

    /** The demo fleet on the classpath (synthetic data; see config/README.md). */
    public static final String DEMO_RESOURCE = "xian/fleet.yaml";

    public Fleet {
        stations = List.copyOf(stations);
        units = List.copyOf(units);
    }

    /** The stations of one agency, in file order. */
    public List<Station> stationsOf(String agency) {
        return stations.stream().filter(s -> s.agency().equals(agency)).toList();
    }

    /** The demo fleet from the classpath. */
    public static Fleet demo() {
        return FleetFile.readResource(DEMO_RESOURCE);
    }
}
