package org.sanhe.server.config;

import org.sanhe.console.ConsoleTls;

/**
 * Where the console API listens ({@code server:}), how its event stream batches, how long its sessions last and
 * whether it speaks TLS.
 *
 * @param host                  the address to bind, e.g. {@code 127.0.0.1}
 * @param port                  0..65535; 0 binds any free port (for tests)
 * @param streamLingerMicros    how long the stream waits after sending before it sends again, so that what arrives
 *                              meanwhile goes out in one write per console (0: send every event at once)
 * @param sessionLifetimeMillis a session ends this long after its sign-in, however busy
 * @param sessionIdleMillis     a session ends when it makes no request for this long
 * @param tls                   the certificate and key for HTTPS and WSS ({@code server.tls}), or null
 * @param insecure              {@code server.tls: insecure}: plain HTTP on a non-loopback address, by choice
 */
public record ServerSettings(String host, int port, long streamLingerMicros, long sessionLifetimeMillis,
                             long sessionIdleMillis, ConsoleTls tls, boolean insecure) {

    /** The defaults' lifetimes: a shift of 8 hours, and 30 minutes idle. */
    public static final long DEFAULT_LIFETIME_MILLIS = 8 * 3_600_000L;
    public static final long DEFAULT_IDLE_MILLIS = 30 * 60_000L;

    /** Plain HTTP with the default session lifetimes (for tests and loopback). */
    public static ServerSettings plain(String host, int port, long streamLingerMicros) {
        return new ServerSettings(host, port, streamLingerMicros, DEFAULT_LIFETIME_MILLIS, DEFAULT_IDLE_MILLIS, null,
                false);
    }

    /** {@code https} or {@code http}, for the start-up log. */
    public String scheme() {
        return tls == null ? "http" : "https";
    }
}
