package org.sanhe.gis.layer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.incident.Disposition;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.incident.IncidentStatus;
import org.sanhe.dispatch.domain.unit.Unit;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.projection.Gcj02;
import org.sanhe.gis.projection.MetricProjection;
import org.sanhe.gis.station.Fleet;
import org.sanhe.gis.station.StationAreas;
import org.sanhe.gis.tracking.TrackedUnit;

class LayersTest {

    private static final DistrictMap XIAN = DistrictMap.fromClasspath("/xian/districts.geojson", Datum.WGS84);
    private static final Fleet FLEET = Fleet.demo();
    /** The Big Wild Goose Pagoda (大雁塔), Yanta District. */
    private static final GeoPoint PAGODA = new GeoPoint(34.2189, 108.9594);

    @Test
    void districtsAreThirteenRfc7946PolygonsWithCodesAndNames() {
        ObjectNode layer = StaticLayers.districts(XIAN, Datum.WGS84);

        assertThat(layer.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(layer.path("features")).hasSize(13);
        JsonNode beilin = layer.path("features").get(1);
        assertThat(beilin.path("id").asText()).isEqualTo("610103");
        assertThat(beilin.path("properties").path("name").asText()).isEqualTo("碑林区");
        assertThat(beilin.path("properties").path("nameEn").asText()).isEqualTo("Beilin District");
        assertThat(beilin.path("geometry").path("type").asText()).isEqualTo("Polygon");
        assertThat(Orientation.isCCW(ring(beilin.path("geometry").path("coordinates").get(0)))).isTrue();
    }

    @Test
    void gcj02IsAnExplicitOptionThatShiftsEveryCoordinate() {
        JsonNode wgs = StaticLayers.stations(FLEET.stations(), Datum.WGS84).path("features").get(0);
        JsonNode gcj = StaticLayers.stations(FLEET.stations(), Datum.GCJ02).path("features").get(0);
        GeoPoint wgsPoint = point(wgs.path("geometry").path("coordinates"));
        GeoPoint gcjPoint = point(gcj.path("geometry").path("coordinates"));

        assertThat(wgsPoint).isEqualTo(FLEET.stations().get(0).position());
        assertThat(gcjPoint.metersTo(wgsPoint)).isBetween(200.0, 800.0);
        assertThat(Gcj02.toWgs84(gcjPoint).metersTo(wgsPoint)).isLessThan(0.05);
    }

    @Test
    void stationAreasCarryTheirStation() {
        StationAreas areas = StationAreas.compute(FLEET.stations(), XIAN.serviceArea(),
                new MetricProjection("EPSG:4545"));

        ObjectNode layer = StaticLayers.stationAreas(areas, Datum.WGS84);

        assertThat(layer.path("features")).hasSize(FLEET.stations().size());
        assertThat(layer.path("features").get(0).path("properties").path("station").asText()).isEqualTo("PS-01");
    }

    @Test
    void unitsCarryStatusAndAUnitWithoutPositionHasNoGeometry() {
        ObjectNode layer = LiveLayers.units(List.of(
                new TrackedUnit("F-0301", "Engine 03-1", "fire", List.of("pumper"), "FS-03", UnitStatus.EN_ROUTE,
                        PAGODA, 5),
                new TrackedUnit("P-0101", "Patrol 01-1", "police", List.of("patrol"), "PS-01",
                        UnitStatus.AVAILABLE, null, 0)), Datum.WGS84);

        JsonNode engine = layer.path("features").get(0);
        assertThat(engine.path("properties").path("status").asText()).isEqualTo("EN_ROUTE");
        assertThat(point(engine.path("geometry").path("coordinates"))).isEqualTo(PAGODA);
        assertThat(layer.path("features").get(1).path("geometry").isNull()).isTrue();
    }

    @Test
    void coreUnitsAndOnlyOpenIncidents() {
        Unit unit = new Unit("F-0301", "Engine 03-1", "fire", List.of("pumper"), "FS-03", PAGODA, 5);
        Incident open = Incident.restore(1, 100, null, "BUILDING_FIRE", 1, PAGODA, "610113", "Yanta Road",
                IncidentStatus.OPEN, null, 0, 110, 0, 0, List.of(), List.of(), List.of("F-0301"), null, List.of(),
                List.of());
        Incident closed = Incident.restore(2, 100, null, "TRAFFIC_ACCIDENT", 2, PAGODA, "610113", null,
                IncidentStatus.CLOSED, Disposition.RESOLVED, 200, 0, 0, 0, List.of(), List.of(), List.of(), null,
                List.of(), List.of());

        ObjectNode units = LiveLayers.coreUnits(List.of(unit), Datum.WGS84);
        ObjectNode incidents = LiveLayers.incidents(List.of(open, closed), Datum.WGS84);

        assertThat(units.path("features").get(0).path("properties").path("status").asText()).isEqualTo("AVAILABLE");
        assertThat(incidents.path("features")).hasSize(1);
        JsonNode fire = incidents.path("features").get(0);
        assertThat(fire.path("id").asText()).isEqualTo("1");
        assertThat(fire.path("properties").path("district").asText()).isEqualTo("610113");
        assertThat(fire.path("properties").path("units").get(0).asText()).isEqualTo("F-0301");
    }

    private static GeoPoint point(JsonNode coordinates) {
        return new GeoPoint(coordinates.get(1).asDouble(), coordinates.get(0).asDouble());
    }

    private static Coordinate[] ring(JsonNode positions) {
        List<Coordinate> out = new ArrayList<>();
        positions.forEach(p -> out.add(new Coordinate(p.get(0).asDouble(), p.get(1).asDouble())));
        return out.toArray(Coordinate[]::new);
    }
}
