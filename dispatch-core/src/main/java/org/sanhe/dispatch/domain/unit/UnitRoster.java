package org.sanhe.dispatch.domain.unit;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The units of the centre, in the order they were registered. */
public final class UnitRoster {

    private final Map<String, Unit> units = new LinkedHashMap<>();

    /** The unit, or null. */
    public Unit get(String unitId) {
        return units.get(unitId);
    }

    public void add(Unit unit) {
        units.put(unit.id(), unit);
    }

    /** Takes the unit off the roster. */
    public void remove(String unitId) {
        units.remove(unitId);
    }

    /**
     * Adds a unit as recorded, for snapshot restore only. Call in the order of {@link #all()}.
     *
     * @throws IllegalArgumentException when a unit with that id is already here
     */
    public void restore(Unit unit) {
        if (units.putIfAbsent(unit.id(), unit) != null) {
            throw new IllegalArgumentException("unit " + unit.id() + " restored twice");
        }
    }

    public Collection<Unit> all() {
        return Collections.unmodifiableCollection(units.values());
    }

    public int size() {
        return units.size();
    }
}
