package org.sanhe.console.auth;

import java.util.Objects;
import java.util.Set;

/**
 * A person who may sign in to the console.
 *
 * @param username     the name they sign in with; it becomes the actor of every command they give
 * @param passwordHash as made by {@link PasswordHash#create(char[])}
 * @param roles        at least one
 */
public record UserAccount(String username, String passwordHash, Set<Role> roles) {

    public UserAccount {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username is required");
        }
        Objects.requireNonNull(passwordHash, "passwordHash");
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("user " + username + " has no role");
        }
    }

    public boolean allows(Permission permission) {
        return roles.stream().anyMatch(r -> r.allows(permission));
    }
}
