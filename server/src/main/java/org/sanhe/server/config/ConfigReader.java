package org.sanhe.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sanhe.console.ConsoleTls;
import org.sanhe.console.auth.PasswordHash;
import org.sanhe.console.auth.Role;
import org.sanhe.console.web.MapTiles;
import org.sanhe.interop.eido.EidoSettings;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.dispatch.runtime.journal.Durability;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.roads.RoadSettings;
import org.sanhe.gis.station.Fleet;
import org.sanhe.gis.station.FleetFile;
import org.sanhe.gis.station.InvalidFleetException;
import org.sanhe.telephony.config.RecordingSettings;
import org.sanhe.telephony.config.TelephonyConfig;

/** Builds the {@link DispatchConfig} from the merged tree, section by section, collecting every problem. */
final class ConfigReader {

    private final ConfigTree tree;

    private ConfigReader(ConfigTree tree) {
        this.tree = tree;
    }

    static DispatchConfig read(ConfigTree tree) {
        return new ConfigReader(tree).read();
    }

    private DispatchConfig read() {
        tree.onlyKeys("", Set.of("server", "journal", "demo", "demoFleet", "telephony", "users", "rules",
                "map", "fleet", "city", "gis", "eido", "cluster"));
        tree.onlyKeys("demoFleet", Set.of("drive"));
        ServerSettings server = server();
        JournalSettings journal = journal();
        boolean demo = tree.bool("demo");
        boolean demoDrive = tree.bool("demoFleet.drive");
        SimulatorSettings simulator = simulator();
        TelephonyConfig telephony = recordingsBesideTheJournal(telephony(), journal);
        List<UserRecord> users = users();
        var rules = RulesReader.read(tree);
        MapTiles tiles = tiles();
        CitySettings city = CityReader.read(tree);
        Fleet fleet = fleet(rules.agencies(), city);
        RoadSettings roads = RoadsReader.read(tree);
        EidoSettings eido = EidoConfigReader.read(tree, rules);
        ClusterSettings cluster = ClusterReader.read(tree);
        if (demo) {
            if (!isLoopback(server.host())) {
                tree.problem("server.host", "demo: true (demo users with the password demo) allows loopback only, was "
                        + server.host() + "; set demo: false and configure users to listen elsewhere");
            }
            Set<String> taken = new HashSet<>();
            users.forEach(u -> taken.add(u.username()));
            DemoUsers.all().stream().filter(u -> !taken.contains(u.username())).forEach(users::add);
        } else if (users.isEmpty()) {
            tree.problem("users", "at least one user is required when demo is false "
                    + "(hash a password with dispatch-server hash-password)");
        }
        if (!tree.problems().isEmpty()) {
            throw new InvalidConfigException(tree.problems());
        }
        return new DispatchConfig(server, journal, demo, demoDrive, simulator, telephony, users, rules, tiles,
                fleet, city, roads, eido, cluster);
    }

    private ServerSettings server() {
        tree.onlyKeys("server", Set.of("host", "port", "streamLingerMicros", "sessionLifetimeMillis",
                "sessionIdleMillis", "tls"));
        String host = tree.text("server.host");
        long lifetime = tree.integer("server.sessionLifetimeMillis", 60_000, 7 * 24 * 3_600_000L);
        long idle = tree.integer("server.sessionIdleMillis", 60_000, 7 * 24 * 3_600_000L);
        JsonNode tlsNode = tree.at("server.tls");
        ConsoleTls tls = null;
        boolean insecure = false;
        if (tlsNode.isTextual() && tlsNode.asText().equals("insecure")) {
            insecure = true;
        } else if (tlsNode.isObject()) {
            tls = tls();
        } else if (!tlsNode.isMissingNode() && !tlsNode.isNull()) {
            tree.problem("server.tls", "must be null, insecure or { certificate, privateKey }, was '"
                    + tlsNode.asText() + "'");
        }
        if (tls == null && !insecure && !host.isEmpty() && !isLoopback(host)) {
            tree.problem("server.tls", "server.host " + host + " is not loopback: set server.tls to { certificate, "
                    + "privateKey } (PEM files), or to insecure to serve plain HTTP on a trusted network");
        }
        return new ServerSettings(host, (int) tree.integer("server.port", 0, 65_535),
                tree.integer("server.streamLingerMicros", 0, 1_000_000), lifetime, idle, tls, insecure);
    }

