package org.sanhe.server.config;

import java.util.List;
import java.util.stream.Collectors;

/** The configuration cannot be used; the message lists every problem, one per line. */
public final class InvalidConfigException extends RuntimeException {

    private final List<ConfigProblem> problems;

    public InvalidConfigException(List<ConfigProblem> problems) {
        super("invalid configuration:\n  " + problems.stream().map(ConfigProblem::toString)
                .collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
