package org.sanhe.dispatch.domain.timer;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pending timers, and the counter that numbers them. */
public final class TimerBook {

    private final Map<Long, Timer> pending = new LinkedHashMap<>();
    private long lastId;

    /**
     * A book holding exactly these pending timers, in this order (their scheduling order), and the counter as
     * recorded; for snapshot restore only.
     *
     * @throws IllegalArgumentException when two timers share an id or the counter is below an id
     */
    public static TimerBook restored(List<Timer> timers, long lastId) {
        TimerBook book = new TimerBook();
        timers.forEach(book::restore);
        book.restoreLastId(lastId);
        return book;
    }

    Timer schedule(TimerKind kind, long dueAt, String callId, long incidentId, String unitId) {
        Timer timer = new Timer(++lastId, kind, dueAt, callId, incidentId, unitId);
        pending.put(timer.id(), timer);
        return timer;
    }

    /**
     * Adds a pending timer as recorded, for snapshot restore only. Call in the order of {@link #pending()}, then
     * {@link #restoreLastId}.
     *
     * @throws IllegalArgumentException when a timer with that id is already pending
     */
    private void restore(Timer timer) {
        if (pending.putIfAbsent(timer.id(), timer) != null) {
            throw new IllegalArgumentException("timer " + timer.id() + " restored twice");
        }
    }

    /**
     * Sets the counter that numbers timers, for snapshot restore only.
     *
     * @throws IllegalArgumentException when a pending timer has a higher id
     */
    private void restoreLastId(long id) {
        for (Long known : pending.keySet()) {
            if (known > id) {
                throw new IllegalArgumentException("last timer id " + id + " below timer " + known);
            }
        }
        lastId = id;
    }

    /** Removes and returns the timer, or null when it is not pending. */
    Timer remove(long timerId) {
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
