package org.sanhe.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.console.auth.PasswordHash;
import org.sanhe.console.web.MapTiles;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.runtime.journal.Durability;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.roads.RoadSettings;
import org.sanhe.interop.eido.EidoSettings;

class ConfigLoaderTest {

    private static final String HASH = DemoUsers.DEMO_HASH;

    @TempDir
    Path dir;

    @Test
    void recordingsAreBesideTheJournalUnlessADirectoryIsSet() throws Exception {
        DispatchConfig beside = ConfigLoader.load(null, Map.of("SANHE_JOURNAL_DIR", dir.resolve("j").toString()));
        DispatchConfig set = ConfigLoader.load(file("telephony: { recording: { directory: /mnt/rec } }\n"),
                Map.of());

        assertThat(beside.telephony().recording().directoryPath()).isEqualTo(dir.resolve("recordings"));
        assertThat(set.telephony().recording().directoryPath()).isEqualTo(Path.of("/mnt/rec"));
        assertThat(set.telephony().recording().variable()).isEqualTo("MIXMONITOR_FILENAME");
    }

    @Test
    void theDefaultsAreTheDemo() {
        DispatchConfig config = ConfigLoader.load(null, Map.of());

        assertThat(config.server()).isEqualTo(ServerSettings.plain("127.0.0.1", 8080, 2_000));
        assertThat(config.journal()).isEqualTo(new JournalSettings(Path.of("./data/journal"), Durability.MAPPED,
                Path.of("./data/snapshots"), 100_000));
        assertThat(config.demo()).isTrue();
        assertThat(config.simulator().enabled()).isTrue();
        assertThat(config.simulator().callsPerMinute()).isEqualTo(20.0);
        assertThat(config.telephony().recording().variable()).isEqualTo("MIXMONITOR_FILENAME");
        assertThat(config.telephony().recording().directoryPath())
                .isEqualTo(Path.of("data/recordings").toAbsolutePath());
        assertThat(config.users()).extracting(UserRecord::username)
                .containsExactly("calltaker", "dispatcher", "auditor", "supervisor");
        assertThat(PasswordHash.verify("demo".toCharArray(), config.users().get(0).passwordHash())).isTrue();
        assertThat(config.rules().agencies()).containsExactly("police", "traffic", "fire");
        assertThat(config.rules().lines()).extracting(l -> l.code()).containsExactly("110", "122", "119");
        assertThat(config.rules().types()).extracting(t -> t.code())
                .contains("ROBBERY", "COLLISION_INJURY", "BUILDING_FIRE", "VEHICLE_FIRE");
        assertThat(config.rules().problems()).isEmpty();
        assertThat(config.telephony().context()).isEqualTo("from-pstn");
        assertThat(config.telephony().location().enabled()).isTrue();
        assertThat(config.tiles()).as("the demo map needs no tile server").isNull();
        assertThat(config.roads()).isEqualTo(new RoadSettings("classpath:xian/roads.osm.gz", Path.of("./data/roads")));
        assertThat(config.cluster().enabled()).as("the embedded single node is the default").isFalse();
        assertThat(config.cluster().members()).isEmpty();
    }

    @Test
    void theClusterDemoNodesAreThreeMembersOfOneClusterWithTheirOwnPortsAndDirectories() {
        List<DispatchConfig> nodes = List.of(0, 1, 2).stream().map(i -> ConfigLoader.load(
                Path.of("../config/cluster-demo/node-" + i + ".yaml"), Map.of())).toList();
        for (int i = 0; i < nodes.size(); i++) {
            DispatchConfig node = nodes.get(i);
            assertThat(node.cluster().enabled()).isTrue();
            assertThat(node.cluster().memberId()).isEqualTo(i);
            assertThat(node.cluster().members()).isEqualTo(nodes.get(0).cluster().members()).hasSize(3);
            assertThat(node.server().port()).isEqualTo(8081 + i);
            assertThat(node.simulator().enabled()).as("one PBX simulator for the three").isFalse();
        }
        assertThat(nodes.stream().map(n -> n.journal().dir())).doesNotHaveDuplicates();
        assertThat(nodes.stream().map(n -> n.cluster().dir())).doesNotHaveDuplicates();
        assertThat(nodes.stream().map(n -> n.cluster().aeronDir())).doesNotHaveDuplicates();
        assertThat(nodes.stream().map(n -> n.roads().cacheDir())).doesNotHaveDuplicates();
    }