    /** {@code server.tls: { certificate, privateKey }}: PEM files, read now so that a bad one stops the start. */
    private ConsoleTls tls() {
        tree.onlyKeys("server.tls", Set.of("certificate", "privateKey"));
        Path[] files = new Path[2];
        String[] keys = {"server.tls.certificate", "server.tls.privateKey"};
        boolean readable = true;
        for (int i = 0; i < 2; i++) {
            files[i] = pemFile(keys[i]);
            readable &= files[i] != null;
        }
        if (!readable) {
            return null;
        }
        ConsoleTls tls = new ConsoleTls(files[0], files[1]);
        try {
            tls.context();
        } catch (IllegalArgumentException e) {
            tree.problem("server.tls", e.getMessage());
            return null;
        }
        return tls;
    }

    /** The readable file a key names, or null (and a problem naming the key). */
    private Path pemFile(String key) {
        String value = tree.text(key);
        if (value.isEmpty()) {
            return null;
        }
        DataFile file = tree.file(value);
        if (file.path() == null) {
            tree.problem(key, "must be a file path, not a classpath resource");
            return null;
        }
        if (!Files.isReadable(file.path())) {
            tree.problem(key, "cannot read " + file);
            return null;
        }
        return file.path();
    }

    private JournalSettings journal() {
        tree.onlyKeys("journal", Set.of("dir", "durability", "snapshotDir", "snapshotEvery"));
        Path dir = Path.of(tree.text("journal.dir"));
        String durabilityText = tree.text("journal.durability");
        Durability durability = Durability.MAPPED;
        try {
            durability = Durability.valueOf(durabilityText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            tree.problem("journal.durability", "must be mapped or fsync, was '" + durabilityText + "'");
        }
        String snapshotDir = tree.optionalText("journal.snapshotDir");
        long every = tree.integer("journal.snapshotEvery", 0, Long.MAX_VALUE);
        return new JournalSettings(dir, durability, snapshotDir == null ? null : Path.of(snapshotDir), every);
    }

    /**
     * {@code fleet.file}: the centre's stations and units ({@link DataFile}: {@code classpath:NAME} for a file inside
     * the jar, such as the demo's, or a path), or null when the fleet is kept through the API alone. The whole file is
     * read and checked here, agencies against the rules and stations against the city's districts, so that a bad
     * file stops the server before anything starts.
     */
    private Fleet fleet(List<String> agencies, CitySettings city) {
        tree.onlyKeys("fleet", Set.of("file"));
        String value = tree.optionalText("fleet.file");
        if (value == null) {
            return null;
        }
        DataFile file = tree.file(value);
        Fleet fleet;
        try (InputStream in = file.open()) {
            fleet = FleetFile.read(in, file.location());
        } catch (InvalidFleetException e) {
            e.getMessage().lines().forEach(line -> tree.problem("fleet.file", line));
            return null;
        } catch (IOException e) {
            tree.problem("fleet.file", file + ": cannot be read: " + e.getMessage());
            return null;
        }
        for (Station s : fleet.stations()) {
            if (!agencies.contains(s.agency())) {
                tree.problem("fleet.file", file + ": station " + s.id() + ": agency " + s.agency()
                        + " is not in rules.agencies " + agencies);
            }
        }
        if (city != null) {
            outsideTheCity(file, fleet, city);
        }
        fleet.units().stream().filter(u -> !agencies.contains(u.agency())).forEach(u -> tree.problem("fleet.file",
                file + ": unit " + u.id() + ": agency " + u.agency() + " is not in rules.agencies " + agencies));
        return fleet;
    }

    /** Stations outside every district of the city: another city's fleet, or coordinates in the wrong datum. */
    private void outsideTheCity(DataFile file, Fleet fleet, CitySettings city) {
        List<Station> outside = fleet.stations().stream().filter(s -> city.districts().codeAt(s.position()) == null)
                .toList();
        if (!outside.isEmpty() && outside.size() == fleet.stations().size()) {
            tree.problem("fleet.file", file + ": none of its " + outside.size() + " stations is in a district of "
                    + city.file() + ": set fleet.file to this city's fleet (or null to keep it through the console)");
            return;
        }
        outside.stream().limit(CityReader.MAX_PROBLEMS_SHOWN).forEach(s -> tree.problem("fleet.file", file
                + ": station " + s.id() + " at " + s.position().lat() + ", " + s.position().lon()
                + " is outside every district of " + city.file() + " (the wrong datum?)"));
    }

    /** {@code map.tiles}: null (the default) or a tile server; its datum must be said, a wrong one shifts by ~500 m. */
    private MapTiles tiles() {
        tree.onlyKeys("map", Set.of("tiles"));
        JsonNode node = tree.at("map.tiles");
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            tree.problem("map.tiles", "must be null or { url, datum, attribution, maxZoom }");
            return null;
        }
        tree.onlyKeys("map.tiles", Set.of("url", "datum", "attribution", "maxZoom"));
        String url = tree.text("map.tiles.url");
        Datum datum = tree.datum("map.tiles.datum", " (GCJ-02 for Chinese commercial tiles)");
        int maxZoom = tree.at("map.tiles.maxZoom").isMissingNode() ? 18
                : (int) tree.integer("map.tiles.maxZoom", 1, 22);
        if (url.isEmpty() || datum == null) {
            return null;
        }
        try {
            return new MapTiles(url, datum, tree.optionalText("map.tiles.attribution"), maxZoom);
        } catch (IllegalArgumentException e) {
            tree.problem("map.tiles.url", e.getMessage());
            return null;
        }
    }

