package org.sanhe.gis.district;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanhe.gis.geojson.GeoJson;
import org.sanhe.gis.projection.Datum;

/**
 * A centre's district file, read and checked: an RFC 7946 FeatureCollection with one Polygon or MultiPolygon feature
 * per district, each with {@code properties.code} (a string, unique), {@code properties.name} and optionally
 * {@code nameEn} and {@code label} (a {@code [lon, lat]} position). Coordinates are in the file's {@link Datum} and
 * converted to WGS84 once, here.
 *
 * <p>A polygon that is not valid (self-intersections from coordinate rounding are common) is repaired with JTS
 * {@code GeometryFixer} and a warning says so; one that cannot be repaired into a non-empty valid polygon, a feature
 * without a code, a repeated code, another geometry type, a coordinate out of range, or a file that is not a
 * FeatureCollection makes the whole file unusable ({@link InvalidDistrictsException}, naming every such problem).
 * Called once at start-up, on the caller's thread; the result is immutable.
 *
 * @param districts the districts, ready to query
 * @param warnings  what was repaired, one line per feature, for the caller to log
 */
public record DistrictFile(DistrictMap districts, List<String> warnings) {

    public DistrictFile {
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads and checks a district file whose coordinates are in {@code datum}.
     *
     * @throws InvalidDistrictsException naming every problem found
     * @throws UncheckedIOException      when the stream cannot be read
     */
    public static DistrictFile read(InputStream geojson, Datum datum) {
        JsonNode root;
        try {
            root = GeoJson.MAPPER.readTree(geojson);
        } catch (JsonProcessingException e) {
            throw new InvalidDistrictsException(List.of("not JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new InvalidDistrictsException(List.of("not a GeoJSON FeatureCollection (its \"type\" must be "
                    + "\"FeatureCollection\")"));
        }
        JsonNode features = root.path("features");
        if (!features.isArray() || features.isEmpty()) {
            throw new InvalidDistrictsException(List.of("has no features (a FeatureCollection of district polygons "
                    + "is needed)"));
        }
        return readFeatures(features, datum);
    }

    private static DistrictFile readFeatures(JsonNode features, Datum datum) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<District> districts = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            DistrictFeature feature = new DistrictFeature(i, features.get(i), datum, problems, warnings);
            District district = feature.read();
            String code = feature.code();
            if (code != null) {
                Integer first = seen.putIfAbsent(code, i);
                if (first != null) {
                    problems.add(feature.name() + ": duplicate code, also features[" + first + "]");
                    continue;
                }
            }
            if (district != null) {
                districts.add(district);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDistrictsException(problems);
        }
        return new DistrictFile(new DistrictMap(districts), warnings);
    }
}
