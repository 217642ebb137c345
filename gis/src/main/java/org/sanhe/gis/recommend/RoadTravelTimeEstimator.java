package org.sanhe.gis.recommend;

import com.carrotsearch.hppc.IntHashSet;
import com.carrotsearch.hppc.IntObjectHashMap;
import com.graphhopper.isochrone.algorithm.ShortestPathTree.IsoLabel;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.storage.index.Snap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.roads.RoadNetwork;
import org.sanhe.gis.roads.RoadSettings;
import org.sanhe.gis.tracking.TrackedUnit;

/**
 * Drive time by road for every candidate in one search: the incident and the units are snapped to the network, put
 * into one GraphHopper query graph, and one reverse shortest-path tree from the incident ({@link TargetedTree})
 * gives each unit's time and distance to it; the tree stops when the last unit is settled, or at the time limit.
 * A unit that is off the network (more than {@value RoadSettings#MAX_SNAP_METERS} m from a car road of the main
 * network) or beyond the limit, or every unit when the incident is off the network, gets the straight-line
 * estimate, marked {@link EtaSource#STRAIGHT_LINE}.
 *
 * <p>Thread-safe: each call builds its own query graph and tree over the shared read-only network; called on the
 * console's request threads. Advice only: nothing it returns is journaled.
 */
public final class RoadTravelTimeEstimator implements TravelTimeEstimator {

    /** One hour: no emergency response is planned beyond it. */
    public static final double DEFAULT_TIME_LIMIT_MILLIS = 3_600_000;

    private final RoadNetwork roads;
    private final StraightLineEstimator fallback;
    private final double timeLimitMillis;

    public RoadTravelTimeEstimator(RoadNetwork roads, StraightLineEstimator fallback) {
        this(roads, fallback, DEFAULT_TIME_LIMIT_MILLIS);
    }

    public RoadTravelTimeEstimator(RoadNetwork roads, StraightLineEstimator fallback, double timeLimitMillis) {
        this.roads = roads;
        this.fallback = fallback;
        this.timeLimitMillis = timeLimitMillis;
    }

    @Override
    public TravelEstimate[] estimate(GeoPoint destination, List<TrackedUnit> units) {
        Snap[] unitSnaps = new Snap[units.size()];
        IntObjectHashMap<IsoLabel> reached = new IntObjectHashMap<>();
        Optional<Snap> incident = roads.snap(destination);
        if (incident.isPresent()) {
            List<Snap> snaps = new ArrayList<>(units.size() + 1);
            snaps.add(incident.get());
            for (int i = 0; i < unitSnaps.length; i++) {
                unitSnaps[i] = roads.snap(units.get(i).position()).orElse(null);
                if (unitSnaps[i] != null) {
                    snaps.add(unitSnaps[i]);
                }
            }
            if (snaps.size() > 1) {
                search(snaps, reached);
            }
        }
        TravelEstimate[] out = new TravelEstimate[unitSnaps.length];
        for (int i = 0; i < out.length; i++) {
            IsoLabel label = unitSnaps[i] == null ? null : reached.get(unitSnaps[i].getClosestNode());
            out[i] = label == null ? fallback.estimate(destination, units.get(i))
                    : new TravelEstimate(label.time / 1000.0, label.distance, EtaSource.ROAD);
        }
        return out;
    }

    /** One reverse tree from the first snap (the incident) until every other snap's node is settled. */
    private void search(List<Snap> snaps, IntObjectHashMap<IsoLabel> reached) {
        QueryGraph graph = QueryGraph.create(roads.graph(), snaps);
        IntHashSet targets = new IntHashSet(snaps.size());
        for (int i = 1; i < snaps.size(); i++) {
            targets.add(snaps.get(i).getClosestNode());
        }
        TargetedTree tree = new TargetedTree(graph, graph.wrapWeighting(roads.weighting()), true, targets);
        tree.setTimeLimit(timeLimitMillis);
        tree.search(snaps.get(0).getClosestNode(), label -> {
            if (targets.contains(label.node)) {
                reached.put(label.node, label);
                tree.settled(label.node);
            }
        });
    }
}
