package org.sanhe.gis.layer;

import java.util.List;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * An open incident as the incidents layer draws it. Immutable, so that the layer can be drawn on any thread.
 *
 * @param openedAt epoch milliseconds
 * @param unitIds  the units serving it
 */
public record IncidentMark(long id, String type, int priority, String district, String address, long openedAt,
                           GeoPoint location, List<String> unitIds) {

    public IncidentMark {
        unitIds = List.copyOf(unitIds);
    }
}
