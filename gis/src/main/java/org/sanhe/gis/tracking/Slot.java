package org.sanhe.gis.tracking;

/** One unit's place in the index: its latest snapshot, grid coordinates and where it sits in its cell. */
final class Slot {

    TrackedUnit unit;
    double x;
    double y;
    /** Cell number in its agency's grid, {@link UnitGrid#OVERFLOW} outside it, {@link UnitGrid#NONE} unplaced. */
    int cell = UnitGrid.NONE;
    int indexInCell;

    Slot(TrackedUnit unit) {
        this.unit = unit;
    }

    /** Grid distance to a point, in metres; the one formula both implementations use, so they agree bit for bit. */
    double distanceTo(double px, double py) {
        double dx = x - px;
        double dy = y - py;
        return Math.sqrt(dx * dx + dy * dy);
    }
}
