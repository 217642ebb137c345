package org.sanhe.gis.roads;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.ResponsePath;
import com.graphhopper.config.Profile;
import com.graphhopper.routing.ev.DecimalEncodedValue;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.ev.VehicleSpeed;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.EdgeExplorer;
import com.graphhopper.util.GHUtility;
import com.graphhopper.util.PMap;
import com.graphhopper.util.PointList;
import com.graphhopper.util.shapes.GHPoint;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.projection.MetricProjection;

/**
 * A road network prepared by GraphHopper for cars, fastest route (the stock {@code car.json} custom model with
 * {@code distance_influence} 0: an emergency vehicle takes the quickest way, not the shortest).
 *
 * <p>Opened once at start ({@link #open}, which imports or loads through {@link RoadGraphCache}); afterwards
 * read-only and safe to use from any number of threads: GraphHopper's graph, location index and weighting are
 * immutable once loaded, every route and first-due computation makes its own query graph, and the drive times
 * ({@link #driveTimes}) read weights worked out once at opening. {@link #close()} only after the last query.
 */
public final class RoadNetwork implements AutoCloseable {

    /** The one profile: a car on the fastest route. */
    public static final String PROFILE = "car";

    private final GraphHopper hopper;
    private final Weighting weighting;
    private final EdgeFilter snapFilter;
    private final boolean imported;
    private final DriveTimes driveTimes;
    private JunctionCells cells;
    private MetricProjection cellsProjection;

    private RoadNetwork(RoadGraphCache.Prepared prepared) {
        this.hopper = prepared.hopper();
        this.imported = prepared.imported();
        this.weighting = hopper.createWeighting(hopper.getProfile(PROFILE), new PMap());
        this.snapFilter = new DefaultSnapFilter(weighting,
                hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(PROFILE)));
        this.driveTimes = new DriveTimes(new EdgeTable(hopper.getBaseGraph(), weighting));
    }

    /** Imports the configured file into the cache, or loads the cache made from the same file (same SHA-256). */
    public static RoadNetwork open(RoadSettings settings) throws IOException {
        RoadSource source = RoadSource.resolve(settings);
        return new RoadNetwork(RoadGraphCache.importOrLoad(source, settings.cacheDir(), RoadNetwork::configure));
    }

    /** Whether opening imported the file (false: the cache made from the same file was loaded). */
    public boolean imported() {
        return imported;
    }

    /** The GraphHopper set-up of this project: car access and average speed, one fastest-route car profile. */
    static GraphHopper configure(GraphHopper hopper) {
        CustomModel fastest = new CustomModel(GHUtility.loadCustomModelFromJar("car.json")).setDistanceInfluence(0d);
        hopper.setEncodedValuesString("car_access, car_average_speed, road_access");
        hopper.setProfiles(new Profile(PROFILE).setCustomModel(fastest));
        return hopper;
    }

    /** The point snapped to the nearest car road of the main network, or empty when none is within reach. */
    public Optional<Snap> snap(GeoPoint point) {
        Snap snap = hopper.getLocationIndex().findClosest(point.lat(), point.lon(), snapFilter);
        return snap.isValid() && snap.getQueryDistance() <= RoadSettings.MAX_SNAP_METERS
                ? Optional.of(snap) : Optional.empty();
    }

    /** Where the point sits on the nearest car road of the main network, or empty when none is within reach. */
    public Optional<RoadPlace> place(GeoPoint point) {
        return snap(point).map(snap -> RoadPlace.of(point, snap));
    }

    /** Drive times from many places to one, over this network's precomputed weights (thread-safe, shared). */
    public DriveTimes driveTimes() {
        return driveTimes;
    }

    /**
     * The fastest route by road between two points (GraphHopper's point-to-point routing), or empty when either is
     * off the network or no route joins them.
     */
    public Optional<RoadRoute> route(GeoPoint from, GeoPoint to) {
        if (snap(from).isEmpty() || snap(to).isEmpty()) {
            return Optional.empty();
        }
        GHRequest request = new GHRequest(new GHPoint(from.lat(), from.lon()), new GHPoint(to.lat(), to.lon()))
                .setProfile(PROFILE);
        request.getHints().putObject("instructions", false);
        GHResponse response = hopper.route(request);
        if (response.hasErrors()) {
            return Optional.empty();
        }
        ResponsePath path = response.getBest();
        PointList points = path.getPoints();
        List<GeoPoint> line = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            line.add(new GeoPoint(points.getLat(i), points.getLon(i)));
        }
        return Optional.of(new RoadRoute(line, path.getDistance(), path.getTime() / 1000.0));
    }

    /** The fastest car speed on any road of the network, metres per second (a bound for tests and sanity). */
    public double fastestMetersPerSecond() {
        DecimalEncodedValue speed = hopper.getEncodingManager().getDecimalEncodedValue(VehicleSpeed.key(PROFILE));
        var edges = hopper.getBaseGraph().getAllEdges();
        double max = 0;
        while (edges.next()) {
            max = Math.max(max, Math.max(edges.get(speed), edges.getReverse(speed)));
        }
        return max / 3.6;
    }

    /** Whether a junction of the base graph is on the main car network (some road there may be driven and snapped). */
    boolean onMainNetwork(EdgeExplorer explorer, int node) {
        var edges = explorer.setBaseNode(node);
        while (edges.next()) {
            if (snapFilter.accept(edges)) {
                return true;
            }
        }
        return false;
    }

    /** The Voronoi cells of the junctions in the projection's grid, built on first use and kept (one projection). */
    synchronized JunctionCells junctionCells(MetricProjection projection) {
        if (cells == null || cellsProjection != projection) {
            cells = JunctionCells.build(this, projection);
            cellsProjection = projection;
        }
        return cells;
    }

    /** The graph, for searches that make their own query graph. */
    public BaseGraph graph() {
        return hopper.getBaseGraph();
    }

    /** The car profile's weighting (thread-safe, shared). */
    public Weighting weighting() {
        return weighting;
    }

    /** GraphHopper itself, for the benchmark's baseline and the tests' point-to-point routes. */
    public GraphHopper hopper() {
        return hopper;
    }

    @Override
    public void close() {
        hopper.close();
    }
}