    @Test
    void clusterMembersAreCheckedKeyByKey() throws IOException {
        String three = "members: [ { id: 0, host: 127.0.0.1, basePort: 20000 }, { id: 1, host: 127.0.0.1, basePort:"
                + " 20010 }, { id: 2, host: 127.0.0.1, basePort: 20020 } ]";
        ClusterSettings listed = ConfigLoader.load(file("cluster: { memberId: 2, " + three + " }\n"), Map.of())
                .cluster();
        assertThat(listed.members()).extracting(m -> m.endpoint(4)).containsExactly("127.0.0.1:20004",
                "127.0.0.1:20014", "127.0.0.1:20024");
        assertThat(listed.options(Path.of("j"), "/dev/shm/x").self().basePort()).isEqualTo(20020);
        assertThat(listed.leaderHeartbeatTimeout()).hasSeconds(3);

        ClusterSettings enabled = ConfigLoader.load(file("cluster: { enabled: true, memberId: 1, dir: data/c1, "
                + three + " }\n"), Map.of()).cluster();
        assertThat(enabled.enabled()).isTrue();
        assertThat(enabled.aeronDir()).contains("sanhe-aeron-1-")
                .isNotEqualTo(listed.aeronDir()).isNotEqualTo(new ClusterSettings(true, 1, enabled.members(),
                        Path.of("data/c2"), enabled.leaderHeartbeatTimeout(), enabled.electionTimeout()).aeronDir());
        assertProblem(file("cluster: { memberId: 5, " + three + " }\n"),
                "cluster.memberId: 5 is not the id of any of cluster.members");
        assertProblem(file("cluster: { members: [ { id: 0, host: a, basePort: 20000 }, { id: 0, host: b, basePort:"
                + " 20000 }, { id: 2, host: a, basePort: 20003 } ] }\n"), "cluster.members[1].id: member id 0 is"
                + " listed twice");
        assertProblem(file("cluster: { members: [ { id: 0, host: a, basePort: 20000 }, { id: 1, host: b, basePort:"
                + " 20000 }, { id: 2, host: a, basePort: 20003 } ] }\n"), "cluster.members[2].basePort: ports"
                + " 20003..20007 overlap member 0's on a");
        assertProblem(file("cluster: { members: [ { id: 0, host: a, basePort: 70000 } ] }\n"),
                "cluster.members[0].basePort: must be a whole number 1..65531, was '70000'");
        assertProblem(file("cluster: { members: [ { id: 0, host: a, port: 1 } ] }\n"),
                "cluster.members[0].port: unknown key");
        assertProblem(file("cluster: { members: [ { id: 0, host: a, basePort: 1 }, { id: 1, host: a, basePort: 9 }"
                + " ] }\n"), "cluster.members: needs an odd number of members");
        assertProblem(Map.of("SANHE_CLUSTER_ELECTIONTIMEOUTMILLIS", "5000"),
                "cluster.electionTimeoutMillis: must be below cluster.leaderHeartbeatTimeoutMillis (3000), was 5000");
        assertProblem(Map.of("SANHE_CLUSTER_ENABLED", "maybe"), "cluster.enabled: must be true or false");
    }

    @Test
    void roadsAreAFileOrNone() throws IOException {
        Path osm = Files.writeString(dir.resolve("city.osm.pbf"), "not read here");
        DispatchConfig config = ConfigLoader.load(file("gis: { roads: { file: \"" + osm + "\", cacheDir: /tmp/c } }\n"),
                Map.of());
        assertThat(config.roads()).isEqualTo(new RoadSettings(osm.toString(), Path.of("/tmp/c")));
        assertThat(ConfigLoader.load(null, Map.of("SANHE_GIS_ROADS_FILE", "")).roads()).isNull();
        assertThat(ConfigLoader.load(file("gis: { roads: { file: null } }\n"), Map.of()).roads()).isNull();
    }

