package org.sanhe.console.unit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sanhe.console.core.Views;
import org.sanhe.console.http.Enums;
import org.sanhe.dispatch.unit.Unit;

/** A unit as JSON. Built on the core thread from the live entity; keeps nothing of it. */
public final class UnitView {

    private UnitView() {
    }

    public static ObjectNode of(Unit unit) {
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
        return node;
    }
}
