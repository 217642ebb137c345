package org.sanhe.server.config;

/**
 * Where the console API listens ({@code server:}).
 *
 * @param host the address to bind, e.g. {@code 127.0.0.1}
 * @param port 0..65535; 0 binds any free port (for tests)
 */
public record ServerSettings(String host, int port) {
}
