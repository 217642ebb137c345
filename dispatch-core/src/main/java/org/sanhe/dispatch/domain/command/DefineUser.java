package org.sanhe.dispatch.domain.command;

import java.util.List;
import java.util.TreeSet;

/**
 * Adds a user of the console, or redefines one, as the configuration lists it: roles and the configured password
 * hash (which replaces a password reset since). The server journals it at start for each user whose configuration
 * differs from the journal's.
 *
 * @param roles role codes, kept sorted and distinct; at least one
 */
public record DefineUser(String username, List<String> roles, String passwordHash) implements Command {

    public DefineUser {
        Fields.text(username, "username");
        roles = List.copyOf(new TreeSet<>(roles));
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        Fields.text(passwordHash, "passwordHash");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.defineUser(this);
    }
}
