package org.sanhe.console.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sanhe.console.call.CallView;
import org.sanhe.console.incident.IncidentView;
import org.sanhe.console.json.DispatchJson;
import org.sanhe.console.unit.UnitView;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.Stamped;
import org.sanhe.dispatch.domain.event.Event;

/**
 * The stream's messages as UTF-8 JSON: {@code {"type":"snapshot","sequence",calls,incidents,units}} once, then one
 * {@code {"type":"event","sequence","timestamp","time","actor","command","events"}} per journaled command, live or
 * caught up from the journal alike. Thread-safe.
 */
public final class StreamMessages {

    private final DispatchJson json = new DispatchJson();

    /** One command and its events. */
    public byte[] event(Stamped stamped, List<Event> events) {
        ObjectNode node = json.mapper().createObjectNode();
        node.put("type", "event");
        node.setAll(json.stamp(stamped.sequence(), stamped.timestamp(), stamped.actor()));
        node.set("command", json.command(stamped.command()));
        node.set("events", json.events(events));
        return bytes(node);
    }

    /** The whole live state; call on the core thread (it reads the entities). */
    public byte[] snapshot(Centre centre) {
        return bytes(snapshotTree(centre));
    }

    /** The whole live state as a tree, to be written with {@link #bytes} off the core thread. */
    public ObjectNode snapshotTree(Centre centre) {
        ObjectNode node = json.mapper().createObjectNode();
        node.put("type", "snapshot");
        node.put("sequence", centre.lastSequence());
        ArrayNode calls = node.putArray("calls");
        centre.calls().all().forEach(c -> calls.add(CallView.of(c)));
        ArrayNode incidents = node.putArray("incidents");
        centre.incidents().open().forEach(i -> incidents.add(IncidentView.withCoverage(centre, i)));
        ArrayNode units = node.putArray("units");
        centre.units().all().forEach(u -> units.add(UnitView.of(centre, u)));
        return node;
    }

    /** Any thread. */
    public byte[] bytes(ObjectNode node) {
        try {
            return json.mapper().writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
    }
}
