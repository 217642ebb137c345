package org.sanhe.console.session;

import org.sanhe.console.auth.Session;
import org.sanhe.console.auth.SessionEnding;
import org.sanhe.console.auth.SessionListener;
import org.sanhe.console.auth.Sessions;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.RecordSessionActivity;
import org.sanhe.dispatch.domain.user.SessionActivity;
import org.sanhe.dispatch.runtime.CoreHost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Journals sign-ins, refused sign-ins and ended sessions for the auditor as {@link RecordSessionActivity}: the
 * session's public id, never its token, and never a password. A session ended because the centre changed its user is
 * not journaled again: the command that changed the user is. Any thread; submits and does not wait.
 */
public final class SessionJournal implements SessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(SessionJournal.class);

    private final CoreHost runtime;

    public SessionJournal(CoreHost runtime) {
        this.runtime = runtime;
    }

    @Override
    public void began(Session session) {
        record(session.actor(), new RecordSessionActivity(SessionActivity.SIGNED_IN, session.user().username(),
                session.id(), session.from()));
    }

    @Override
    public void refused(String username, String from) {
        if (username == null || username.isBlank()) {
            return;
        }
        record(Sessions.CONSOLE, new RecordSessionActivity(SessionActivity.SIGN_IN_FAILED, username, null, from));
    }

    @Override
    public void ended(Session session, SessionEnding why, Actor by) {
        SessionActivity activity = switch (why) {
            case SIGNED_OUT -> SessionActivity.SIGNED_OUT;
            case REVOKED -> SessionActivity.REVOKED;
            case EXPIRED -> SessionActivity.EXPIRED;
            case USER_CHANGED -> null;
        };
        if (activity != null) {
            record(by, new RecordSessionActivity(activity, session.user().username(), session.id(), session.from()));
        }
    }

    private void record(Actor actor, RecordSessionActivity command) {
        runtime.submit(actor, command).whenComplete((outcome, failure) -> {
            if (failure != null) {
                LOG.warn("a session record could not be journaled ({} of {}): {}", command.activity(),
                        command.username(), failure.toString());
            }
        });
    }
}
