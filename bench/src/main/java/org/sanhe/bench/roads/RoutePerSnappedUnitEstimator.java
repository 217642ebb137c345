package org.sanhe.bench.roads;

import com.graphhopper.routing.AStarBidirection;
import com.graphhopper.routing.Path;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.storage.index.Snap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.recommend.EtaSource;
import org.sanhe.gis.recommend.StraightLineEstimator;
import org.sanhe.gis.recommend.TravelEstimate;
import org.sanhe.gis.recommend.TravelTimeEstimator;
import org.sanhe.gis.roads.RoadNetwork;
import org.sanhe.gis.tracking.PositionListener;
import org.sanhe.gis.tracking.TrackedUnit;

/**
 * A variant of the baseline, to show how much of the gain is snapping: still one GraphHopper search per candidate
 * (the bidirectional A* that {@code route()} runs on this profile, over a query graph of the unit and the incident),
 * but each unit's snap is made when its position is reported ({@link PositionListener}) and the incident is snapped
 * once per recommendation, as the one reverse search does. GraphHopper's query graph rewrites the snaps it is given
 * (closest node, orientation), so the kept snaps are used by one thread at a time: the benchmark's.
 */
final class RoutePerSnappedUnitEstimator implements TravelTimeEstimator, PositionListener {

    private record Snapped(GeoPoint position, Snap snap) {
    }

    private final RoadNetwork roads;
    private final StraightLineEstimator fallback;
    private final Map<String, Snapped> snaps = new ConcurrentHashMap<>();

    RoutePerSnappedUnitEstimator(RoadNetwork roads, StraightLineEstimator fallback) {
        this.roads = roads;
        this.fallback = fallback;
    }

    @Override
    public void placed(String unitId, GeoPoint position) {
        if (position == null) {
            snaps.remove(unitId);
        } else {
            snaps.put(unitId, new Snapped(position, roads.snap(position).orElse(null)));
        }
    }

    @Override
    public void removed(String unitId) {
        snaps.remove(unitId);
    }

    @Override
    public TravelEstimate[] estimate(GeoPoint destination, List<TrackedUnit> units) {
        TravelEstimate[] out = new TravelEstimate[units.size()];
        Optional<Snap> incident = roads.snap(destination);
        for (int i = 0; i < out.length; i++) {
            TrackedUnit unit = units.get(i);
            Snapped known = snaps.get(unit.id());
            Snap from = known != null && known.position().equals(unit.position()) ? known.snap()
                    : roads.snap(unit.position()).orElse(null);
            Path path = incident.isEmpty() || from == null ? null : route(from, incident.get());
            out[i] = path == null || !path.isFound() ? fallback.estimate(destination, unit)
                    : new TravelEstimate(path.getTime() / 1000.0, path.getDistance(), EtaSource.ROAD);
        }
        return out;
    }

    private Path route(Snap from, Snap to) {
        QueryGraph graph = QueryGraph.create(roads.graph(), from, to);
        AStarBidirection search = new AStarBidirection(graph, graph.wrapWeighting(roads.weighting()),
                TraversalMode.NODE_BASED);
        return search.calcPath(from.getClosestNode(), to.getClosestNode());
    }
}
