package org.sanhe.gis.station;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.gis.projection.Gcj02;

/**
 * The fleet file a centre keeps (YAML): {@code datum} ({@code wgs84}, the default, or {@code gcj02}), a list of
 * {@code stations} ({@code id, name, agency, lat, lon}) and a list of {@code units} ({@code id, callSign, agency,
 * capabilities, station}); a unit starts at its station's position. A GCJ-02 file is converted to WGS84 once, here.
 *
 * <p>The whole file is checked before anything is taken from it: a problem throws {@link InvalidFleetException}
 * naming the file, the entry and what is wrong, so that a bad file never half-applies. Stateless.
 */
public final class FleetFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private FleetFile() {
    }

    /** A fleet file on disk. */
    public static Fleet read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new InvalidFleetException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /** A fleet file on the classpath, e.g. {@link Fleet#DEMO_RESOURCE}. */
    public static Fleet readResource(String name) {
        try (InputStream in = FleetFile.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new InvalidFleetException("classpath:" + name + ": not on the classpath");
            }
            return read(in, "classpath:" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks a fleet file; {@code source} names it in errors. */
    public static Fleet read(InputStream in, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(in);
        } catch (IOException e) {
            throw new InvalidFleetException(source + ": not YAML: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidFleetException(source + ": expected a map with 'stations' and 'units'");
        }
        boolean gcj02 = datum(root, source);
        List<String> problems = new ArrayList<>();
        List<Station> stations = stations(root.path("stations"), gcj02, source, problems);
        List<StationUnit> units = units(root.path("units"), stations, source, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFleetException(String.join("\n", problems));
        }
        return new Fleet(stations, units);
    }

    /** The fleet as a file, WGS84, with a note (e.g. that the data is synthetic) at the top. */
    public static String write(Fleet fleet, String note) {
        ObjectNode root = YAML.createObjectNode();
        root.put("note", note);
        root.put("datum", "wgs84");
        ArrayNode stations = root.putArray("stations");
        for (Station s : fleet.stations()) {
            stations.addObject().put("id", s.id()).put("name", s.name()).put("agency", s.agency())
                    .put("lat", s.position().lat()).put("lon", s.position().lon());
        }
        ArrayNode units = root.putArray("units");
        for (StationUnit u : fleet.units()) {
            ObjectNode node = units.addObject().put("id", u.id()).put("callSign", u.callSign())
                    .put("agency", u.agency());
            u.capabilities().forEach(node.putArray("capabilities")::add);
            node.put("station", u.station());
        }
        try {
            return YAML.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean datum(JsonNode root, String source) {
        String datum = root.path("datum").asText("wgs84").toLowerCase(Locale.ROOT);
        if (!datum.equals("wgs84") && !datum.equals("gcj02")) {
            throw new InvalidFleetException(source + ": datum must be wgs84 or gcj02, was " + datum);
        }
        return datum.equals("gcj02");
    }

    private static List<Station> stations(JsonNode list, boolean gcj02, String source, List<String> problems) {
        List<Station> stations = new ArrayList<>();
        if (!isList(list, "stations", source, problems)) {
            return stations;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            Entry entry = entry(s, source + ": stations[" + i + "]", ids, problems);
            String id = entry.id();
            String where = entry.where();
            String agency = text(s, "agency", where, problems);
            GeoPoint position = position(s, where, problems);
            if (id != null && agency != null && position != null) {
                GeoPoint wgs84 = gcj02 ? Gcj02.toWgs84(position) : position;
                stations.add(new Station(id, s.path("name").asText(id), agency, null, wgs84));
            }
        }
        return stations;
    }

    private static List<StationUnit> units(JsonNode list, List<Station> stations, String source,
                                           List<String> problems) {
        List<StationUnit> units = new ArrayList<>();
        if (!isList(list, "units", source, problems)) {
            return units;
        }
        Map<String, Station> byId = new HashMap<>();
        stations.forEach(s -> byId.put(s.id(), s));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode u = list.get(i);
            Entry entry = entry(u, source + ": units[" + i + "]", ids, problems);
            String id = entry.id();
            String where = entry.where();
            String agency = text(u, "agency", where, problems);
            String stationId = text(u, "station", where, problems);
            Station station = stationId == null ? null : byId.get(stationId);
            if (stationId != null && station == null) {
                problems.add(where + ": station " + stationId + " is not in the file's stations");
            }
            List<String> capabilities = new ArrayList<>();
            u.path("capabilities").forEach(c -> capabilities.add(c.asText()));
            if (id != null && agency != null && station != null) {
                units.add(new StationUnit(id, u.path("callSign").asText(id), agency, capabilities, stationId,
                        station.position()));
            }
        }
        return units;
    }

    /** An entry's id (null when missing) and how problems name it, e.g. {@code file: stations[3] (FS-04)}. */
    private record Entry(String id, String where) {
    }

    /** Reads an entry's id, which must be unique among {@code ids}. */
    private static Entry entry(JsonNode node, String where, Set<String> ids, List<String> problems) {
        String id = text(node, "id", where, problems);
        if (id == null) {
            return new Entry(null, where);
        }
        String named = where + " (" + id + ")";
        if (!ids.add(id)) {
            problems.add(named + ": id appears twice");
        }
        return new Entry(id, named);
    }

    /** Whether the section is a list or absent (an empty one); anything else is a problem. */
    private static boolean isList(JsonNode list, String section, String source, List<String> problems) {
        if (!list.isMissingNode() && !list.isArray()) {
            problems.add(source + ": " + section + " must be a list");
            return false;
        }
        return true;
    }

    private static String text(JsonNode node, String field, String where, List<String> problems) {
        String value = node.path(field).asText("").strip();
        if (value.isEmpty()) {
            problems.add(where + ": " + field + " is required");
            return null;
        }
        return value;
    }

    private static GeoPoint position(JsonNode node, String where, List<String> problems) {
        JsonNode lat = node.path("lat");
        JsonNode lon = node.path("lon");
        if (!lat.isNumber() || !lon.isNumber()) {
            problems.add(where + ": lat and lon must be numbers");
            return null;
        }
        try {
            return new GeoPoint(lat.asDouble(), lon.asDouble());
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
    }
}
