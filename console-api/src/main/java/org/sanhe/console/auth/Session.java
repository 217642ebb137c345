package org.sanhe.console.auth;

import org.sanhe.dispatch.command.Actor;

/**
 * A signed-in user's bearer token.
 *
 * @param expiresAt epoch milliseconds
 */
public record Session(String token, UserAccount user, long expiresAt) {

    public Actor actor() {
        return Actor.user(user.username());
    }
}
