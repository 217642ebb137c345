package org.sanhe.gis.tracking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A uniform grid of square cells over a fixed metric rectangle, holding one agency's positioned units; units outside
 * the rectangle go to an overflow list that every query scans. Moving a unit is O(1) (swap-remove from its old cell,
 * append to the new one). The k-nearest search visits rings of cells outward from the query's cell and stops once
 * the k-th best is nearer than anything an unvisited ring can hold. Not thread-safe: {@link UnitLocator} guards it.
 */
final class UnitGrid {

    static final int NONE = -1;
    static final int OVERFLOW = -2;

    private final double originX;
    private final double originY;
    private final double cellSize;
    private final int cols;
    private final int rows;
    private final Slot[][] cells;
    private final int[] sizes;
    private final List<Slot> overflow = new ArrayList<>();

    UnitGrid(double minX, double minY, double maxX, double maxY, double cellSize) {
        this.originX = minX;
        this.originY = minY;
        this.cellSize = cellSize;
        this.cols = Math.max(1, (int) Math.ceil((maxX - minX) / cellSize));
        this.rows = Math.max(1, (int) Math.ceil((maxY - minY) / cellSize));
        this.cells = new Slot[cols * rows][];
        this.sizes = new int[cols * rows];
    }

    /** Puts the slot where its x, y say, taking it out of its previous cell first. */
    void place(Slot slot) {
        int target = cellOf(slot.x, slot.y);
        if (target == slot.cell) {
            return;
        }
        remove(slot);
        if (target == OVERFLOW) {
            slot.indexInCell = overflow.size();
            overflow.add(slot);
        } else {
            Slot[] cell = cells[target];
            if (cell == null || sizes[target] == cell.length) {
                cell = Arrays.copyOf(cell == null ? new Slot[0] : cell, Math.max(4, sizes[target] * 2));
                cells[target] = cell;
            }
            slot.indexInCell = sizes[target];
            cell[sizes[target]++] = slot;
        }
        slot.cell = target;
    }

    /** Takes the slot out of the grid, if it is in. */
    void remove(Slot slot) {
        if (slot.cell == OVERFLOW) {
            Slot last = overflow.remove(overflow.size() - 1);
            if (last != slot) {
                overflow.set(slot.indexInCell, last);
                last.indexInCell = slot.indexInCell;
            }
        } else if (slot.cell >= 0) {
            Slot[] cell = cells[slot.cell];
            int last = --sizes[slot.cell];
            cell[slot.indexInCell] = cell[last];
            cell[slot.indexInCell].indexInCell = slot.indexInCell;
            cell[last] = null;
        }
        slot.cell = NONE;
    }

    void nearest(double x, double y, TopK best, Predicate<TrackedUnit> accept) {
        for (Slot slot : overflow) {
            offer(slot, x, y, best, accept);
        }
        int cx = (int) Math.floor((x - originX) / cellSize);
        int cy = (int) Math.floor((y - originY) / cellSize);
        int maxRing = Math.max(Math.max(Math.abs(cx), Math.abs(cols - 1 - cx)),
                Math.max(Math.abs(cy), Math.abs(rows - 1 - cy)));
        for (int ring = 0; ring <= maxRing; ring++) {
            if (ring > 0 && best.closedAt((ring - 1) * cellSize)) {
                return;
            }
            visitRing(cx, cy, ring, x, y, best, accept);
        }
    }

    private void visitRing(int cx, int cy, int ring, double x, double y, TopK best, Predicate<TrackedUnit> accept) {
        int x0 = Math.max(0, cx - ring);
        int x1 = Math.min(cols - 1, cx + ring);
        for (int gx = x0; gx <= x1; gx++) {
            visitCell(gx, cy - ring, x, y, best, accept);
            if (ring > 0) {
                visitCell(gx, cy + ring, x, y, best, accept);
            }
        }
        int y0 = Math.max(0, cy - ring + 1);
        int y1 = Math.min(rows - 1, cy + ring - 1);
        for (int gy = y0; gy <= y1; gy++) {
            visitCell(cx - ring, gy, x, y, best, accept);
            if (ring > 0) {
                visitCell(cx + ring, gy, x, y, best, accept);
            }
        }
    }

    private void visitCell(int gx, int gy, double x, double y, TopK best, Predicate<TrackedUnit> accept) {
        if (gx < 0 || gx >= cols || gy < 0 || gy >= rows) {
            return;
        }
        int index = gy * cols + gx;
        Slot[] cell = cells[index];
        for (int i = 0, n = sizes[index]; i < n; i++) {
            offer(cell[i], x, y, best, accept);
        }
    }

    private static void offer(Slot slot, double x, double y, TopK best, Predicate<TrackedUnit> accept) {
        if (accept.test(slot.unit)) {
            best.offer(slot.unit, slot.distanceTo(x, y));
        }
    }

    private int cellOf(double x, double y) {
        int gx = (int) Math.floor((x - originX) / cellSize);
        int gy = (int) Math.floor((y - originY) / cellSize);
        return gx < 0 || gx >= cols || gy < 0 || gy >= rows ? OVERFLOW : gy * cols + gx;
    }
}
