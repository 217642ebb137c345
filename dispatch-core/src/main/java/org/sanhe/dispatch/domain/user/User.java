package org.sanhe.dispatch.domain.user;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A user of the console, as the centre knows it. Immutable. The password hash is the server's secret: events and
 * views never carry it.
 *
 * @param username       the sign-in name
 * @param roles          role codes, sorted and distinct (the console decides what each may do)
 * @param passwordHash   the hash sign-in checks against: the configured one, or the one a supervisor reset to
 * @param configuredHash the hash the configuration last gave, so that a restart with the same configuration keeps a
 *                       reset password, and a new hash in the configuration replaces it
 */
public record User(String username, List<String> roles, String passwordHash, String configuredHash) {

    public User {
        Objects.requireNonNull(username, "username");
        roles = List.copyOf(new TreeSet<>(roles));
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(configuredHash, "configuredHash");
    }

    /** This user with a new password hash. */
    public User withPassword(String hash) {
        return new User(username, roles, hash, configuredHash);
    }
}
