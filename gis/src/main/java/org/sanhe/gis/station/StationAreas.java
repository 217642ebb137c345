package org.sanhe.gis.station;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.gis.area.AreaIndex;
import org.sanhe.gis.projection.MetricProjection;
import org.sanhe.gis.roads.RoadAreas;
import org.sanhe.gis.roads.RoadNetwork;

/**
 * First-due areas of every agency's stations. Straight-line ({@link #compute}): per agency, the Voronoi diagram of
 * its stations (JTS {@link VoronoiDiagramBuilder}, computed in the metric grid so that "nearer" means metres, not
 * degrees), clipped to the service area and brought back to WGS84. By road ({@link #byRoad}): where the road network
 * reaches, each station gets the ground nearest to the junctions it reaches first by road ({@link RoadAreas});
 * beyond the network the Voronoi cells remain. Either way an agency's areas cover the service area without
 * overlapping.
 *
 * <p>Both factories are pure functions of the station list (call them again when it changes); the result is
 * immutable and safe to query from any thread. Straight-line takes tens of milliseconds for Xi'an; by road about a
 * second on first use (the junctions' cells, kept by the network) and a few hundred milliseconds after. Two stations
 * of one agency must not share a position.
 */
public final class StationAreas {

    private final Map<String, List<StationArea>> byAgency;
    private final Map<String, AreaIndex<StationArea>> indexByAgency = new HashMap<>();

    private StationAreas(Map<String, List<StationArea>> byAgency) {
        this.byAgency = byAgency;
        byAgency.forEach((agency, areas) -> indexByAgency.put(agency, new AreaIndex<>(areas, StationArea::area)));
    }

    /** Computes the areas of all the stations' agencies within the WGS84 service area. */
    public static StationAreas compute(List<Station> stations, Geometry serviceArea, MetricProjection projection) {
        Geometry metricArea = projection.toMetric(serviceArea);
        Map<String, List<StationArea>> byAgency = new LinkedHashMap<>();
        grouped(stations).forEach((agency, own) -> {
            List<Geometry> cells = voronoiCells(own, metricArea, projection);
            List<StationArea> areas = new ArrayList<>();
            for (int i = 0; i < own.size(); i++) {
                areas.add(new StationArea(own.get(i), projection.toWgs84(cells.get(i))));
            }
            byAgency.put(agency, areas);
        });
        return new StationAreas(byAgency);
    }

    private static Map<String, List<Station>> grouped(List<Station> stations) {
        Map<String, List<Station>> grouped = new LinkedHashMap<>();
        stations.forEach(s -> grouped.computeIfAbsent(s.agency(), a -> new ArrayList<>()).add(s));
        return grouped;
    }

    /**
     * The areas by road: per agency, the part of the network each station reaches first (one multi-source search
     * from all the agency's stations), as the union of the Voronoi cells of those junctions, clipped to the service
     * area; outside the ground the network's junctions cover, the straight-line Voronoi cells.
     */
    public static StationAreas byRoad(List<Station> stations, Geometry serviceArea, MetricProjection projection,
                                      RoadNetwork roads) {
        Geometry metricArea = projection.toMetric(serviceArea);
        Map<String, List<StationArea>> byAgency = new LinkedHashMap<>();
        grouped(stations).forEach((agency, own) -> {
            List<Geometry> straight = voronoiCells(own, metricArea, projection);
            RoadAreas.Regions road = RoadAreas.firstReached(own.stream().map(Station::position).toList(), roads,
                    projection);
            List<StationArea> areas = new ArrayList<>();
            for (int i = 0; i < own.size(); i++) {
                Geometry area = road.regions().get(i).intersection(metricArea)
                        .union(straight.get(i).difference(road.covered()));
                areas.add(new StationArea(own.get(i), projection.toWgs84(area)));
            }
            byAgency.put(agency, areas);
        });
        return new StationAreas(byAgency);
    }

    /** The station of the agency whose first-due area holds the point, or empty (outside, or no such agency). */
    public Optional<Station> firstDue(String agency, GeoPoint point) {
        AreaIndex<StationArea> index = indexByAgency.get(agency);
        return index == null ? Optional.empty() : index.locate(point).map(StationArea::station);
    }

    /** The agency's areas, in the order its stations were given. */
    public List<StationArea> areas(String agency) {
        return byAgency.getOrDefault(agency, List.of());
    }

    /** All areas, agency by agency. */
    public List<StationArea> all() {
        return byAgency.values().stream().flatMap(List::stream).toList();
    }

    /** Each station's Voronoi cell clipped to the area, in the grid, in the order of the stations. */
    private static List<Geometry> voronoiCells(List<Station> stations, Geometry metricArea, MetricProjection proj) {
        GeometryFactory factory = metricArea.getFactory();
        Map<Coordinate, Station> bySite = new HashMap<>();
        for (Station station : stations) {
            bySite.put(proj.toMetric(station.position()), station);
        }
        Envelope clip = new Envelope(metricArea.getEnvelopeInternal());
        bySite.keySet().forEach(clip::expandToInclude);
        clip.expandBy(10_000);
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(new ArrayList<>(bySite.keySet()));
        builder.setClipEnvelope(clip);
        Geometry cells = builder.getDiagram(factory);
        Map<Station, Geometry> areaOf = new HashMap<>();
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            Geometry cell = cells.getGeometryN(i);
            Station station = bySite.get((Coordinate) cell.getUserData());
            areaOf.put(station, cell.intersection(metricArea));
        }
        List<Geometry> areas = new ArrayList<>();
        for (Station station : stations) {
            Geometry area = areaOf.get(station);
            areas.add(area == null ? factory.createPolygon() : area);
        }
        return areas;
    }
}
