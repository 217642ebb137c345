package org.sanhe.dispatch.runtime.clock;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.sanhe.dispatch.domain.timer.Timer;
import org.sanhe.dispatch.runtime.publish.Published;

/**
 * The timers the core has pending, by due time. Fed on the apply thread ({@link #onPublished}); read by the
 * {@link TimerAgent}'s thread. A timer handed out by {@link #takeDue} is not handed out again until the core has
 * answered its FireTimer.
 */
public final class TimerSchedule {

    private record Due(long dueAt, long timerId) implements Comparable<Due> {
        @Override
        public int compareTo(Due o) {
            int c = Long.compare(dueAt, o.dueAt);
            return c != 0 ? c : Long.compare(timerId, o.timerId);
        }
    }

    private final NavigableSet<Due> byTime = new ConcurrentSkipListSet<>();
    private final Map<Long, Due> byId = new ConcurrentHashMap<>();
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private volatile Runnable onEarlier = () -> { };
    private final TimerChanges.Target changes = new TimerChanges.Target() {
        @Override
        public void schedule(long timerId, long dueAt) {
            add(timerId, dueAt);
        }

        @Override
        public void cancel(long timerId) {
            remove(timerId);
        }
    };

    /** Starts from the timers a recovered centre holds. */
    public void seed(Collection<Timer> pending) {
        pending.forEach(t -> add(t.id(), t.dueAt()));
    }

    /** A publisher listener: runs on the apply thread. Follows {@link TimerChanges}. */
    public void onPublished(Published published) {
        TimerChanges.apply(published, changes);
    }

    /** The ids due at {@code now} not yet handed out, marking them in flight. */
    public List<Long> takeDue(long now) {
        List<Long> due = new ArrayList<>();
        for (Due d : byTime) {
            if (d.dueAt() > now) {
                break;
            }
            if (inFlight.add(d.timerId())) {
                due.add(d.timerId());
            }
        }
        return due;
    }

    /** The earliest due time of a timer not in flight, or {@link Long#MAX_VALUE}. */
    public long nextDue() {
        for (Due d : byTime) {
            if (!inFlight.contains(d.timerId())) {
                return d.dueAt();
            }
        }
        return Long.MAX_VALUE;
    }

    public int size() {
        return byId.size();
    }

    void whenEarlier(Runnable wake) {
        onEarlier = wake;
    }

    private void add(long id, long dueAt) {
        Due due = new Due(dueAt, id);
        boolean earliest = byTime.isEmpty() || due.compareTo(byTime.first()) < 0;
        byId.put(id, due);
        byTime.add(due);
        if (earliest) {
            onEarlier.run();
        }
    }

    private void remove(long id) {
        Due due = byId.remove(id);
        if (due != null) {
            byTime.remove(due);
        }
        inFlight.remove(id);
    }
}
