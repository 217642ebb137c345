package org.sanhe.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.rules.CentreRules;
import org.sanhe.dispatch.domain.rules.IncidentType;
import org.sanhe.interop.eido.EidoSettings;

/**
 * Reads the {@code eido:} section: the centre's id in NENA EIDOs, the table of partners' incident types to ours, the
 * default type, and the point an imported incident without coordinates is placed at. The types named must be in
 * {@code rules.incidentTypes}. Called once, on the start-up thread.
 */
final class EidoConfigReader {

    private EidoConfigReader() {
    }

    /** The settings, or null after adding their problems to the tree. */
    static EidoSettings read(ConfigTree tree, CentreRules rules) {
        tree.onlyKeys("eido", Set.of("centreId", "defaultType", "types", "fallbackLocation"));
        tree.onlyKeys("eido.fallbackLocation", Set.of("lat", "lon"));
        String centreId = tree.text("eido.centreId");
        String defaultType = known(tree, "eido.defaultType", tree.text("eido.defaultType"), rules);
        Map<String, String> types = new TreeMap<>();
        JsonNode table = tree.at("eido.types");
        if (!table.isMissingNode() && !table.isNull() && !table.isObject()) {
            tree.problem("eido.types", "must be a map of a partner's incident type to one of ours");
        } else if (table.isObject()) {
            table.fields().forEachRemaining(e -> types.put(e.getKey(),
                    known(tree, "eido.types." + e.getKey(), e.getValue().asText(), rules)));
        }
        double lat = tree.decimal("eido.fallbackLocation.lat", -90, 90);
        double lon = tree.decimal("eido.fallbackLocation.lon", -180, 180);
        if (centreId.isEmpty() || defaultType == null || types.containsValue(null)) {
            return null;
        }
        return new EidoSettings(centreId, types, defaultType, new GeoPoint(lat, lon));
    }

    private static String known(ConfigTree tree, String key, String code, CentreRules rules) {
        if (code == null || code.isEmpty()) {
            return null;
        }
        if (rules != null && rules.types().stream().map(IncidentType::code).noneMatch(code::equals)) {
            tree.problem(key, "no incident type " + code + " in rules.incidentTypes");
            return null;
        }
        return code;
    }
}