    @Test
    void aMissingOrMisnamedRoadFileIsRefusedByItsKey() throws IOException {
        Path missing = dir.resolve("gone.osm.pbf");
        assertProblem(file("gis: { roads: { file: \"" + missing + "\" } }\n"),
                "gis.roads.file: no readable file " + missing);
        assertProblem(file("gis: { roads: { file: \"" + dir.resolve("roads.shp") + "\" } }\n"),
                "gis.roads.file: must be an OpenStreetMap file");
        assertProblem(file("gis: { roads: { file: classpath:nowhere/roads.osm.gz } }\n"),
                "gis.roads.file: no nowhere/roads.osm.gz on the classpath");
        assertProblem(file("gis: { road: {} }\n"), "gis.road");
    }

    @Test
    void aTileServerIsConfiguredWithItsDatum() throws IOException {
        DispatchConfig config = ConfigLoader.load(file("""
                map:
                  tiles: { url: "https://t{s}.tiles.example.cn/{z}/{x}/{y}.png", datum: gcj02, attribution: "© X" }
                """), Map.of());

        assertThat(config.tiles()).isEqualTo(new MapTiles("https://t{s}.tiles.example.cn/{z}/{x}/{y}.png",
                Datum.GCJ02, "© X", 18));
    }

    @Test
    void eidoHasTheDemoDefaultsAndItsTypesMustBeOurs() throws IOException {
        assertThat(ConfigLoader.load(null, Map.of()).eido()).isEqualTo(new EidoSettings("sanhe.local", Map.of(),
                "DISTURBANCE", new GeoPoint(34.2610, 108.9420)));
        DispatchConfig config = ConfigLoader.load(file("""
                eido: { centreId: 110.xian.example, types: { structure-fire: BUILDING_FIRE } }
                """), Map.of());
        assertThat(config.eido().types()).isEqualTo(Map.of("structure-fire", "BUILDING_FIRE"));
        assertThat(config.eido().centreId()).isEqualTo("110.xian.example");
        assertProblem(file("eido: { types: { fire: NO_SUCH } }\n"),
                "eido.types.fire: no incident type NO_SUCH in rules.incidentTypes");
        assertProblem(file("eido: { defaultType: NO_SUCH }\n"),
                "eido.defaultType: no incident type NO_SUCH in rules.incidentTypes");
        assertProblem(file("eido: { fallbackLocation: { lat: 95, lon: 108 } }\n"),
                "eido.fallbackLocation.lat: must be -90.0..90.0, was 95.0");
    }

    @Test
    void aBadTileServerNamesItsKey() throws IOException {
        assertProblem(file("map: { tiles: { url: \"https://t.example/{z}/{x}.png\", datum: gcj02 } }\n"),
                "map.tiles.url: the tile URL must contain {z}, {x} and {y}");
        assertProblem(file("map: { tiles: { url: \"file:///tiles/{z}/{x}/{y}.png\", datum: wgs84 } }\n"),
                "map.tiles.url: the tile URL must be http or https");
        assertProblem(file("map: { tiles: { url: \"https://t.example/{z}/{x}/{y}.png\" } }\n"),
                "map.tiles.datum: is required");
        assertProblem(file("map: { tiles: { url: \"https://t.example/{z}/{x}/{y}.png\", datum: bd09 } }\n"),
                "map.tiles.datum: must be wgs84 or gcj02");
        assertProblem(file("map: { tiles: { url: \"https://t.example/{z}/{x}/{y}.png\", datum: wgs84, "
                + "maxZoom: 30 } }\n"), "map.tiles.maxZoom: must be 1..22, was 30");
        assertProblem(file("map: { tiles: \"https://t.example/{z}/{x}/{y}.png\" }\n"),
                "map.tiles: must be null or { url, datum, attribution, maxZoom }");
        assertProblem(file("map: { tiles: { url: \"https://t.example/{z}/{x}/{y}.png\", datum: wgs84, "
                + "zoom: 3 } }\n"), "map.tiles.zoom: unknown key");
    }

    @Test
    void anOverlayKeepsTheKeysItDoesNotSet() throws IOException {
        DispatchConfig config = ConfigLoader.load(file("server: { port: 9000 }\njournal: { durability: fsync }\n"),
                Map.of());

        assertThat(config.server()).isEqualTo(ServerSettings.plain("127.0.0.1", 9000, 2_000));
        assertThat(config.journal().durability()).isEqualTo(Durability.FSYNC);
        assertThat(config.journal().dir()).isEqualTo(Path.of("./data/journal"));
        assertThat(config.rules().types()).hasSizeGreaterThan(5);
    }

