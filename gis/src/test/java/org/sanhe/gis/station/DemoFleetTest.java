package org.sanhe.gis.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.projection.Datum;

class DemoFleetTest {

    private static final DistrictMap XIAN = DistrictMap.fromClasspath("/xian/districts.geojson", Datum.WGS84);
    private static final DemoFleet FLEET = DemoFleet.loadXian();

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
    void everyStationLiesInsideItsDistrictAndEveryDistrictHasOneOfEachAgency() {
        assertThat(FLEET.stations()).allSatisfy(s -> assertThat(XIAN.codeAt(s.position())).as(s.id())
                .isEqualTo(s.district()));
        for (String agency : Set.of("police", "traffic", "fire")) {
            assertThat(FLEET.stationsOf(agency)).map(Station::district).as(agency)
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
    void theCommittedFilesAreWhatTheSeededGeneratorMakesAndSaySoThemselves() throws IOException {
        assertThat(DemoFleetGenerator.generate(XIAN, DemoFleetGenerator.SEED)).isEqualTo(FLEET);
        try (InputStream in = DemoFleet.class.getResourceAsStream("/xian/stations.json")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("Synthetic demo data, not real station locations");
        }
    }
}
