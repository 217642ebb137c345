package org.sanhe.console.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Finds the route of a method and path. Immutable, shared by every event loop. */
public final class Router {

    private final List<Route> routes;

    public Router(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public List<Route> routes() {
        return routes;
    }

    /** A route and its path variables. */
    public record Match(Route route, Map<String, String> variables) {
    }

    /**
     * The route serving the request.
     *
     * @throws ApiError 404 when no route has the path, 405 (with the allowed methods) when none has the method
     */
    public Match match(String method, String path) {
        List<String> segments = List.of(path.substring(path.startsWith("/") ? 1 : 0).split("/", -1));
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Map<String, String> variables = route.match(segments);
            if (variables == null) {
                continue;
            }
            if (route.method().equals(method)) {
                return new Match(route, variables);
            }
            allowed.add(route.method());
        }
        if (allowed.isEmpty()) {
            throw ApiError.notFound("no such resource: " + path);
        }
        throw new ApiError(405, "METHOD_NOT_ALLOWED", method + " is not allowed here; allowed: "
                + String.join(", ", new ArrayList<>(allowed)), null);
    }
}