    @Test
    void environmentVariablesOverrideSingleKeys() throws IOException {
        DispatchConfig config = ConfigLoader.load(file("server: { port: 9000 }\n"), Map.of(
                "SANHE_SERVER_PORT", "9090", "SANHE_JOURNAL_SNAPSHOTEVERY", "50",
                "SANHE_TELEPHONY_SIMULATOR_ENABLED", "false", "SANHE_TELEPHONY_AMI_PORT", "5039", "PATH", "/bin"));

        assertThat(config.server().port()).isEqualTo(9090);
        assertThat(config.journal().snapshotEvery()).isEqualTo(50);
        assertThat(config.simulator().enabled()).isFalse();
        assertThat(config.telephony().ami().port()).isEqualTo(5039);
    }

    @Test
    void eachBadValueNamesItsKey() throws IOException {
        assertProblem(Map.of("SANHE_SERVER_PORT", "70000"), "server.port: must be 0..65535, was 70000");
        assertProblem(Map.of("SANHE_SERVER_PORT", "eighty"), "server.port: must be a whole number");
        assertProblem(Map.of("SANHE_JOURNAL_DURABILITY", "sometimes"),
                "journal.durability: must be mapped or fsync, was 'sometimes'");
        assertProblem(Map.of("SANHE_DEMO", "yes"), "demo: must be true or false, was 'yes'");
        assertProblem(Map.of("SANHE_TELEPHONY_SIMULATOR_CALLSPERMINUTE", "-1"),
                "telephony.simulator.callsPerMinute: must be 0.0..60000.0, was -1.0");
        assertProblem(Map.of("SANHE_NO_SUCH_KEY", "1"), "SANHE_NO_SUCH_KEY: names no configuration key");
        assertProblem(file("jurnal: { dir: x }\n"), "jurnal: unknown key");
        assertProblem(file("telephony: { ami: { usernme: x } }\n"), "telephony.ami.usernme: unknown key");
        assertProblem(file("telephony: { ami: { username: \"\" } }\n"),
                "telephony.ami: telephony.ami.username is required");
        assertProblem(file("rules: { lines: [ { code: \"120\", agency: ambulance } ] }\n"),
                "rules: line 120 names unknown agency ambulance");
        assertProblem(file("rules: { incidentTypes: [ { code: X, plan: [ { agency: police, cnt: 1 } ] } ] }\n"),
                "rules.incidentTypes[0].plan[0].cnt: unknown key");
        assertProblem(file("users: [ { username: a, passwordHash: secret, roles: [dispatcher] } ]\n"),
                "users[0].passwordHash: must be pbkdf2$iterations$saltBase64$hashBase64");
    }

    @Test
    void theDemoFleetIsAFileInsideTheJarAndAFleetFileIsCheckedWholeBeforeTheStart() throws IOException {
        assertThat(ConfigLoader.load(null, Map.of()).fleet().stations()).hasSize(57);
        assertThat(ConfigLoader.load(file("fleet: { file: null }\n"), Map.of()).fleet()).isNull();
        Path missing = dir.resolve("nowhere.yaml");
        assertProblem(file("fleet: { file: \"" + missing + "\" }\n"), "fleet.file: " + missing + ": cannot be read");
        Path bad = file("stations: [ { id: S1, agency: fire, lat: 34.2, lon: 108.9 } ]\n"
                + "units: [ { id: U1, agency: fire, station: S2 } ]\n");
        assertProblem(file("fleet: { file: \"" + bad + "\" }\n"),
                "fleet.file: " + bad + ": units[0] (U1): station S2 is not in the file's stations");
        Path ambulance = file("stations: [ { id: S1, agency: ambulance, lat: 34.2, lon: 108.9 } ]\n");
        assertProblem(file("fleet: { file: \"" + ambulance + "\" }\n"), "fleet.file: " + ambulance
                + ": station S1: agency ambulance is not in rules.agencies");
        Path elsewhere = file("stations: [ { id: S1, agency: fire, lat: 34.27, lon: 108.95 },"
                + " { id: S2, agency: fire, lat: 52.0, lon: 5.0 } ]\n");
        assertProblem(file("fleet: { file: \"" + elsewhere + "\" }\n"), "fleet.file: " + elsewhere
                + ": station S2 at 52.0, 5.0 is outside every district of classpath:xian/districts.geojson");
        assertProblem(Map.of("SANHE_CITY_DISTRICTS", "classpath:example-city/districts.geojson"),
                "fleet.file: classpath:xian/fleet.yaml: none of its 57 stations is in a district of "
                        + "classpath:example-city/districts.geojson: set fleet.file to this city's fleet");
        assertProblem(Map.of("SANHE_FLEET_FILE", "classpath:no/such.yaml"),
                "fleet.file: classpath:no/such.yaml: cannot be read: no such resource in the server jar");
    }

