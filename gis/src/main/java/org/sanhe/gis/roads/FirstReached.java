package org.sanhe.gis.roads;

import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeExplorer;
import com.graphhopper.util.EdgeIterator;
import com.graphhopper.util.GHUtility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Which site reaches each junction of the network first, driving out: one multi-source Dijkstra over GraphHopper's
 * query graph and weighting, every site's snapped node starting at weight 0 (GraphHopper's trees have one source,
 * and one tree per site would explore the whole network once per site). Ties go to the lower site index. Runs on the
 * calling thread; holds nothing afterwards.
 */
final class FirstReached {

    private FirstReached() {
    }

    private record Label(int node, double weight, int site) {
    }

    /**
     * @param snaps the sites' snaps, null for a site off the network (it reaches nothing)
     * @return for each junction of the base graph, the index of the site that reaches it first, -1 for none
     */
    static int[] owners(RoadNetwork roads, List<Snap> snaps) {
        int junctions = roads.graph().getNodes();
        int[] owner = new int[junctions];
        Arrays.fill(owner, -1);
        List<Snap> placed = new ArrayList<>(snaps.stream().filter(s -> s != null).toList());
        if (placed.isEmpty()) {
            return owner;
        }
        QueryGraph graph = QueryGraph.create(roads.graph(), placed);
        Weighting weighting = graph.wrapWeighting(roads.weighting());
        int nodes = graph.getNodes();
        double[] best = new double[nodes];
        int[] site = new int[nodes];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        PriorityQueue<Label> queue = new PriorityQueue<>((a, b) -> a.weight() != b.weight()
                ? Double.compare(a.weight(), b.weight()) : Integer.compare(a.site(), b.site()));
        for (int i = 0; i < snaps.size(); i++) {
            Snap snap = snaps.get(i);
            if (snap != null && best[snap.getClosestNode()] > 0) {
                best[snap.getClosestNode()] = 0;
                queue.add(new Label(snap.getClosestNode(), 0, i));
            }
        }
        EdgeExplorer explorer = graph.createEdgeExplorer();
        boolean[] settled = new boolean[nodes];
        while (!queue.isEmpty()) {
            Label label = queue.poll();
            if (settled[label.node()]) {
                continue;
            }
            settled[label.node()] = true;
            site[label.node()] = label.site();
            EdgeIterator edge = explorer.setBaseNode(label.node());
            while (edge.next()) {
                double weight = label.weight()
                        + GHUtility.calcWeightWithTurnWeight(weighting, edge, false, EdgeIterator.NO_EDGE);
                if (weight < best[edge.getAdjNode()]) {
                    best[edge.getAdjNode()] = weight;
                    queue.add(new Label(edge.getAdjNode(), weight, label.site()));
                }
            }
        }
        for (int node = 0; node < junctions; node++) {
            owner[node] = settled[node] ? site[node] : -1;
        }
        return owner;
    }
}
