package org.sanhe.gis.roads;

import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.routing.util.AllEdgesIterator;
import java.util.Arrays;

/**
 * The base graph's edges with the car profile's weight, time and length worked out once, in flat arrays: per edge
 * in its stored direction (forward: base junction to adjacent junction) and against it, and per junction the list
 * of edges that drive into it (a reverse search reads only these). A search over these arrays allocates nothing and
 * calls no weighting. Immutable once built; read by any number of threads.
 */
final class EdgeTable {

    final int junctions;
    final int[] base;
    final int[] adj;
    final double[] length;
    /** Weight of driving the whole edge forward (base to adjacent), infinite where that is not allowed. */
    final double[] forwardWeight;
    final long[] forwardMillis;
    /** Weight of driving the whole edge backward (adjacent to base), infinite where that is not allowed. */
    final double[] backwardWeight;
    final long[] backwardMillis;
    /** Junction {@code j}'s incoming edges are entries {@code inStart[j]} to {@code inStart[j + 1] - 1}. */
    final int[] inStart;
    final int[] inFrom;
    final double[] inWeight;
    final long[] inMillis;
    final double[] inLength;

    EdgeTable(BaseGraph graph, Weighting weighting) {
        junctions = graph.getNodes();
        int edges = graph.getEdges();
        base = new int[edges];
        adj = new int[edges];
        length = new double[edges];
        forwardWeight = new double[edges];
        forwardMillis = new long[edges];
        backwardWeight = new double[edges];
        backwardMillis = new long[edges];
        inStart = new int[junctions + 1];
        AllEdgesIterator all = graph.getAllEdges();
        while (all.next()) {
            int e = all.getEdge();
            base[e] = all.getBaseNode();
            adj[e] = all.getAdjNode();
            length[e] = all.getDistance();
            forwardWeight[e] = weighting.calcEdgeWeight(all, false);
            backwardWeight[e] = weighting.calcEdgeWeight(all, true);
            forwardMillis[e] = Double.isFinite(forwardWeight[e]) ? weighting.calcEdgeMillis(all, false) : 0;
            backwardMillis[e] = Double.isFinite(backwardWeight[e]) ? weighting.calcEdgeMillis(all, true) : 0;
            count(adj[e], forwardWeight[e]);
            count(base[e], backwardWeight[e]);
        }
        for (int j = 0; j < junctions; j++) {
            inStart[j + 1] += inStart[j];
        }
        int entries = inStart[junctions];
        inFrom = new int[entries];
        inWeight = new double[entries];
        inMillis = new long[entries];
        inLength = new double[entries];
        int[] next = Arrays.copyOf(inStart, junctions);
        for (int e = 0; e < edges; e++) {
            if (Double.isFinite(forwardWeight[e])) {
                add(next, adj[e], base[e], forwardWeight[e], forwardMillis[e], length[e]);
            }
            if (Double.isFinite(backwardWeight[e])) {
                add(next, base[e], adj[e], backwardWeight[e], backwardMillis[e], length[e]);
            }
        }
    }

    private void count(int into, double weight) {
        if (Double.isFinite(weight)) {
            inStart[into + 1]++;
        }
    }

    private void add(int[] next, int into, int from, double weight, long millis, double meters) {
        int i = next[into]++;
        inFrom[i] = from;
        inWeight[i] = weight;
        inMillis[i] = millis;
        inLength[i] = meters;
    }

    /** The share of edge {@code e}'s weight and time that {@code meters} of it carry (0 on an edge of length 0). */
    double share(int e, double meters) {
        return length[e] > 0 ? meters / length[e] : 0;
    }
}
