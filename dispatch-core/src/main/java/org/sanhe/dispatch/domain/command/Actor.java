package org.sanhe.dispatch.domain.command;

import java.util.Objects;

/**
 * Who issued a command: a signed-in user, or a system source such as the PBX, a vehicle terminal or the timer wheel.
 *
 * @param kind user or system
 * @param id   the user name or the system source's name
 */
public record Actor(Kind kind, String id) {

    /** The two kinds of actor. */
    public enum Kind { USER, SYSTEM }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Fields.text(id, "actor id");
    }

    public static Actor user(String username) {
        return new Actor(Kind.USER, username);
    }

    public static Actor system(String source) {
        return new Actor(Kind.SYSTEM, source);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
