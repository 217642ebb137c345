package org.sanhe.console.model;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.sanhe.console.json.ApiCode;
import org.sanhe.console.json.ApiId;
import org.sanhe.console.json.ApiTime;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.timer.Timer;
import org.sanhe.dispatch.domain.unit.Unit;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.gis.tracking.TrackedUnit;

/**
 * A unit as the API and the stream show it, with {@code acknowledgeDueAt}: while it is dispatched and not yet en
 * route, when the core's acknowledgement timer is (or was) due, 0 (null in JSON) otherwise or when the rules set no
 * such timer. Immutable; built from the live entity by whoever owns the centre.
 */
public record UnitView(String id, String callSign, String agency, List<String> capabilities, String station,
                       @JsonSerialize(using = ApiCode.class) UnitStatus status, GeoPoint position,
                       @JsonSerialize(using = ApiTime.class) long positionAt,
                       @JsonSerialize(using = ApiId.class) long incidentId,
                       @JsonSerialize(using = ApiTime.class) long assignedAt,
                       @JsonSerialize(using = ApiTime.class) long acknowledgeDueAt) {

    public UnitView {
        capabilities = List.copyOf(capabilities);
    }

    /** Call on the thread that owns the centre. */
    public static UnitView of(Centre centre, Unit unit) {
        return new UnitView(unit.id(), unit.callSign(), unit.agency(), unit.capabilities(), unit.station(),
                unit.status(), unit.position(), unit.positionAt(), unit.incidentId(), unit.assignedAt(),
                acknowledgeDueAt(centre, unit));
    }

    /** The unit as the tracker and the recommender know it. */
    public TrackedUnit tracked() {
        return new TrackedUnit(id, callSign, agency, capabilities, station, status, position, positionAt);
    }

    /** The pending timer's due time; once it has fired, the same time from the rules; 0 when none. */
    private static long acknowledgeDueAt(Centre centre, Unit unit) {
        if (unit.status() != UnitStatus.DISPATCHED) {
            return 0;
        }
        Timer pending = centre.timers().get(unit.acknowledgeTimerId());
        if (pending != null) {
            return pending.dueAt();
        }
        long millis = centre.rules().timers().acknowledgeMillis();
        return millis == 0 ? 0 : unit.assignedAt() + millis;
    }
}
