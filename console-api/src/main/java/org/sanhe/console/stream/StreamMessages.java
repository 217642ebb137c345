package org.sanhe.console.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sanhe.console.json.DispatchJson;
import org.sanhe.console.model.AlertView;
import org.sanhe.console.model.CallView;
import org.sanhe.console.model.IncidentView;
import org.sanhe.console.model.ReadModel;
import org.sanhe.console.model.UnitView;
import org.sanhe.dispatch.domain.command.Stamped;
import org.sanhe.dispatch.domain.event.Event;

/**
 * The stream's messages as UTF-8 JSON: {@code {"type":"snapshot","sequence",calls,incidents,units,alerts}} once, then
 * one {@code {"type":"event","sequence","timestamp","time","actor","command","events"}} per journaled command, live or
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

    /** The snapshot message of the read model's state at one sequence. Any thread. */
    public byte[] snapshot(ReadModel.Snapshot snapshot) {
        return bytes(new SnapshotMessage("snapshot", snapshot.sequence(), snapshot.calls(), snapshot.incidents(),
                snapshot.units(), snapshot.alerts()));
    }

    /**
     * {@code {"type":"snapshot","sequence",calls,incidents,units,alerts}}: every call, the open incidents, every unit,
     * the active alerts.
     */
    private record SnapshotMessage(String type, long sequence, List<CallView> calls, List<IncidentView> incidents,
                                   List<UnitView> units, List<AlertView> alerts) {
    }

    /** Any thread. */
    private byte[] bytes(Object node) {
        try {
            return json.mapper().writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
    }
}
