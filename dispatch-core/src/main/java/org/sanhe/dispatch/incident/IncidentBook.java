package org.sanhe.dispatch.incident;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** All incidents, numbered from 1 in the order they were opened, and the open ones apart. */
public final class IncidentBook {

    private final Map<Long, Incident> incidents = new LinkedHashMap<>();
    private final Map<Long, Incident> open = new LinkedHashMap<>();
    private long lastId;

    /** The id the next incident will get. */
    public long nextId() {
        return lastId + 1;
    }

    public void add(Incident incident) {
        lastId = incident.id();
        incidents.put(incident.id(), incident);
        open.put(incident.id(), incident);
    }

    /** Call after {@link Incident#close}. */
    public void closed(Incident incident) {
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
