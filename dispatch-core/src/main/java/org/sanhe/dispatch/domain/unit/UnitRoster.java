package org.sanhe.dispatch.domain.unit;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The units of the centre, in the order they were registered. */
public final class UnitRoster {

    private final Map<String, Unit> units = new LinkedHashMap<>();

    /**
     * A roster holding exactly these units, in this order (their registration order), for snapshot restore only.
     *
     * @throws IllegalArgumentException when two units share an id
     */
    public static UnitRoster restored(List<Unit> units) {
        UnitRoster roster = new UnitRoster();
        units.forEach(roster::restore);
        return roster;
    }

    /** The unit, or null. */
    public Unit get(String unitId) {
        return units.get(unitId);
    }

    void add(Unit unit) {
        units.put(unit.id(), unit);
    }

    /** Takes the unit off the roster. */
    void remove(String unitId) {
        units.remove(unitId);
    }

    /**
     * Adds a unit as recorded, for snapshot restore only. Call in the order of {@link #all()}.
     *
     * @throws IllegalArgumentException when a unit with that id is already here
     */
    private void restore(Unit unit) {
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
