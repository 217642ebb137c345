package org.sanhe.interop.eido;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks a document beside NENA's schema and lists the keys the schema does not name; see
 * {@link EidoSchema#unnamedKeys}. The schema is read as a plain YAML tree, so its data keys {@code $id} and
 * {@code $ref} under {@code properties} are names, never keywords. Immutable after construction.
 */
final class SchemaKeys {

    static final SchemaKeys INSTANCE = new SchemaKeys();

    private final JsonNode root;

    private SchemaKeys() {
        try (InputStream in = SchemaKeys.class.getClassLoader().getResourceAsStream(EidoSchema.DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(EidoSchema.DOCUMENT + " is not on the classpath");
            }
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> unnamed(JsonNode document) {
        List<String> unnamed = new ArrayList<>();
        walk(document, root.at(EidoSchema.EIDO_TYPE), "", unnamed);
        return unnamed;
    }

    private void walk(JsonNode value, JsonNode schema, String path, List<String> unnamed) {
        if (schema == null) {
            return;
        }
        if (value.isArray()) {
            JsonNode s = resolved(schema);
            JsonNode items = s == null ? null : s.get("items");
            for (int k = 0; k < value.size(); k++) {
                walk(value.get(k), items, path + "/" + k, unnamed);
            }
            return;
        }
        if (!value.isObject()) {
            return;
        }
        Map<String, JsonNode> properties = properties(schema);
        if (properties == null) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String at = path + "/" + field.getKey();
            if (!properties.containsKey(field.getKey())) {
                unnamed.add(at);
            } else {
                walk(field.getValue(), properties.get(field.getKey()), at, unnamed);
            }
        }
    }

    /** Every property the schema names through its references and {@code allOf}; null below a NIEM reference. */
    private Map<String, JsonNode> properties(JsonNode schema) {
        JsonNode s = resolved(schema);
        if (s == null) {
            return null;
        }
        Map<String, JsonNode> all = new LinkedHashMap<>();
        s.path("properties").fields().forEachRemaining(e -> all.put(e.getKey(), e.getValue()));
        for (JsonNode part : s.path("allOf")) {
            Map<String, JsonNode> more = properties(part);
            if (more == null) {
                return null;
            }
            all.putAll(more);
        }
        return all;
    }

    /** The schema with a local {@code $ref} followed; null for a reference into another file. */
    private JsonNode resolved(JsonNode schema) {
        JsonNode s = schema;
        while (s.path("$ref").isTextual()) {
            String ref = s.get("$ref").asText();
            if (!ref.startsWith("#")) {
                return null;
            }
            s = root.at(ref.substring(1));
        }
        return s;
    }
}
