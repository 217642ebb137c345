package org.sanhe.gis.roads;

/**
 * Drive times from many places to one, by road: one reverse Dijkstra from the destination over the base graph's
 * precomputed {@link EdgeTable} (no query graph, no GraphHopper objects per call), ending once both ends of every
 * origin's road segment are settled. An origin's time is the least, over the ends of its segment that it may drive
 * to (one-way roads respected), of the part of the segment to that end plus the tree's time from there; an origin on
 * the destination's own segment may also drive straight along it, when the direction allows. The same weights,
 * times and lengths as GraphHopper's routing on the same profile, to within rounding of a millisecond per part-edge.
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
        for (RoadPlace place : from) {
            if (place != null) {
                if (Double.isFinite(table.forwardWeight[place.edge()])) {
                    tree.need(table.adj[place.edge()]);
                }
                if (Double.isFinite(table.backwardWeight[place.edge()])) {
                    tree.need(table.base[place.edge()]);
                }
            }
        }
        tree.run();
        for (int i = 0; i < from.length; i++) {
            Drive best = from[i] == null ? Drive.NONE : best(tree, destination, from[i]);
            boolean found = best.weight < Double.POSITIVE_INFINITY && best.millis <= limitMillis;
            seconds[i] = found ? best.millis / 1000.0 : Double.NaN;
            meters[i] = found ? best.meters : Double.NaN;
        }
    }

    /** The least-weight way from {@code place} to the destination, among its segment's ends and the direct one. */
    private Drive best(ReverseTree tree, RoadPlace destination, RoadPlace place) {
        int e = place.edge();
        Drive best = Drive.NONE;
        int adj = table.adj[e];
        if (Double.isFinite(table.forwardWeight[e]) && tree.isSettled(adj)) {
            double share = table.share(e, place.rest());
            best = best.or(tree.weight(adj) + table.forwardWeight[e] * share,
                    tree.millis(adj) + table.forwardMillis[e] * share, tree.meters(adj) + place.rest());
        }
        int base = table.base[e];
        if (Double.isFinite(table.backwardWeight[e]) && tree.isSettled(base)) {
            double share = table.share(e, place.along());
            best = best.or(tree.weight(base) + table.backwardWeight[e] * share,
                    tree.millis(base) + table.backwardMillis[e] * share, tree.meters(base) + place.along());
        }
        if (e == destination.edge()) {
            double ahead = destination.along() - place.along();
            if (ahead >= 0 && Double.isFinite(table.forwardWeight[e])) {
                double share = table.share(e, ahead);
                best = best.or(table.forwardWeight[e] * share, table.forwardMillis[e] * share, ahead);
            } else if (ahead <= 0 && Double.isFinite(table.backwardWeight[e])) {
                double share = table.share(e, -ahead);
                best = best.or(table.backwardWeight[e] * share, table.backwardMillis[e] * share, -ahead);
            }
        }
        return best;
    }

    /** One way to the destination: its weight (what the search minimises), time and length. */
    private record Drive(double weight, double millis, double meters) {

        static final Drive NONE = new Drive(Double.POSITIVE_INFINITY, Double.NaN, Double.NaN);

        Drive or(double w, double ms, double m) {
            return w < weight ? new Drive(w, ms, m) : this;
        }
    }
}
