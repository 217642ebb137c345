package org.sanhe.console.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.runtime.journal.JournalEntry;

/** Turns core records into JSON trees. Thread-safe. */
public final class DispatchJson {

    /**
     * The one mapper of the console's output: records (views, commands, events) and trees alike. Nulls are written
     * (Jackson's default): a client can tell "none" from "not sent". Thread-safe.
     */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final ObjectMapper mapper = MAPPER;

    /** What stands in a record's {@code passwordHash}: the hash never leaves the server. */
    public static final String NOT_SHOWN = "(not shown)";

    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * A command or event as {@code {"@type": SimpleName, ...fields}} (a record may have a field named type); a
     * password hash (of a user's definition or reset) is replaced by {@link #NOT_SHOWN}.
     */
    public ObjectNode record(Record record) {
        ObjectNode node = mapper.createObjectNode();
        node.put("@type", record.getClass().getSimpleName());
        node.setAll((ObjectNode) mapper.valueToTree(record));
        if (node.has("passwordHash")) {
            node.put("passwordHash", NOT_SHOWN);
        }
        return node;
    }

    public ArrayNode events(List<Event> events) {
        ArrayNode array = mapper.createArrayNode();
        events.forEach(e -> array.add(record((Record) e)));
        return array;
    }

    /** A journal entry: sequence, timestamp, time (ISO-8601), actor, command. */
    public ObjectNode entry(JournalEntry entry) {
        ObjectNode node = stamp(entry.sequence(), entry.timestamp(), entry.actor());
        node.set("command", record((Record) entry.command()));
        return node;
    }

    /** The common head of anything stamped. */
    public ObjectNode stamp(long sequence, long timestamp, Actor actor) {
        ObjectNode node = mapper.createObjectNode();
        node.put("sequence", sequence);
        node.put("timestamp", timestamp);
        node.put("time", Instant.ofEpochMilli(timestamp).toString());
        node.put("actor", actor.toString());
        return node;
    }

    /** For commands only (a convenience with a precise type). */
    public ObjectNode command(Command command) {
        return record((Record) command);
    }
}
