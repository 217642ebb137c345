package org.sanhe.console.auth;

import org.sanhe.dispatch.domain.command.Actor;

/**
 * A signed-in user's session. The token is the bearer credential; the id names the session where a name is needed
 * (the supervisor's list, the journal, revocation) and is not a credential. {@link #toString()} leaves the token out,
 * so that no log line can carry it.
 *
 * @param id        a short random id, independent of the token
 * @param token     the bearer token: 256 random bits
 * @param from      the client's address as the server saw it
 * @param since     when it began, epoch milliseconds
 * @param expiresAt the end of its absolute lifetime, epoch milliseconds (the idle timeout may end it earlier)
 */
public record Session(String id, String token, UserAccount user, String from, long since, long expiresAt) {

    public Actor actor() {
        return Actor.user(user.username());
    }

    @Override
    public String toString() {
        return "Session[id=" + id + ", user=" + user.username() + ", from=" + from + "]";
    }
}