    @Test
    void demoRefusesToListenBeyondLoopback() throws IOException {
        assertProblem(file("server: { host: 0.0.0.0 }\n"), "server.host: demo: true (demo users with the password "
                + "demo) allows loopback only, was 0.0.0.0");
        DispatchConfig config = ConfigLoader.load(file("""
                server: { host: 0.0.0.0, tls: insecure }
                demo: false
                users: [ { username: chen, passwordHash: "%s", roles: [dispatcher] } ]
                """.formatted(HASH)), Map.of());
        assertThat(config.users()).extracting(UserRecord::username).containsExactly("chen");
    }

    @Test
    void beyondLoopbackTheServerNeedsTlsOrAnExplicitInsecure() throws IOException {
        String users = "demo: false\nusers: [ { username: chen, passwordHash: \"" + HASH
                + "\", roles: [dispatcher] } ]\n";
        assertProblem(file("server: { host: 0.0.0.0 }\n" + users), "server.tls: server.host 0.0.0.0 is not loopback");
        DispatchConfig insecure = ConfigLoader.load(file("server: { host: 0.0.0.0, tls: insecure }\n" + users),
                Map.of());
        assertThat(insecure.server().insecure()).isTrue();
        assertThat(insecure.server().tls()).isNull();
        assertProblem(file("server: { tls: yes }\n"),
                "server.tls: must be null, insecure or { certificate, privateKey }");
        Path missing = dir.resolve("none.pem");
        assertProblem(file("server: { tls: { certificate: \"" + missing + "\", privateKey: \"" + missing
                + "\" } }\n"), "server.tls.certificate: cannot read " + missing);
        Path garbage = file("not a certificate\n");
        assertProblem(file("server: { tls: { certificate: \"" + garbage + "\", privateKey: \"" + garbage
                + "\" } }\n"), "server.tls: cannot use " + garbage);
        assertProblem(file("server: { tls: { certificate: x.pem } }\n"), "server.tls.privateKey: is required");
    }

    @Test
    void sessionLifetimesHaveBounds() throws IOException {
        assertProblem(Map.of("SANHE_SERVER_SESSIONIDLEMILLIS", "10"),
                "server.sessionIdleMillis: must be 60000..604800000, was 10");
        DispatchConfig config = ConfigLoader.load(file("server: { sessionIdleMillis: 600000 }\n"), Map.of());
        assertThat(config.server().sessionIdleMillis()).isEqualTo(600_000);
        assertThat(config.server().sessionLifetimeMillis()).isEqualTo(ServerSettings.DEFAULT_LIFETIME_MILLIS);
    }

    @Test
    void withoutDemoUsersAreRequired() throws IOException {
        assertProblem(file("demo: false\n"), "users: at least one user is required when demo is false");
    }

    @Test
    void aHashMadeByTheToolMatchesItsPasswordOnly() {
        String hash = PasswordHash.create("correct horse".toCharArray());

        assertThat(PasswordHash.problem(hash)).isNull();
        assertThat(PasswordHash.verify("correct horse".toCharArray(), hash)).isTrue();
        assertThat(PasswordHash.verify("wrong".toCharArray(), hash)).isFalse();
    }

    private Path file(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "dispatch", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static void assertProblem(Map<String, String> env, String expected) {
        assertThatThrownBy(() -> ConfigLoader.load(null, env)).isInstanceOf(InvalidConfigException.class)
                .satisfies(e -> assertThat(problems(e)).anySatisfy(p -> assertThat(p).startsWith(expected)));
    }

    private static void assertProblem(Path file, String expected) {
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of())).isInstanceOf(InvalidConfigException.class)
                .satisfies(e -> assertThat(problems(e)).anySatisfy(p -> assertThat(p).startsWith(expected)));
    }

    private static List<String> problems(Throwable e) {
        return ((InvalidConfigException) e).problems().stream().map(ConfigProblem::toString).toList();
    }
}
