package org.sanhe.gis.roads;

import com.graphhopper.storage.index.Snap;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.projection.MetricProjection;

/**
 * First-due areas by road: each site (a station of one agency) gets the ground nearest to the junctions it reaches
 * first by road ({@link FirstReached}, one multi-source search), built as the union of those junctions' Voronoi
 * cells ({@link JunctionCells}, merged with JTS {@link CoverageUnion}). The regions do not overlap and together
 * cover {@link Regions#covered()}, the cells of every reached junction; a site off the network gets none. Pure:
 * a function of the sites and the network, called whenever the station set changes, on the caller's thread.
 */
public final class RoadAreas {

    private RoadAreas() {
    }

    /**
     * The regions in the projection's grid.
     *
     * @param regions each site's region, in the order of the sites; empty for a site off the network
     * @param covered the union of all regions
     */
    public record Regions(List<Geometry> regions, Geometry covered) {
    }

    /** The first-reached region of each site (WGS84 positions), in the grid of {@code projection}. */
    public static Regions firstReached(List<GeoPoint> sites, RoadNetwork roads, MetricProjection projection) {
        List<Snap> snaps = new ArrayList<>();
        sites.forEach(site -> snaps.add(roads.snap(site).orElse(null)));
        int[] owners = FirstReached.owners(roads, snaps);
        JunctionCells cells = roads.junctionCells(projection);
        GeometryFactory factory = new GeometryFactory();
        List<Geometry> regions = new ArrayList<>();
        for (int site = 0; site < sites.size(); site++) {
            List<Geometry> own = cells.of(owners, site);
            regions.add(own.isEmpty() ? factory.createPolygon()
                    : CoverageUnion.union(own.toArray(Geometry[]::new)));
        }
        List<Geometry> nonEmpty = regions.stream().filter(g -> !g.isEmpty()).toList();
        Geometry covered = nonEmpty.isEmpty() ? factory.createPolygon()
                : CoverageUnion.union(nonEmpty.toArray(Geometry[]::new));
        return new Regions(regions, covered);
    }
}
