package org.sanhe.dispatch.domain.command;

import java.util.Objects;

/** An immutable {@link Stamped}: used by tests, replay and anything that keeps commands. */
public record StampedCommand(long sequence, long timestamp, Actor actor, Command command) implements Stamped {

    public StampedCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
    }
}
