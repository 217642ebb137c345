package org.sanhe.gis.tracking;

import java.util.List;
import java.util.function.Predicate;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * The k units of an agency nearest to a point, by straight-line distance in the metric grid. Two implementations:
 * {@link UnitLocator} (the grid index the server uses) and {@link LinearScan} (the reference it is tested and
 * benchmarked against). Both break distance ties by unit id, so they return the same list.
 */
public interface NearestUnits {

    /**
     * At most {@code k} positioned units of {@code agency} that {@code accept} lets through, nearest first.
     * {@code accept} is called on the querying thread with the lock held (if any): it must be quick and side-effect
     * free.
     */
    List<Nearby> nearest(GeoPoint from, String agency, int k, Predicate<TrackedUnit> accept);
}
