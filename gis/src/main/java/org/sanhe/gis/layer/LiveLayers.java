package org.sanhe.gis.layer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.unit.Unit;
import org.sanhe.gis.geojson.GeoJson;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.tracking.TrackedUnit;

/**
 * The layers that change all the time: units with their status, and open incidents. Pure functions of their
 * arguments, thread-safe as long as the arguments are not changed meanwhile: the core's {@link Unit} and
 * {@link Incident} objects belong to the core's writer thread, so call the overloads that take them on that thread
 * (or on copies); {@link TrackedUnit} snapshots from the tracker can be used from anywhere.
 */
public final class LiveLayers {

    private LiveLayers() {
    }

    /**
     * One point feature per unit, id = unit id (geometry null when it never reported a position); properties
     * callSign, agency, capabilities, station, status, positionAt.
     */
    public static ObjectNode units(Collection<TrackedUnit> units, Datum datum) {
        List<ObjectNode> features = new ArrayList<>();
        for (TrackedUnit u : units) {
            ObjectNode p = GeoJson.object().put("callSign", u.callSign()).put("agency", u.agency());
            u.capabilities().forEach(p.putArray("capabilities")::add);
            p.put("station", u.station()).put("status", u.status().name()).put("positionAt", u.positionAt());
            features.add(GeoJson.feature(u.id(),
                    u.position() == null ? null : GeoJson.point(u.position(), datum), p));
        }
        return GeoJson.featureCollection(features);
    }

    /** The same layer from the core's units (call on the core's thread, see the class comment). */
    public static ObjectNode coreUnits(Collection<Unit> units, Datum datum) {
        return units(units.stream().map(u -> new TrackedUnit(u.id(), u.callSign(), u.agency(), u.capabilities(),
                u.station(), u.status(), u.position(), u.positionAt())).toList(), datum);
    }

    /**
     * One point feature per open incident (closed ones are left out), id = incident id; properties type, priority,
     * district, address, openedAt, units (the ids of the units serving it).
     */
    public static ObjectNode incidents(Collection<Incident> incidents, Datum datum) {
        return marks(incidents.stream().filter(Incident::isOpen).map(i -> new IncidentMark(i.id(), i.type(),
                i.priority(), i.district(), i.address(), i.openedAt(), i.location(), List.copyOf(i.unitIds())))
                .toList(), datum);
    }

    /** The same layer from immutable marks (any thread); every mark is drawn. */
    public static ObjectNode marks(Collection<IncidentMark> incidents, Datum datum) {
        List<ObjectNode> features = new ArrayList<>();
        for (IncidentMark i : incidents) {
            ObjectNode p = GeoJson.object().put("type", i.type()).put("priority", i.priority())
                    .put("district", i.district()).put("address", i.address()).put("openedAt", i.openedAt());
            i.unitIds().forEach(p.putArray("units")::add);
            features.add(GeoJson.feature(Long.toString(i.id()), GeoJson.point(i.location(), datum), p));
        }
        return GeoJson.featureCollection(features);
    }
}
