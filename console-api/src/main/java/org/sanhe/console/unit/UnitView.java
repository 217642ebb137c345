package org.sanhe.console.unit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sanhe.console.core.Views;
import org.sanhe.console.http.Enums;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.timer.Timer;
import org.sanhe.dispatch.domain.unit.Unit;
import org.sanhe.dispatch.domain.unit.UnitStatus;

/** A unit as JSON. Built on the core thread from the live entity; keeps nothing of it. */
public final class UnitView {

    private UnitView() {
    }

    /**
     * The unit, with {@code acknowledgeDueAt}: while it is dispatched and not yet en route, when the core's
     * acknowledgement timer is (or was) due, null otherwise or when the rules set no such timer.
     */
    public static ObjectNode of(Centre centre, Unit unit) {
        ObjectNode node = Views.NODES.objectNode();
        node.put("id", unit.id());
        node.put("callSign", unit.callSign());
        node.put("agency", unit.agency());
        unit.capabilities().forEach(node.putArray("capabilities")::add);
        node.put("station", unit.station());
        node.put("status", Enums.code(unit.status()));
        if (unit.position() == null) {
            node.putNull("position");
        } else {
            node.set("position", Views.point(unit.position()));
        }
        Views.putTime(node, "positionAt", unit.positionAt());
        Views.putId(node, "incidentId", unit.incidentId());
        Views.putTime(node, "assignedAt", unit.assignedAt());
        Views.putTime(node, "acknowledgeDueAt", acknowledgeDueAt(centre, unit));
        return node;
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
