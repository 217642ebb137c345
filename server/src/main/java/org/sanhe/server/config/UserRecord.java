package org.sanhe.server.config;

import java.util.List;

/**
 * A console user as configured ({@code users:}). The console API decides how it is checked; the server only passes
 * the records on.
 *
 * @param username     the sign-in name
 * @param passwordHash {@code pbkdf2$iterations$saltBase64$hashBase64} (see {@link PasswordHash})
 * @param roles        role names, e.g. {@code calltaker}, {@code dispatcher}, {@code auditor}, {@code supervisor}
 */
public record UserRecord(String username, String passwordHash, List<String> roles) {

    public UserRecord {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
