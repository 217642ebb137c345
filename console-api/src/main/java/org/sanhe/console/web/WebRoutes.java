package org.sanhe.console.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Envelope;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Route;
import org.sanhe.gis.district.DistrictMap;

/**
 * {@code GET /api/v1/map} (the city's name, the bounds and centre of its districts, and the map's tile server, if
 * configured), {@code GET /} (the console's page),
 * {@code GET /console/{file...}} (its scripts, styles and vendored files) and
 * {@code GET /webjars/{library}/{file...}} (a front-end library from its WebJar, without the version in the path:
 * the version on the classpath, named by the WebJar's {@code pom.properties}, is the one served). Public: the files
 * hold no data; every datum comes from the API with a token.
 *
 * <p>Files are read from the classpath once and kept; only files that exist are kept. A path segment that is not a
 * plain file name (e.g. {@code ..}) is a 404. The first read of a file happens on the event loop: it is a jar entry
 * of at most a few hundred kilobytes.
 */
public final class WebRoutes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONSOLE = "org/sanhe/console/web/";
    private static final String WEBJARS = "META-INF/resources/webjars/";
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "png", "image/png",
            "svg", "image/svg+xml",
            "map", "application/json; charset=utf-8",
            "txt", "text/plain; charset=utf-8");

    private final ClassLoader loader = WebRoutes.class.getClassLoader();
    private final ObjectNode mapSettings;
    private final Map<String, ApiReply> files = new ConcurrentHashMap<>();
    private final Map<String, String> versions = new ConcurrentHashMap<>();

    /**
     * @param tiles     the map's tile server, or null for none
     * @param cityName  the city's name
     * @param districts the city's districts, whose bounds the map shows first
     * @param roads     whether a road network is configured (the console then draws routes)
     */
    public WebRoutes(MapTiles tiles, String cityName, DistrictMap districts, boolean roads) {
        this.mapSettings = mapSettings(tiles, cityName, districts, roads);
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/v1/map", Permission.READ,
                        "The console map's settings: the city and its bounds, the tile server if any, whether roads "
                                + "are configured",
                        request -> CompletableFuture.completedFuture(ApiReply.ok(mapSettings))),
                Route.get("/", Permission.PUBLIC, "The web console", request -> serve(CONSOLE + "index.html")),
                Route.get("/console/{file...}", Permission.PUBLIC, "The web console's scripts and styles",
                        request -> serve(CONSOLE + checked(request.variable("file")))),
                Route.get("/webjars/{library}/{file...}", Permission.PUBLIC,
                        "A front-end library from its WebJar (Leaflet, Chart.js)", this::webjar));
    }

    private static ObjectNode mapSettings(MapTiles tiles, String cityName, DistrictMap districts, boolean roads) {
        ObjectNode node = JSON.createObjectNode();
        ObjectNode city = node.putObject("city");
        city.put("name", cityName);
        Envelope bounds = districts.serviceArea().getEnvelopeInternal();
        city.putArray("bbox").add(bounds.getMinX()).add(bounds.getMinY()).add(bounds.getMaxX()).add(bounds.getMaxY());
        ObjectNode centre = city.putObject("centre");
        centre.put("lat", Math.round(districts.centre().lat() * 1e7) / 1e7);
        centre.put("lon", Math.round(districts.centre().lon() * 1e7) / 1e7);
        if (tiles == null) {
            node.putNull("tiles");
        } else {
            ObjectNode t = node.putObject("tiles");
            t.put("url", tiles.url());
            t.put("datum", tiles.datum().name().toLowerCase(Locale.ROOT));
            t.put("attribution", tiles.attribution());
            t.put("maxZoom", tiles.maxZoom());
        }
        node.put("roads", roads);
        return node;
    }

    private CompletableFuture<ApiReply> webjar(ApiRequest request) {
        String library = checked(request.variable("library"));
        String file = checked(request.variable("file"));
        String version = versions.computeIfAbsent(library, this::version);
        if (version.isEmpty()) {
            throw notFound(library);
        }
        return serve(WEBJARS + library + "/" + version + "/" + file);
    }

    /** The WebJar's version on the classpath, or "" when there is no such WebJar. */
    private String version(String library) {
        try (InputStream in = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/" + library
                + "/pom.properties")) {
            if (in == null) {
                return "";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CompletableFuture<ApiReply> serve(String resource) {
        ApiReply reply = files.get(resource);
        if (reply == null) {
            reply = read(resource);
            files.put(resource, reply);
        }
        return CompletableFuture.completedFuture(reply);
    }

    private ApiReply read(String resource) {
        String extension = resource.substring(resource.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        try (InputStream in = type == null ? null : loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw notFound(resource.substring(resource.lastIndexOf('/') + 1));
            }
            return new ApiReply(200, type, in.readAllBytes(), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path when every segment is a plain file name, else a 404 (nothing outside the served folders exists). */
    private static String checked(String path) {
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                throw notFound(path);
            }
        }
        return path;
    }

    private static ApiError notFound(String what) {
        return ApiError.notFound("no such file: " + what);
    }
}
