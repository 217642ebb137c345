package org.sanhe.server.config;

/**
 * One thing wrong with the configuration.
 *
 * @param key     the dotted key, e.g. {@code server.port}, or the environment variable's name
 * @param problem what is wrong, e.g. {@code must be 0..65535, was 70000}
 */
public record ConfigProblem(String key, String problem) {

    @Override
    public String toString() {
        return key + ": " + problem;
    }
}
