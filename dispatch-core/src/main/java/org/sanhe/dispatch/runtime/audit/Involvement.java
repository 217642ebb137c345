package org.sanhe.dispatch.runtime.audit;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sanhe.dispatch.domain.duplicate.DuplicateCandidate;
import org.sanhe.dispatch.domain.event.DuplicatesProposed;

/**
 * Whether a command or event record concerns an incident: it names the incident in an {@code incidentId} component,
 * or a call bound to it in a {@code callId} component, or proposes it as a duplicate.
 */
final class Involvement {

    private static final Map<Class<?>, RecordComponent[]> IDS = new ConcurrentHashMap<>();

    private Involvement() {
    }

    static boolean concerns(Record record, long incidentId, Collection<String> callIds) {
        if (record instanceof DuplicatesProposed proposed) {
            List<DuplicateCandidate> candidates = proposed.candidates();
            if (candidates.stream().anyMatch(c -> c.incidentId() == incidentId)) {
                return true;
            }
        }
        for (RecordComponent component : IDS.computeIfAbsent(record.getClass(), Involvement::idComponents)) {
            Object value = read(component, record);
            if (value instanceof Long id && id == incidentId) {
                return true;
            }
            if (value instanceof String callId && callIds.contains(callId)) {
                return true;
            }
        }
        return false;
    }

    private static RecordComponent[] idComponents(Class<?> type) {
        return java.util.Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getName().equals("incidentId") && c.getType() == long.class
                        || c.getName().equals("callId") && c.getType() == String.class)
                .toArray(RecordComponent[]::new);
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
