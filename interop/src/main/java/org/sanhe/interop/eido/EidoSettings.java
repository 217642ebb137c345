package org.sanhe.interop.eido;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * How this centre speaks EIDO.
 *
 * @param centreId         the centre's own id in EIDOs: the issuing element, the PSAP agency's {@code $id} and the
 *                         domain of every URN we mint (e.g. {@code 110.xian.example})
 * @param types            a partner's incident type (its internal code or registry text) to one of our type codes
 * @param defaultType      our type for a partner's type the table does not name and we do not know
 * @param fallbackLocation where an imported incident is placed when its document gives no coordinates (NENA's own
 *                         sample has only a civic address); the import says so in a note
 */
public record EidoSettings(String centreId, Map<String, String> types, String defaultType,
                           GeoPoint fallbackLocation) {

    public EidoSettings {
        if (centreId == null || centreId.isBlank()) {
            throw new IllegalArgumentException("centreId is required");
        }
        types = Map.copyOf(new TreeMap<>(types));
        if (defaultType == null || defaultType.isBlank()) {
            throw new IllegalArgumentException("defaultType is required");
        }
        Objects.requireNonNull(fallbackLocation, "fallbackLocation");
    }

    /** The demo's: centre {@code sanhe.local}, no table, default {@code DISTURBANCE}, fallback Xi'an's Bell Tower. */
    public static EidoSettings defaults() {
        return new EidoSettings("sanhe.local", Map.of(), "DISTURBANCE", new GeoPoint(34.2610, 108.9420));
    }
}
