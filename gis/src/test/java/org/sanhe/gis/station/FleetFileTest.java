package org.sanhe.gis.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.projection.Gcj02;

class FleetFileTest {

    private static final DistrictMap XIAN = DistrictMap.fromClasspath("/xian/districts.geojson", Datum.WGS84);
    private static final Fleet FLEET = Fleet.demo();

    @Test
    void aboutSixtyPoliceTwentyFiveTrafficAndThirtyFireUnits() {
        Map<String, Long> perAgency = FLEET.units().stream()
                .collect(Collectors.groupingBy(StationUnit::agency, Collectors.counting()));

        assertThat(perAgency).containsOnly(Map.entry("police", 60L), Map.entry("traffic", 25L),
                Map.entry("fire", 30L));
        assertThat(FLEET.units()).map(StationUnit::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[PTF]-\\d{4}"));
    }

    @Test
    void everyDistrictHasAStationOfEachAgency() {
        for (String agency : Set.of("police", "traffic", "fire")) {
            assertThat(FLEET.stationsOf(agency)).map(s -> XIAN.codeAt(s.position())).as(agency)
                    .containsAll(XIAN.districts().stream().map(d -> d.code()).toList());
        }
    }

    @Test
    void unitsLiveAtTheirStationWithTheirAgencysCapabilities() {
        Map<String, Station> stations = FLEET.stations().stream()
                .collect(Collectors.toMap(Station::id, Function.identity()));
        Map<String, Set<String>> allowed = Map.of("police", Set.of("patrol", "k9", "swat"),
                "traffic", Set.of("motorcycle", "tow"), "fire", Set.of("pumper", "ladder", "rescue", "hazmat"));

        assertThat(FLEET.units()).allSatisfy(u -> {
            Station home = stations.get(u.station());
            assertThat(home).as(u.id()).isNotNull();
            assertThat(home.agency()).isEqualTo(u.agency());
            assertThat(u.home()).isEqualTo(home.position());
            assertThat(u.capabilities()).isNotEmpty().isSubsetOf(allowed.get(u.agency()));
        });
    }

    @Test
    void theCommittedFileIsWhatTheSeededGeneratorWritesAndSaysItIsSynthetic() throws IOException {
        Fleet generated = DemoFleetGenerator.generate(XIAN, DemoFleetGenerator.SEED);
        try (InputStream in = Fleet.class.getClassLoader().getResourceAsStream(Fleet.DEMO_RESOURCE)) {
            String committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(committed).isEqualTo(FleetFile.write(generated, DemoFleetGenerator.NOTE))
                    .contains("Synthetic demo data, not real station locations");
        }
        assertThat(FleetFile.read(new ByteArrayInputStream(FleetFile.write(generated, "x")
                .getBytes(StandardCharsets.UTF_8)), "again")).isEqualTo(FLEET);
    }

    @Test
    void aGcj02FileIsConvertedToWgs84Once() {
        GeoPoint wgs = new GeoPoint(34.2610, 108.9420);
        GeoPoint gcj = Gcj02.fromWgs84(wgs);
        Fleet fleet = read("datum: gcj02\nstations:\n  - { id: S1, agency: fire, lat: " + gcj.lat() + ", lon: "
                + gcj.lon() + " }\nunits:\n  - { id: U1, agency: fire, station: S1 }\n");
        assertThat(fleet.stations().get(0).position().metersTo(wgs)).isLessThan(0.5);
        assertThat(fleet.units().get(0).home()).isEqualTo(fleet.stations().get(0).position());
        assertThat(fleet.units().get(0).callSign()).isEqualTo("U1");
    }

    @Test
    void everyProblemOfABadFileIsNamedWithItsEntryAndNothingIsTaken() {
        String bad = """
                stations:
                  - { id: S1, agency: fire, lat: 34.2, lon: 108.9 }
                  - { id: S1, agency: fire, lat: 34.2, lon: 108.9 }
                  - { id: S2, lat: 34.2, lon: 108.9 }
                  - { id: S3, agency: police, lat: 95, lon: 108.9 }
                units:
                  - { id: U1, agency: fire, station: S9 }
                  - { agency: fire, station: S1 }
                """;
        assertThatThrownBy(() -> read(bad)).isInstanceOf(InvalidFleetException.class)
                .hasMessageContaining("test.yaml: stations[1] (S1): id appears twice")
                .hasMessageContaining("stations[2] (S2): agency is required")
                .hasMessageContaining("stations[3] (S3): latitude must be between -90 and 90")
                .hasMessageContaining("units[0] (U1): station S9 is not in the file's stations")
                .hasMessageContaining("units[1]: id is required");
        assertThatThrownBy(() -> read("datum: bd09\n")).hasMessageContaining("datum must be wgs84 or gcj02");
        assertThatThrownBy(() -> read("- just\n- a list\n")).hasMessageContaining("expected a map");
        assertThatThrownBy(() -> read("stations: {")).hasMessageContaining("test.yaml: not YAML");
    }

    private static Fleet read(String yaml) {
        return FleetFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }
}
