package org.sanhe.server.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sanhe.gis.projection.Datum;

/**
 * Typed reading of the merged configuration tree by dotted key. Every value that is missing or wrong adds a
 * {@link ConfigProblem} and yields a harmless placeholder, so that one pass reports every problem. Single-threaded.
 */
final class ConfigTree {

    static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final JsonNode root;
    private final Path baseDir;
    private final List<ConfigProblem> problems = new ArrayList<>();

    /** @param baseDir where relative data-file paths start: the {@code --config} file's directory */
    ConfigTree(JsonNode root, Path baseDir) {
        this.root = root;
        this.baseDir = baseDir;
    }

    List<ConfigProblem> problems() {
        return problems;
    }

    void problem(String key, String problem) {
        problems.add(new ConfigProblem(key, problem));
    }

    /** The node at the dotted key; a missing node when absent. */
    JsonNode at(String key) {
        JsonNode node = root;
        for (String part : key.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    /** Reports keys of the section other than the known ones (typos would otherwise be silently ignored). */
    void onlyKeys(String section, Set<String> known) {
        JsonNode node = section.isEmpty() ? root : at(section);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(section.isEmpty() ? name : section + "." + name, "unknown key; known: " + known);
            }
        }
    }

    String text(String key) {
        JsonNode node = at(key);
        if (!node.isValueNode() || node.isNull() || node.asText().isBlank()) {
            problem(key, "is required");
            return "";
        }
        return node.asText();
    }

    /** The text, or null when the key is absent, null or blank. */
    String optionalText(String key) {
        JsonNode node = at(key);
        return node.isValueNode() && !node.isNull() && !node.asText().isBlank() ? node.asText() : null;
    }

    /** The data file a key's value names ({@link DataFile}: {@code classpath:NAME} or a path from the base dir). */
    DataFile file(String value) {
        return DataFile.resolve(value, baseDir);
    }

    /** {@code wgs84} or {@code gcj02}, in any case; null (and a problem ending in {@code hint}) otherwise. */
    Datum datum(String key, String hint) {
        String text = text(key);
        try {
            return Datum.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            if (!text.isEmpty()) {
                problem(key, "must be wgs84 or gcj02" + hint + ", was '" + text + "'");
            }
            return null;
        }
    }

    long integer(String key, long min, long max) {
        JsonNode node = at(key);
        long value;
        if (node.isIntegralNumber()) {
            value = node.asLong();
        } else {
            try {
                value = Long.parseLong(node.asText().trim());
            } catch (NumberFormatException e) {
                problem(key, "must be a whole number " + min + ".." + max + ", was " + shown(node));
                return min;
            }
        }
        if (value < min || value > max) {
            problem(key, "must be " + min + ".." + max + ", was " + value);
            return min;
        }
        return value;
    }

    double decimal(String key, double min, double max) {
        JsonNode node = at(key);
        double value;
        try {
            value = node.isNumber() ? node.asDouble() : Double.parseDouble(node.asText().trim());
        } catch (NumberFormatException e) {
            problem(key, "must be a number " + min + ".." + max + ", was " + shown(node));
            return min;
        }
        if (!(value >= min && value <= max)) {
            problem(key, "must be " + min + ".." + max + ", was " + value);
            return min;
        }
        return value;
    }

    boolean bool(String key) {
        JsonNode node = at(key);
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        String text = node.asText().trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        problem(key, "must be true or false, was " + shown(node));
        return false;
    }

    /** Binds the node at the key to a record with Jackson; null (and a problem naming the exact key) on failure. */
    <T> T bind(String key, JsonNode node, Class<T> type) {
        if (node.isMissingNode() || node.isNull()) {
            problem(key, "is required");
            return null;
        }
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonMappingException e) {
            StringBuilder path = new StringBuilder(key);
            for (JsonMappingException.Reference ref : e.getPath()) {
                path.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
            }
            problem(path.toString(), e instanceof UnrecognizedPropertyException ? "unknown key" : cause(e));
            return null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            problem(key, cause(e));
            return null;
        }
    }

    private static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root instanceof JsonMappingException j ? j.getOriginalMessage() : root.getMessage();
        return message == null ? root.toString() : message.lines().findFirst().orElse(message);
    }

    private static String shown(JsonNode node) {
        return node.isMissingNode() ? "nothing" : "'" + node.asText() + "'";
    }
}
