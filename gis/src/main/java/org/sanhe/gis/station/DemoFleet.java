package org.sanhe.gis.station;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.sanhe.dispatch.geo.GeoPoint;
import org.sanhe.gis.geojson.GeoJson;

/**
 * The stations and units the server starts with, read from {@code config/xian/stations.json} and
 * {@code config/xian/units.json} (on the classpath under {@code xian/}). For Xi'an these are synthetic demo data,
 * not real station locations (see {@link DemoFleetGenerator}). Immutable; read once at start-up.
 *
 * @param stations in file order (agency, then number)
 * @param units    in file order (station, then number)
 */
public record DemoFleet(List<Station> stations, List<StationUnit> units) {

    public DemoFleet {
        stations = List.copyOf(stations);
        units = List.copyOf(units);
    }

    /** The Xi'an demo fleet from the classpath. */
    public static DemoFleet loadXian() {
        try (InputStream s = resource("/xian/stations.json"); InputStream u = resource("/xian/units.json")) {
            return read(s, u);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the two files' formats (see config/README.md). */
    public static DemoFleet read(InputStream stationsJson, InputStream unitsJson) throws IOException {
        List<Station> stations = new ArrayList<>();
        for (JsonNode s : GeoJson.MAPPER.readTree(stationsJson).path("stations")) {
            stations.add(new Station(s.path("id").asText(), s.path("name").asText(), s.path("agency").asText(),
                    s.path("district").asText(), point(s)));
        }
        List<StationUnit> units = new ArrayList<>();
        for (JsonNode u : GeoJson.MAPPER.readTree(unitsJson).path("units")) {
            List<String> capabilities = new ArrayList<>();
            u.path("capabilities").forEach(c -> capabilities.add(c.asText()));
            units.add(new StationUnit(u.path("id").asText(), u.path("callSign").asText(), u.path("agency").asText(),
                    capabilities, u.path("station").asText(), point(u)));
        }
        return new DemoFleet(stations, units);
    }

    /** The stations of one agency, in file order. */
    public List<Station> stationsOf(String agency) {
        return stations.stream().filter(s -> s.agency().equals(agency)).toList();
    }

    private static GeoPoint point(JsonNode node) {
        return new GeoPoint(node.path("lat").asDouble(), node.path("lon").asDouble());
    }

    private static InputStream resource(String name) {
        InputStream in = DemoFleet.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath");
        }
        return in;
    }
}
