package org.sanhe.console.unit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sanhe.console.stream.HubListener;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.domain.event.UnitRegistered;
import org.sanhe.dispatch.domain.event.UnitRetired;
import org.sanhe.dispatch.domain.event.UnitStatusChanged;
import org.sanhe.dispatch.domain.unit.Unit;
import org.sanhe.dispatch.runtime.DispatchRuntime;
import org.sanhe.dispatch.runtime.publish.Published;

/**
 * When each unit took its present status (the time in status the board shows, e.g. how long a unit has been on
 * scene): a read model projected from the published events, stamped with their command's time. The core keeps no
 * such time (adding one to its state would change the state hash of every journal written before), so after a
 * restart a unit's time is known again from its next change; until then only a dispatched unit's, from its
 * assignment. Written on the hub's thread, read from any thread.
 */
public final class UnitClocks implements HubListener {

    private final Map<String, Long> since = new ConcurrentHashMap<>();
    private final DispatchRuntime runtime;

    public UnitClocks(DispatchRuntime runtime) {
        this.runtime = runtime;
    }

    /** Takes what the core knows: the assignment time of the units serving an incident. Call once subscribed. */
    public void seed() {
        Map<String, Long> assigned = runtime.read(centre -> {
            Map<String, Long> times = new ConcurrentHashMap<>();
            for (Unit unit : centre.units().all()) {
                if (unit.assignedAt() != 0) {
                    times.put(unit.id(), unit.assignedAt());
                }
            }
            return times;
        }).join();
        assigned.forEach(since::putIfAbsent);
    }

    @Override
    public void missed(long fromSequence) {
        seed();
    }

    @Override
    public void published(Published published) {
        for (Event event : published.events()) {
            if (event instanceof UnitStatusChanged changed) {
                since.put(changed.unitId(), published.timestamp());
            } else if (event instanceof UnitRegistered registered) {
                since.put(registered.unitId(), published.timestamp());
            } else if (event instanceof UnitRetired retired) {
                since.remove(retired.unitId());
            }
        }
    }

    /** When the unit took its present status, epoch milliseconds; 0 when not known. */
    public long since(String unitId) {
        return since.getOrDefault(unitId, 0L);
    }
}
