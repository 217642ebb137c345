package org.sanhe.gis.tracking;

import java.util.ArrayList;
import java.util.List;

/** The k best (smallest distance, then smallest id) of the units offered. Not thread-safe; one per query. */
final class TopK {

    private final TrackedUnit[] units;
    private final double[] distances;
    private int size;

    TopK(int k) {
        units = new TrackedUnit[k];
        distances = new double[k];
    }

    void offer(TrackedUnit unit, double distance) {
        int k = units.length;
        if (size == k && !before(distance, unit, distances[k - 1], units[k - 1])) {
            return;
        }
        int i = size == k ? k - 1 : size++;
        while (i > 0 && before(distance, unit, distances[i - 1], units[i - 1])) {
            units[i] = units[i - 1];
            distances[i] = distances[i - 1];
            i--;
        }
        units[i] = unit;
        distances[i] = distance;
    }

    /** Whether nothing at {@code distance} or beyond can still enter. */
    boolean closedAt(double distance) {
        return units.length == 0 || size == units.length && distances[size - 1] < distance;
    }

    List<Nearby> result() {
        List<Nearby> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(new Nearby(units[i], distances[i]));
        }
        return out;
    }

    private static boolean before(double d1, TrackedUnit u1, double d2, TrackedUnit u2) {
        return d1 < d2 || d1 == d2 && u1.id().compareTo(u2.id()) < 0;
    }
}
