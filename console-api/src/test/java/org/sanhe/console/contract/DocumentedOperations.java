package org.sanhe.console.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The operations of an OpenAPI document, found by method and request path as the console's router finds its routes:
 * {@code {name}} takes one path segment, {@code {name...}} the rest of the path (at least one segment). Where two
 * templates match, the one with more literal segments wins. Immutable; shared by all test threads.
 */
final class DocumentedOperations {

    /** A documented operation: its path template, method and its OpenAPI object. */
    record Operation(String template, String method, JsonNode node) {

        /** The JSON pointer of the operation in the document. */
        String pointer() {
            return "/paths/" + template.replace("~", "~0").replace("/", "~1") + "/" + method;
        }
    }

    /** What a path finds: the operation of the method, or none, and whether any template has the path at all. */
    record Lookup(Operation operation, boolean pathKnown) {
    }

    private record Template(String text, List<String> segments) {
    }

    private final List<Template> templates = new ArrayList<>();
    private final JsonNode paths;

    DocumentedOperations(JsonNode document) {
        paths = document.path("paths");
        paths.fieldNames().forEachRemaining(t -> templates.add(new Template(t, segments(t))));
    }

    Lookup find(String method, String path) {
        List<String> segments = segments(path);
        Template best = null;
        boolean pathKnown = false;
        String key = method.toLowerCase(Locale.ROOT);
        for (Template template : templates) {
            if (!matches(template.segments(), segments)) {
                continue;
            }
            pathKnown = true;
            if (paths.path(template.text()).has(key) && (best == null || literals(template) > literals(best))) {
                best = template;
            }
        }
        return new Lookup(best == null ? null : new Operation(best.text(), key, paths.path(best.text()).path(key)),
                pathKnown);
    }

    private static boolean matches(List<String> template, List<String> path) {
        for (int i = 0; i < template.size(); i++) {
            String part = template.get(i);
            if (part.startsWith("{") && part.endsWith("...}")) {
                return path.size() > i;
            }
            if (i >= path.size() || !(part.startsWith("{") || part.equals(path.get(i)))) {
                return false;
            }
        }
        return template.size() == path.size();
    }

    private static long literals(Template template) {
        return template.segments().stream().filter(s -> !s.startsWith("{")).count();
    }

    private static List<String> segments(String path) {
        return List.of(path.substring(path.startsWith("/") ? 1 : 0).split("/", -1));
    }
}
