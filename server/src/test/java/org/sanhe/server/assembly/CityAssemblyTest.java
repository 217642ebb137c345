package org.sanhe.server.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.gis.district.District;
import org.sanhe.server.config.ConfigLoader;
import org.sanhe.telephony.simulator.PointSupplier;

/**
 * The server's geography follows the configured city, not the demo's: a start with the synthetic example city
 * (near 52 N 5 E) has its districts, their grid and simulator callers inside them. (Its stations come with the fleet,
 * which this start still takes from the demo.)
 */
class CityAssemblyTest {

    @TempDir
    Path dir;

    @Test
    void theGeographyIsTheConfiguredCitys() throws IOException {
        try (InputStream in = CityAssemblyTest.class.getResourceAsStream("/example-city/districts.geojson")) {
            Files.copy(in, dir.resolve("districts.geojson"));
        }
        Path file = dir.resolve("centre.yaml");
        Files.writeString(file, """
                city: { name: 示例市, districts: districts.geojson, datum: wgs84 }
                fleet: { file: "classpath:example-city/fleet.yaml" }
                server: { port: 0 }
                journal: { dir: "%s", snapshotDir: "%s" }
                demoFleet: { drive: false }
                telephony:
                  simulator: { port: 0, callsPerMinute: 1 }
                """.formatted(dir.resolve("journal"), dir.resolve("snapshots")));

        try (ServerAssembly server = ServerAssembly.start(ConfigLoader.load(file, Map.of()), EpochClock.system())) {
            assertThat(server.districts().districts()).extracting(District::code)
                    .containsExactly("101", "102", "103", "104");
            assertThat(server.config().city().projection().crs()).isEqualTo("3-degree transverse Mercator, CM 6E");
            PointSupplier callers = server.simulator().options().generator().area();
            SplittableRandom random = new SplittableRandom(1);
            for (int i = 0; i < 200; i++) {
                GeoPoint caller = callers.next(random);
                assertThat(server.districts().codeAt(caller)).as("%s", caller).isNotNull();
            }
            assertThat(server.stations().areas().firstDue("fire", new GeoPoint(52.05, 4.90)).orElseThrow().id())
                    .as("the first-due areas are the city's own stations'").isEqualTo("FS-1");
        }
    }
}
