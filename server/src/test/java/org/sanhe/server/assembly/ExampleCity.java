package org.sanhe.server.assembly;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sanhe.server.config.ConfigLoader;
import org.sanhe.server.config.DispatchConfig;

/**
 * The worked example of {@code config/example-city/} (its own synthetic city, fleet file and users; on the test
 * classpath as {@code example-city/...}, shipped to other modules' tests in the server's test-jar), copied into a
 * directory as a centre keeps it (the files beside each other) and loaded with the ports, journal and call rate of a
 * test: ports of the OS's choosing, the journal and snapshots in that directory, no simulated calls of its own.
 * Stateless; call on the test's thread.
 */
public final class ExampleCity {

    /** The example's users' password (written in its {@code dispatch.yaml}; an example, never a real one). */
    public static final String PASSWORD = "example-only-1";

    private static final List<String> FILES = List.of("dispatch.yaml", "districts.geojson", "fleet.yaml");

    private ExampleCity() {
    }

    /** Copies the example into {@code dir} (again if it is there) and loads it. */
    public static DispatchConfig config(Path dir) throws IOException {
        for (String name : FILES) {
            try (InputStream in = ExampleCity.class.getResourceAsStream("/example-city/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("example-city/" + name + " is not on the test classpath");
                }
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
        return ConfigLoader.load(dir.resolve("dispatch.yaml"), Map.of(
                "SANHE_SERVER_PORT", "0",
                "SANHE_JOURNAL_DIR", dir.resolve("journal").toString(),
                "SANHE_JOURNAL_SNAPSHOTDIR", dir.resolve("snapshots").toString(),
                "SANHE_TELEPHONY_SIMULATOR_PORT", "0",
                "SANHE_TELEPHONY_SIMULATOR_CALLSPERMINUTE", "0"));
    }
}
