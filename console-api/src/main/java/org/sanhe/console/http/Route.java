package org.sanhe.console.http;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanhe.console.auth.Permission;

/**
 * One served path and method, the permission it needs and its handler. Path templates name variables in braces,
 * e.g. {@code /api/v1/incidents/{id}}; a last variable written {@code {name...}} takes the rest of the path, one
 * segment or more, joined by {@code /} (e.g. {@code /console/{file...}}).
 */
public record Route(String method, String template, Permission permission, String summary, RouteHandler handler) {

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(handler, "handler");
    }

    public static Route get(String template, Permission permission, String summary, RouteHandler handler) {
        return new Route("GET", template, permission, summary, handler);
    }

    public static Route post(String template, Permission permission, String summary, RouteHandler handler) {
        return new Route("POST", template, permission, summary, handler);
    }

    public static Route patch(String template, Permission permission, String summary, RouteHandler handler) {
        return new Route("PATCH", template, permission, summary, handler);
    }

    public static Route delete(String template, Permission permission, String summary, RouteHandler handler) {
        return new Route("DELETE", template, permission, summary, handler);
    }

    List<String> segments() {
        return List.of(template.substring(1).split("/"));
    }

    /** The path variables when the path fits the template, else null. */
    Map<String, String> match(List<String> pathSegments) {
        List<String> mine = segments();
        String last = mine.get(mine.size() - 1);
        boolean rest = last.startsWith("{") && last.endsWith("...}");
        if (rest ? pathSegments.size() < mine.size() : mine.size() != pathSegments.size()) {
            return null;
        }
        Map<String, String> variables = new java.util.LinkedHashMap<>();
        for (int i = 0; i < mine.size(); i++) {
            String want = mine.get(i);
            String have = pathSegments.get(i);
            if (rest && i == mine.size() - 1) {
                String tail = String.join("/", pathSegments.subList(i, pathSegments.size()));
                if (tail.isEmpty()) {
                    return null;
                }
                variables.put(want.substring(1, want.length() - 4), tail);
            } else if (want.startsWith("{") && want.endsWith("}")) {
                if (have.isEmpty()) {
                    return null;
                }
                variables.put(want.substring(1, want.length() - 1), have);
            } else if (!want.equals(have)) {
                return null;
            }
        }
        return variables;
    }
}
