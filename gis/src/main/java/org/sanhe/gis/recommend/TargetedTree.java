package org.sanhe.gis.recommend;

import com.carrotsearch.hppc.IntHashSet;
import com.graphhopper.isochrone.algorithm.ShortestPathTree;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.Graph;

/**
 * GraphHopper's {@link ShortestPathTree} that also stops once every target node has been settled: a one-to-many
 * search explores no farther than its farthest target needs (or its time limit). One search per instance, on one
 * thread, as the parent.
 */
final class TargetedTree extends ShortestPathTree {

    private final IntHashSet pending;

    /**
     * @param reverse true for the times from every node to the search's start (units driving to an incident)
     * @param targets the nodes whose settling ends the search early
     */
    TargetedTree(Graph graph, Weighting weighting, boolean reverse, IntHashSet targets) {
        super(graph, weighting, reverse, TraversalMode.NODE_BASED);
        this.pending = new IntHashSet(targets);
    }

    /** Marks a settled node; called by the search's consumer for each label it settles. */
    void settled(int node) {
        pending.remove(node);
    }

    @Override
    protected boolean finished() {
        return pending.isEmpty() || super.finished();
    }
}
