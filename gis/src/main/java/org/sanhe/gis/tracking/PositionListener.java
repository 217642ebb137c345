package org.sanhe.gis.tracking;

import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * Told by {@link UnitLocator} of every unit's position as it is applied, so that what depends only on a position
 * (e.g. where the unit sits on the road network) is worked out once per position report, not once per query.
 *
 * <p>Called on the thread that writes to the locator (the hub's, in the server), after the locator has taken the
 * change and released its lock, so a slow listener delays the writer but never a reader. With one writing thread
 * the calls arrive in the order of the reports; with several, a listener may see two reports of one unit out of
 * order and must not rely on the order. Must not call back into the locator's writers.
 */
public interface PositionListener {

    /** Listens to nothing. */
    PositionListener NONE = new PositionListener() {
        @Override
        public void placed(String unitId, GeoPoint position) {
        }

        @Override
        public void removed(String unitId) {
        }
    };

    /** The unit is now at {@code position} (null: it has none); also called again with an unchanged position. */
    void placed(String unitId, GeoPoint position);

    /** The unit is forgotten (retired). */
    void removed(String unitId);
}
