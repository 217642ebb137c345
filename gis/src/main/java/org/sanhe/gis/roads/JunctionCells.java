package org.sanhe.gis.roads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.projection.MetricProjection;

/**
 * The Voronoi cells of the junctions of the main car network in a metric grid (JTS {@link VoronoiDiagramBuilder}),
 * within the junctions' bounding box widened by {@value #MARGIN_METERS} m: the ground each junction is nearest to.
 * The cells share their edges exactly, so unions of them are a polygonal coverage. Immutable once built.
 *
 * @param cells the cell of each junction of the base graph, null for a junction off the main network or that shares
 *              its position with an earlier one
 */
record JunctionCells(Geometry[] cells) {

    static final double MARGIN_METERS = 500;

    static JunctionCells build(RoadNetwork roads, MetricProjection projection) {
        var nodes = roads.graph().getNodeAccess();
        int count = roads.graph().getNodes();
        Map<Coordinate, Integer> nodeAt = new HashMap<>();
        Envelope clip = new Envelope();
        var explorer = roads.graph().createEdgeExplorer();
        for (int node = 0; node < count; node++) {
            if (!roads.onMainNetwork(explorer, node)) {
                continue;
            }
            Coordinate c = projection.toMetric(new GeoPoint(nodes.getLat(node), nodes.getLon(node)));
            nodeAt.putIfAbsent(c, node);
            clip.expandToInclude(c);
        }
        clip.expandBy(MARGIN_METERS);
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(new ArrayList<>(nodeAt.keySet()));
        builder.setClipEnvelope(clip);
        Geometry diagram = builder.getDiagram(new GeometryFactory());
        Geometry[] cells = new Geometry[count];
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            Integer node = nodeAt.get((Coordinate) cell.getUserData());
            if (node != null) {
                cells[node] = cell;
            }
        }
        return new JunctionCells(cells);
    }

    /** The cells of the junctions whose owner is {@code site}. */
    List<Geometry> of(int[] owners, int site) {
        List<Geometry> out = new ArrayList<>();
        for (int node = 0; node < owners.length; node++) {
            if (owners[node] == site && cells[node] != null) {
                out.add(cells[node]);
            }
        }
        return out;
    }
}
