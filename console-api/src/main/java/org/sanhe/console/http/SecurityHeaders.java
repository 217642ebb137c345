package org.sanhe.console.http;

import io.netty.handler.codec.http.HttpHeaders;

/**
 * The browser-hardening headers on every response the console gives (pages, scripts, API replies, errors).
 *
 * <p>The Content-Security-Policy allows scripts from this server only (no inline script, no {@code eval}), and
 * connections (fetch, the WebSocket stream) to it; images also from the map's tile server and {@code data:} URIs.
 * Style elements and style sheets come from this server only, but style <em>attributes</em> are allowed
 * ({@code style-src-attr 'unsafe-inline'}): the console's templates colour badges and dots with {@code style="..."}
 * and Leaflet's marker HTML does the same. An injected style attribute cannot run code; it could at worst change
 * the page's look. Audio plays only from {@code blob:} URLs ({@code media-src blob:}): the console fetches a call's
 * recording with its bearer token and hands the bytes to the {@code <audio>} element, since an element's {@code src}
 * cannot carry an Authorization header and a token in a URL would end up in logs and histories.
 * {@code frame-ancestors 'none'} forbids framing (click-jacking). HSTS is sent only under TLS:
 * over plain HTTP a browser ignores it, and it would lock out a site that later turns TLS off.
 *
 * <p>Immutable and thread-safe.
 */
public final class SecurityHeaders {

    private static final String HSTS = "max-age=31536000";

    private final String policy;
    private final boolean tls;

    /**
     * @param imageSource an extra source of images (the tile server's), or null
     * @param tls         whether the server speaks TLS
     */
    public SecurityHeaders(String imageSource, boolean tls) {
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
                + "img-src 'self' data:" + (imageSource == null ? "" : " " + imageSource) + "; "
                + "media-src blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors 'none'";
        this.tls = tls;
    }

    /** The Content-Security-Policy sent. */
    public String policy() {
        return policy;
    }

    /** Sets the headers on a response about to be written. */
    public void apply(HttpHeaders headers) {
        headers.set("Content-Security-Policy", policy);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        if (tls) {
            headers.set("Strict-Transport-Security", HSTS);
        }
    }
}
