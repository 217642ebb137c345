package org.sanhe.server.config;

/**
 * Where the console API listens ({@code server:}).
 *
 * @param host the address to bind, e.g. {@code 127.0.0.1}
 * @param port 1..65535
 */
public record ServerSettings(String host, int port) {
}
