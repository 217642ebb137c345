package org.sanhe.server.config;

import java.util.List;

/**
 * The demo's users, one per role, all with the password {@code demo}. They exist only when {@code demo: true}, and
 * then the server listens on loopback only.
 */
public final class DemoUsers {

    /** {@code demo}, hashed once with {@link PasswordHash} (the same hash for every demo user). */
    static final String DEMO_HASH =
            "pbkdf2$600000$SgHkNka5HxadnpA7jAMq/Q==$4W5hkiUE1uOiG2zzqQVqsgd4rpGwp5MFAnlEbB2VG/0=";

    private DemoUsers() {
    }

    public static List<UserRecord> all() {
        return List.of(
                new UserRecord("calltaker", DEMO_HASH, List.of("calltaker")),
                new UserRecord("dispatcher", DEMO_HASH, List.of("dispatcher")),
                new UserRecord("auditor", DEMO_HASH, List.of("auditor")),
                new UserRecord("supervisor", DEMO_HASH, List.of("supervisor")));
    }
}
