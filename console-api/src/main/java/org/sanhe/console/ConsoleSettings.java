package org.sanhe.console;

import java.time.Duration;
import java.util.Objects;
import org.sanhe.console.auth.LoginThrottling;
import org.sanhe.console.stream.StreamFanout;
import org.sanhe.console.web.MapTiles;
import org.sanhe.interop.eido.EidoSettings;

/**
 * How the console listens. Who may sign in is the centre's own journaled data (its users), not a setting.
 *
 * @param host          the address to bind, e.g. {@code 127.0.0.1}
 * @param port          the port, 0 for an ephemeral one (see {@link ConsoleServer#port()})
 * @param tokenLifetime how long a bearer token stays valid
 * @param maxBodyBytes  larger request bodies are refused with 413
 * @param throttling    how repeated failed logins are slowed down
 * @param streamLinger  how long a console's stream waits after a write before the next ({@link StreamFanout})
 * @param tiles         the map's tile server, or null for the server's vector layers alone
 * @param cityName      the city's name, shown by the console ({@code city.name}); "" for none
 * @param idleTimeout   a session without a request for this long ends (next to {@code tokenLifetime})
 * @param tls           the certificate and key to serve HTTPS and WSS with, or null for plain HTTP
 * @param eido          how the centre speaks NENA EIDO (its id, the table of partners' incident types)
 */
public record ConsoleSettings(String host, int port, Duration tokenLifetime, int maxBodyBytes,
                              LoginThrottling throttling, Duration streamLinger, MapTiles tiles, String cityName,
                              Duration idleTimeout, ConsoleTls tls, EidoSettings eido) {

    /** A session idle this long ends, by default: a console left unattended for half an hour must sign in again. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);

    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    public ConsoleSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("tokenLifetime must be positive");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        Objects.requireNonNull(throttling, "throttling");
        if (streamLinger.isNegative()) {
            throw new IllegalArgumentException("streamLinger must not be negative");
        }
        cityName = cityName == null ? "" : cityName;
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive");
        }
        eido = eido == null ? EidoSettings.defaults() : eido;
    }

    /**
     * 8-hour tokens (a shift), 30 minutes' idle timeout, 64 KiB bodies, default throttling, the stream's default
     * linger, no tile server, no city name, plain HTTP, the default EIDO settings.
     */
    public static ConsoleSettings of(String host, int port) {
        return new ConsoleSettings(host, port, Duration.ofHours(8), DEFAULT_MAX_BODY_BYTES,
                LoginThrottling.defaults(), StreamFanout.DEFAULT_LINGER, null, "", DEFAULT_IDLE_TIMEOUT, null, null);
    }

    /** The same settings with these session lifetimes: absolute and idle. */
    public ConsoleSettings withSessions(Duration lifetime, Duration idle) {
        return new ConsoleSettings(host, port, lifetime, maxBodyBytes, throttling, streamLinger, tiles, cityName, idle,
                tls, eido);
    }

    /** The same settings serving TLS with these files (null for plain HTTP). */
    public ConsoleSettings withTls(ConsoleTls files) {
        return new ConsoleSettings(host, port, tokenLifetime, maxBodyBytes, throttling, streamLinger, tiles, cityName,
                idleTimeout, files, eido);
    }

    /** The same settings with another linger of the event stream ({@link StreamFanout}). */
    public ConsoleSettings withStreamLinger(Duration linger) {
        return new ConsoleSettings(host, port, tokenLifetime, maxBodyBytes, throttling, linger, tiles, cityName,
                idleTimeout, tls, eido);
    }

    /** The same settings with this tile server (null for none). */
    public ConsoleSettings withTiles(MapTiles tiles) {
        return new ConsoleSettings(host, port, tokenLifetime, maxBodyBytes, throttling, streamLinger, tiles, cityName,
                idleTimeout, tls, eido);
    }

    /** The same settings with these EIDO settings. */
    public ConsoleSettings withEido(EidoSettings settings) {
        return new ConsoleSettings(host, port, tokenLifetime, maxBodyBytes, throttling, streamLinger, tiles, cityName,
                idleTimeout, tls, settings);
    }

    /** The same settings with this city name. */
    public ConsoleSettings withCityName(String name) {
        return new ConsoleSettings(host, port, tokenLifetime, maxBodyBytes, throttling, streamLinger, tiles, name,
                idleTimeout, tls, eido);
    }
}
