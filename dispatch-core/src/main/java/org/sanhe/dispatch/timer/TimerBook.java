package org.sanhe.dispatch.timer;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Pending timers, and the counter that numbers them. */
public final class TimerBook {

    private final Map<Long, Timer> pending = new LinkedHashMap<>();
    private long lastId;

    public Timer schedule(TimerKind kind, long dueAt, String callId, long incidentId, String unitId) {
        Timer timer = new Timer(++lastId, kind, dueAt, callId, incidentId, unitId);
        pending.put(timer.id(), timer);
        return timer;
    }

    /** Removes and returns the timer, or null when it is not pending. */
    public Timer remove(long timerId) {
        return pending.remove(timerId);
    }

    public Timer get(long timerId) {
        return pending.get(timerId);
    }

    /** Pending timers in the order they were scheduled. */
    public Collection<Timer> pending() {
        return Collections.unmodifiableCollection(pending.values());
    }

    public long lastId() {
        return lastId;
    }
}
