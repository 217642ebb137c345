package org.sanhe.console.incident;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sanhe.console.core.Views;
import org.sanhe.console.http.Enums;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.incident.Note;
import org.sanhe.dispatch.domain.unit.Coverage;
import org.sanhe.dispatch.domain.unit.NeedCoverage;

/** An incident as JSON. Built on the core thread from the live entity; keeps nothing of it. */
public final class IncidentView {

    private IncidentView() {
    }

    public static ObjectNode of(Incident incident) {
        ObjectNode node = Views.NODES.objectNode();
        node.put("id", incident.id());
        node.put("type", incident.type());
        node.put("priority", incident.priority());
        node.put("status", Enums.code(incident.status()));
        node.set("location", Views.point(incident.location()));
        node.put("district", incident.district());
        node.put("address", incident.address());
        Views.putTime(node, "openedAt", incident.openedAt());
        Views.putTime(node, "closedAt", incident.closedAt());
        node.put("disposition", incident.disposition() == null ? null : Enums.code(incident.disposition()));
        node.put("originCallId", incident.originCallId());
        ArrayNode calls = node.putArray("callIds");
        incident.callIds().forEach(calls::add);
        ArrayNode units = node.putArray("unitIds");
        incident.unitIds().forEach(units::add);
        ArrayNode notes = node.putArray("notes");
        incident.notes().forEach(note -> notes.add(note(note)));
        return node;
    }

    /** A note: {@code at} (ISO-8601), {@code author} ({@code user:name}), {@code text}. */
    public static ObjectNode note(Note note) {
        ObjectNode n = Views.NODES.objectNode();
        Views.putTime(n, "at", note.at());
        n.put("author", note.author().toString());
        n.put("text", note.text());
        return n;
    }

    /**
     * The incident with the coverage of its response plan, and {@code dispatchTargetMillis}: how soon after opening
     * the rules want a first unit at its priority (null when they set no target).
     */
    public static ObjectNode withCoverage(Centre centre, Incident incident) {
        ObjectNode node = of(incident);
        long target = centre.rules().timers().dispatchMillis(incident.priority());
        if (target > 0) {
            node.put("dispatchTargetMillis", target);
        } else {
            node.putNull("dispatchTargetMillis");
        }
        Coverage coverage = centre.coverage(incident);
        ObjectNode c = node.putObject("coverage");
        c.put("complete", coverage.complete());
        ArrayNode needs = c.putArray("needs");
        for (NeedCoverage need : coverage.needs()) {
            ObjectNode n = needs.addObject();
            n.put("agency", need.agency());
            need.capabilities().forEach(n.putArray("capabilities")::add);
            n.put("required", need.required());
            n.put("assigned", need.assigned());
            n.put("open", need.open());
            need.unitIds().forEach(n.putArray("unitIds")::add);
        }
        coverage.extraUnits().forEach(c.putArray("extraUnits")::add);
        return node;
    }
}
