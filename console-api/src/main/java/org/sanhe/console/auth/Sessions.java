package org.sanhe.console.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sanhe.dispatch.time.EpochClock;

/**
 * The live bearer tokens. Thread-safe: event loops resolve tokens while the login thread issues them. Tokens are
 * 256 random bits; they expire after the configured lifetime and are forgotten when next seen expired or when
 * new ones are issued.
 */
public final class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> byToken = new ConcurrentHashMap<>();
    private final EpochClock clock;
    private final long lifetimeMillis;

    public Sessions(EpochClock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetimeMillis = lifetime.toMillis();
    }

    public Session issue(UserAccount user) {
        long now = clock.millis();
        byToken.values().removeIf(s -> s.expiresAt() <= now);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        Session session = new Session(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), user,
                now + lifetimeMillis);
        byToken.put(session.token(), session);
        return session;
    }

    /** Ends every session of the user at once (removed, roles changed, password reset): their tokens stop working. */
    public void endAll(String username) {
        byToken.values().removeIf(s -> s.user().username().equals(username));
    }

    /** The session of a token still valid now, or empty. */
    public Optional<Session> resolve(String token) {
        Session session = byToken.get(token);
        if (session == null) {
            return Optional.empty();
        }
        if (session.expiresAt() <= clock.millis()) {
            byToken.remove(token, session);
            return Optional.empty();
        }
        return Optional.of(session);
    }
}
