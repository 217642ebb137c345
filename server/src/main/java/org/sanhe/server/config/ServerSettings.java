package org.sanhe.server.config;

/**
 * Where the console API listens ({@code server:}) and how its event stream batches.
 *
 * @param host               the address to bind, e.g. {@code 127.0.0.1}
 * @param port               0..65535; 0 binds any free port (for tests)
 * @param streamLingerMicros how long the stream waits after sending before it sends again, so that what arrives
 *                           meanwhile goes out in one write per console (0: send every event at once)
 */
public record ServerSettings(String host, int port, long streamLingerMicros) {
}
