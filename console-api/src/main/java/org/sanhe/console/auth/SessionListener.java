package org.sanhe.console.auth;

import org.sanhe.dispatch.domain.command.Actor;

/**
 * Told by {@link Sessions} of every session that begins or ends, on the thread that caused it (the login thread, an
 * event loop, the hub or the sweep). Must not block.
 */
public interface SessionListener {

    /** A session began. Nothing by default. */
    default void began(Session session) {
    }

    /** A sign-in was refused; {@code username} is the name as typed. Nothing by default. */
    default void refused(String username, String from) {
    }

    /** A session ended; {@code by} caused it (the user, a supervisor, or the console itself for an expiry). */
    default void ended(Session session, SessionEnding why, Actor by) {
    }

    /** This listener, then the other. */
    default SessionListener andThen(SessionListener other) {
        SessionListener first = this;
        return new SessionListener() {
            @Override
            public void began(Session session) {
                first.began(session);
                other.began(session);
            }

            @Override
            public void refused(String username, String from) {
                first.refused(username, from);
                other.refused(username, from);
            }

            @Override
            public void ended(Session session, SessionEnding why, Actor by) {
                first.ended(session, why, by);
                other.ended(session, why, by);
            }
        };
    }

    /** Listens to nothing. */
    SessionListener NONE = new SessionListener() {
    };
}
