package org.sanhe.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the configuration: the defaults ({@code config/dispatch.yaml}, on the classpath as {@value #DEFAULTS}), a
 * user's file overlaid on them, then the environment. Called once at start-up by the CLI (or a test).
 *
 * <p>Overlay: maps merge key by key, so a file that sets only {@code server.port} keeps every other default; a list
 * or a value replaces the default's. Environment: {@code SANHE_} followed by the key's parts joined by {@code _},
 * matched without regard to case, e.g. {@code SANHE_SERVER_PORT} for {@code server.port},
 * {@code SANHE_JOURNAL_SNAPSHOTEVERY} for {@code journal.snapshotEvery}, {@code SANHE_TELEPHONY_SIMULATOR_ENABLED}
 * for {@code telephony.simulator.enabled}. Only single values that the defaults hold can be set this way.
 *
 * <p>Data files that keys name ({@code city.districts}) are {@code classpath:NAME} or a path, a relative one taken
 * from the directory of {@code userFile} (the working directory without one): see {@link DataFile}.
 */
public final class ConfigLoader {

    /** Classpath location of the defaults. */
    public static final String DEFAULTS = "/dispatch.yaml";

    /** Prefix of the environment variables that override keys. */
    public static final String ENV_PREFIX = "SANHE_";

    private ConfigLoader() {
    }

    /**
     * The configuration from the defaults, {@code userFile} (null for none) and {@code environment}.
     *
     * @throws InvalidConfigException listing every problem found
     */
    public static DispatchConfig load(Path userFile, Map<String, String> environment) {
        List<ConfigProblem> problems = new ArrayList<>();
        ObjectNode tree = defaults();
        if (userFile != null) {
            JsonNode overlay = read(userFile, problems);
            if (overlay != null) {
                merge(tree, overlay);
            }
        }
        applyEnvironment(tree, environment, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        Path baseDir = userFile == null ? Path.of("") : userFile.toAbsolutePath().getParent();
        return ConfigReader.read(new ConfigTree(tree, baseDir));
    }

    /** The defaults' tree, read afresh. */
    public static ObjectNode defaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is not on the classpath");
            }
            return (ObjectNode) ConfigTree.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deep merge: objects merge key by key; anything else in {@code overlay} replaces what {@code base} holds. */
    static void merge(ObjectNode base, JsonNode overlay) {
        for (Iterator<Map.Entry<String, JsonNode>> it = overlay.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode existing = base.get(field.getKey());
            if (existing instanceof ObjectNode object && field.getValue().isObject()) {
                merge(object, field.getValue());
            } else {
                base.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }

    private static JsonNode read(Path file, List<ConfigProblem> problems) {
        try {
            JsonNode node = ConfigTree.MAPPER.readTree(Files.readString(file));
            if (node == null || node.isMissingNode() || node.isNull()) {
                return null;
            }
            if (!node.isObject()) {
                problems.add(new ConfigProblem(file.toString(), "must hold a YAML map of keys"));
                return null;
            }
            return node;
        } catch (IOException e) {
            problems.add(new ConfigProblem(file.toString(), "cannot be read: " + e.getMessage().lines()
                    .findFirst().orElse("")));
            return null;
        }
    }

    private static void applyEnvironment(ObjectNode tree, Map<String, String> environment,
                                         List<ConfigProblem> problems) {
        for (Map.Entry<String, String> variable : new TreeMap<>(environment).entrySet()) {
            String name = variable.getKey();
            if (!name.startsWith(ENV_PREFIX)) {
                continue;
            }
            String[] parts = name.substring(ENV_PREFIX.length()).split("_");
            ObjectNode parent = null;
            String field = null;
            JsonNode node = tree;
            for (String part : parts) {
                field = node instanceof ObjectNode object ? fieldNamed(object, part) : null;
                if (field == null) {
                    parent = null;
                    break;
                }
                parent = (ObjectNode) node;
                node = node.get(field);
            }
            if (parent == null) {
                problems.add(new ConfigProblem(name, "names no configuration key"));
            } else if (node.isContainerNode()) {
                problems.add(new ConfigProblem(name, "names a section or list; set it in a --config file"));
            } else {
                parent.set(field, TextNode.valueOf(variable.getValue()));
            }
        }
    }

    private static String fieldNamed(ObjectNode object, String part) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.equalsIgnoreCase(part)) {
                return name;
            }
        }
        return null;
    }
}
