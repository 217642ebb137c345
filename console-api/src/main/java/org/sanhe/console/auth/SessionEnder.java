package org.sanhe.console.auth;

import org.sanhe.console.stream.HubListener;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.domain.event.PasswordReset;
import org.sanhe.dispatch.domain.event.UserDefined;
import org.sanhe.dispatch.domain.event.UserRemoved;
import org.sanhe.dispatch.runtime.publish.Published;

/**
 * Ends a user's sessions when the centre changes the user: removed, redefined (roles may have changed) or given a
 * new password. Their next request needs a new sign-in, with what the centre now says of them. On the hub's thread.
 */
public final class SessionEnder implements HubListener {

    private final Sessions sessions;

    public SessionEnder(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void published(Published published) {
        for (Event event : published.events()) {
            if (event instanceof UserRemoved r) {
                sessions.endAll(r.username());
            } else if (event instanceof UserDefined d) {
                sessions.endAll(d.username());
            } else if (event instanceof PasswordReset p) {
                sessions.endAll(p.username());
            }
        }
    }
}
