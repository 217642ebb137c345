package org.sanhe.console.web;

import java.net.URI;
import java.util.Objects;
import org.sanhe.gis.projection.Datum;

/**
 * A tile server for the console's map, for deployments that have one (the map works without: its layers are vector
 * data from this server). The console draws everything in the tiles' datum: GCJ-02 for Chinese commercial tiles,
 * WGS84 for OpenStreetMap-style tiles; positions picked on the map are turned back into WGS84 before they are sent.
 *
 * @param url         a Leaflet tile URL template with {@code {z}}, {@code {x}} and {@code {y}}, http or https
 * @param datum       the datum the tiles are drawn in
 * @param attribution the tiles' attribution, shown on the map (their licence usually requires it)
 * @param maxZoom     the deepest zoom level the server has, 1..22
 */
public record MapTiles(String url, Datum datum, String attribution, int maxZoom) {

    public MapTiles {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(datum, "datum");
        attribution = attribution == null ? "" : attribution;
        for (String placeholder : new String[] {"{z}", "{x}", "{y}"}) {
            if (!url.contains(placeholder)) {
                throw new IllegalArgumentException("the tile URL must contain {z}, {x} and {y}, was " + url);
            }
        }
        String scheme = scheme(url);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("the tile URL must be http or https, was " + url);
        }
        if (maxZoom < 1 || maxZoom > 22) {
            throw new IllegalArgumentException("maxZoom must be 1..22, was " + maxZoom);
        }
    }

    /**
     * Where the tiles come from, as a Content-Security-Policy source: {@code https://*.tile.example} for
     * {@code https://{s}.tile.example/{z}/{x}/{y}.png}; just the scheme when a placeholder sits deeper in the host.
     */
    public String cspSource() {
        int start = url.indexOf("://") + 3;
        int end = url.indexOf('/', start);
        String authority = end < 0 ? url.substring(start) : url.substring(start, end);
        String[] labels = authority.split("\\.", -1);
        if (labels[0].contains("{")) {
            labels[0] = "*";
        }
        String host = String.join(".", labels);
        return host.contains("{") ? scheme(url) + ":" : url.substring(0, start) + host;
    }

    private static String scheme(String template) {
        try {
            return URI.create(template.replace("{", "").replace("}", "")).getScheme();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the tile URL is not a URL: " + template, e);
        }
    }
}