    private SimulatorSettings simulator() {
        tree.onlyKeys("telephony.simulator", Set.of("enabled", "port", "callsPerMinute", "seed"));
        return new SimulatorSettings(tree.bool("telephony.simulator.enabled"),
                (int) tree.integer("telephony.simulator.port", 0, 65_535),
                tree.decimal("telephony.simulator.callsPerMinute", 0, 60_000),
                tree.integer("telephony.simulator.seed", Long.MIN_VALUE, Long.MAX_VALUE));
    }

    private TelephonyConfig telephony() {
        ObjectNode section = tree.at("telephony").deepCopy();
        section.remove("simulator");
        return tree.bind("telephony", section, TelephonyConfig.class);
    }

    /** Without {@code telephony.recording.directory}, recordings are kept beside the journal ({@code ./data}). */
    private static TelephonyConfig recordingsBesideTheJournal(TelephonyConfig telephony, JournalSettings journal) {
        if (telephony == null || telephony.recording().directory() != null) {
            return telephony;
        }
        Path parent = journal.dir().toAbsolutePath().normalize().getParent();
        RecordingSettings r = telephony.recording();
        return telephony.withRecording(new RecordingSettings(r.variable(),
                (parent == null ? journal.dir() : parent).resolve("recordings").toString(), r.pbxDirectory()));
    }

    private List<UserRecord> users() {
        List<UserRecord> users = new ArrayList<>();
        JsonNode list = tree.at("users");
        if (!list.isArray()) {
            tree.problem("users", "must be a list of { username, passwordHash, roles }");
            return users;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String key = "users[" + i + "]";
            UserRecord user = tree.bind(key, list.get(i), UserRecord.class);
            if (user == null) {
                continue;
            }
            if (user.username() == null || user.username().isBlank()) {
                tree.problem(key + ".username", "is required");
            } else if (!names.add(user.username())) {
                tree.problem(key + ".username", "duplicate user " + user.username());
            }
            String hashProblem = PasswordHash.problem(user.passwordHash());
            if (hashProblem != null) {
                tree.problem(key + ".passwordHash", hashProblem);
            }
            if (user.roles().isEmpty()) {
                tree.problem(key + ".roles", "at least one role is required");
            }
            for (String role : user.roles()) {
                if (Role.parse(role).isEmpty()) {
                    tree.problem(key + ".roles", "unknown role " + role
                            + " (" + String.join(", ", java.util.Arrays.stream(Role.values()).map(Role::code)
                            .toList()) + ")");
                }
            }
            users.add(user);
        }
        return users;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
