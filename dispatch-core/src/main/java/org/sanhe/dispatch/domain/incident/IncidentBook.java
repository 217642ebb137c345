package org.sanhe.dispatch.domain.incident;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All incidents, numbered from 1 in the order they were opened, and the open ones apart. */
public final class IncidentBook {

    private final Map<Long, Incident> incidents = new LinkedHashMap<>();
    private final Map<Long, Incident> open = new LinkedHashMap<>();
    /** The incidents opened from another centre's document, by the document's id. */
    private final Map<String, Incident> bySource = new HashMap<>();
    private long lastId;

    /**
     * A book holding exactly these incidents, open and closed, in this order (their opening order), and the counter
     * as recorded; for snapshot restore only.
     *
     * @throws IllegalArgumentException when two incidents share an id or the counter is below an id
     */
    public static IncidentBook restored(List<Incident> incidents, long lastId) {
        IncidentBook book = new IncidentBook();
        incidents.forEach(book::restore);
        book.restoreLastId(lastId);
        return book;
    }

    /** The id the next incident will get. */
    long nextId() {
        return lastId + 1;
    }

    void add(Incident incident) {
        lastId = incident.id();
        incidents.put(incident.id(), incident);
        open.put(incident.id(), incident);
        sourced(incident);
    }

    private void sourced(Incident incident) {
        if (incident.source() != null) {
            bySource.putIfAbsent(incident.source().documentId(), incident);
        }
    }

    /** The incident opened from the document with this id, or null. */
    public Incident fromSource(String documentId) {
        return bySource.get(documentId);
    }

    /**
     * Adds an incident as recorded, open or closed, keeping the counter; for snapshot restore only. Call in the order
     * of {@link #all()}, then {@link #restoreLastId}.
     *
     * @throws IllegalArgumentException when an incident with that id is already here
     */
    private void restore(Incident incident) {
        if (incidents.putIfAbsent(incident.id(), incident) != null) {
            throw new IllegalArgumentException("incident " + incident.id() + " restored twice");
        }
        if (incident.isOpen()) {
            open.put(incident.id(), incident);
        }
        sourced(incident);
    }

    /**
     * Sets the counter that numbers incidents, for snapshot restore only.
     *
     * @throws IllegalArgumentException when an incident here has a higher id
     */
    private void restoreLastId(long id) {
        for (Long known : incidents.keySet()) {
            if (known > id) {
                throw new IllegalArgumentException("last incident id " + id + " below incident " + known);
            }
        }
        lastId = id;
    }

    /** Call after {@link Incident#close}. */
    void closed(Incident incident) {
        open.remove(incident.id());
    }

    /** The incident, or null. */
    public Incident get(long id) {
        return incidents.get(id);
    }

    public Collection<Incident> all() {
        return Collections.unmodifiableCollection(incidents.values());
    }

    /** The open incidents, oldest first. */
    public Collection<Incident> open() {
        return Collections.unmodifiableCollection(open.values());
    }

    public long lastId() {
        return lastId;
    }
}
