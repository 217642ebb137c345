package org.sanhe.gis.roads;

import java.util.Arrays;

/**
 * Drive times from many places to one, by road: one reverse Dijkstra from the destination over the base graph's
 * precomputed {@link EdgeTable} (no query graph, no GraphHopper objects per call). An origin's drive is the least,
 * over the ends of its road segment that it may drive to (one-way roads respected), of the part of the segment to
 * that end plus the tree's drive from there; an origin on the destination's own segment may also drive straight
 * along it, when the direction allows. The search ends as soon as no origin can still improve: every origin has a
 * drive and the next junction weighs at least the heaviest of them, or every end is settled. The same weights,
 * times and lengths as GraphHopper's routing on the same profile, to within a millisecond's rounding per part-edge.
 *
 * <p>Thread-safe: each thread searches with its own {@link ReverseTree} (arrays the size of the graph, allocated on
 * its first search and kept with the thread). Called on the console's request threads.
 */
public final class DriveTimes {

    private final EdgeTable table;
    private final ThreadLocal<ReverseTree> trees;

    DriveTimes(EdgeTable table) {
        this.table = table;
        this.trees = ThreadLocal.withInitial(() -> new ReverseTree(table));
    }

    /**
     * Fills {@code seconds[i]} and {@code meters[i]} with the drive from {@code from[i]} to {@code destination}, or
     * NaN for both when {@code from[i]} is null, cannot get there, or takes longer than {@code limitMillis}.
     */
    public void toward(RoadPlace destination, RoadPlace[] from, double limitMillis, double[] seconds, double[] meters) {
        ReverseTree tree = trees.get();
        tree.start(limitMillis);
        int e = destination.edge();
        if (Double.isFinite(table.forwardWeight[e])) {
            double share = table.share(e, destination.along());
            tree.seed(table.base[e], table.forwardWeight[e] * share, table.forwardMillis[e] * share,
                    destination.along());
        }
        if (Double.isFinite(table.backwardWeight[e])) {
            double share = table.share(e, destination.rest());
            tree.seed(table.adj[e], table.backwardWeight[e] * share, table.backwardMillis[e] * share,
                    destination.rest());
        }
        Drives drives = new Drives(from);
        for (int i = 0; i < from.length; i++) {
            if (from[i] != null) {
                drives.start(tree, i, destination);
            }
        }
        tree.run(drives);
        for (int i = 0; i < from.length; i++) {
            boolean found = drives.weight[i] < Double.POSITIVE_INFINITY && drives.millis[i] <= limitMillis;
            seconds[i] = found ? drives.millis[i] / 1000.0 : Double.NaN;
            meters[i] = found ? drives.meters[i] : Double.NaN;
        }
    }

    /**
     * The origins of one search and the best drive of each found so far. A tag is {@code 2 * origin} for the end its
     * segment leads to forward (the adjacent junction), {@code 2 * origin + 1} for the end it leads to backward.
     */
    private final class Drives implements ReverseTree.Origins {

        private final RoadPlace[] from;
        private final double[] weight;
        private final double[] millis;
        private final double[] meters;
        private int withoutDrive;
        private double heaviest = Double.POSITIVE_INFINITY;

        Drives(RoadPlace[] from) {
            this.from = from;
            weight = new double[from.length];
            millis = new double[from.length];
            meters = new double[from.length];
            Arrays.fill(weight, Double.POSITIVE_INFINITY);
        }

        /** Registers origin {@code i}'s ends with the tree, and its drive straight along the destination's segment. */
        void start(ReverseTree tree, int i, RoadPlace destination) {
            int e = from[i].edge();
            boolean forward = Double.isFinite(table.forwardWeight[e]);
            boolean backward = Double.isFinite(table.backwardWeight[e]);
            if (forward) {
                tree.need(table.adj[e], 2 * i);
            }
            if (backward) {
                tree.need(table.base[e], 2 * i + 1);
            }
            if (forward || backward) {
                withoutDrive++;
            }
            if (e == destination.edge()) {
                double ahead = destination.along() - from[i].along();
                if (ahead >= 0 && forward) {
                    double share = table.share(e, ahead);
                    offer(i, table.forwardWeight[e] * share, table.forwardMillis[e] * share, ahead);
                } else if (ahead <= 0 && backward) {
                    double share = table.share(e, -ahead);
                    offer(i, table.backwardWeight[e] * share, table.backwardMillis[e] * share, -ahead);
                }
            }
        }

        @Override
        public void settled(ReverseTree tree, int junction, int tag) {
            int i = tag >> 1;
            int e = from[i].edge();
            boolean forward = (tag & 1) == 0;
            double part = forward ? from[i].rest() : from[i].along();
            double share = table.share(e, part);
            offer(i, tree.weight(junction) + share * (forward ? table.forwardWeight[e] : table.backwardWeight[e]),
                    tree.millis(junction) + share * (forward ? table.forwardMillis[e] : table.backwardMillis[e]),
                    tree.meters(junction) + part);
        }

        @Override
        public double bound() {
            return withoutDrive == 0 ? heaviest : Double.POSITIVE_INFINITY;
        }

        private void offer(int i, double w, double ms, double m) {
            if (!(w < weight[i])) {
                return;
            }
            boolean first = weight[i] == Double.POSITIVE_INFINITY;
            boolean wasHeaviest = weight[i] == heaviest;
            weight[i] = w;
            millis[i] = ms;
            meters[i] = m;
            if (first) {
                withoutDrive--;
            }
            if (withoutDrive == 0 && (first || wasHeaviest)) {
                heaviest = 0;
                for (double each : weight) {
                    if (each < Double.POSITIVE_INFINITY) {
                        heaviest = Math.max(heaviest, each);
                    }
                }
            }
        }
    }
}
