package org.sanhe.console.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.runtime.clock.EpochClock;

/**
 * The live sessions. Thread-safe: event loops resolve tokens while the login thread issues them and the hub ends
 * them. Tokens are 256 random bits. A session ends when its user signs out, when a supervisor revokes it, when the
 * centre changes its user, after the absolute lifetime, or after the idle timeout without a request (an open event
 * stream does not count as activity: an unattended console still times out). Expiry is found when the token is
 * next used and by {@link #sweep()}; time is the clock given, never the system's.
 */
public final class Sessions {

    /** Who ends an expired session in the journal. */
    public static final Actor CONSOLE = Actor.system("console");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Live> byToken = new ConcurrentHashMap<>();
    private final AtomicLong issued = new AtomicLong();
    private final EpochClock clock;
    private final long lifetimeMillis;
    private final long idleMillis;
    private final SessionListener listener;

    /** One session and when its token was last used. */
    private static final class Live {
        final Session session;
        /** The order of issue, to list sessions begun in the same millisecond in order. */
        final long serial;
        volatile long lastSeen;

        Live(Session session, long serial) {
            this.session = session;
            this.serial = serial;
            this.lastSeen = session.since();
        }
    }

    /** What a supervisor sees of a live session. */
    public record Info(Session session, long lastSeen, long idleUntil) {
    }

    public Sessions(EpochClock clock, Duration lifetime, Duration idleTimeout, SessionListener listener) {
        this.clock = clock;
        this.lifetimeMillis = lifetime.toMillis();
        this.idleMillis = idleTimeout.toMillis();
        this.listener = listener;
    }

    /** A new session for the user, who signed in from that address. */
    public Session issue(UserAccount user, String from) {
        long now = clock.millis();
        sweep();
        Session session = new Session(random(9), random(32), user, from, now, now + lifetimeMillis);
        byToken.put(session.token(), new Live(session, issued.incrementAndGet()));
        listener.began(session);
        return session;
    }

    /** A refused sign-in, for the listener (the journal). */
    public void refused(String username, String from) {
        listener.refused(username, from);
    }

    /** The session of a token still valid now, which counts as activity; or empty. */
    public Optional<Session> resolve(String token) {
        Live live = byToken.get(token);
        if (live == null) {
            return Optional.empty();
        }
        long now = clock.millis();
        if (expired(live, now)) {
            end(live, SessionEnding.EXPIRED, CONSOLE);
            return Optional.empty();
        }
        live.lastSeen = now;
        return Optional.of(live.session);
    }

    /** Whether the session has not ended (it may have expired without anyone noticing yet). */
    public boolean isLive(Session session) {
        Live live = byToken.get(session.token());
        return live != null && live.session == session;
    }

    /** Ends the token's session at its user's request; false when it was not live. */
    public boolean signOut(String token) {
        Live live = byToken.get(token);
        return live != null && end(live, SessionEnding.SIGNED_OUT, live.session.actor());
    }

    /** Ends the session with that id (a supervisor's act); false when there is none. */
    public boolean revoke(String id, Actor by) {
        return endWhere(s -> s.id().equals(id), SessionEnding.REVOKED, by) > 0;
    }

    /** Ends every session of the user (a supervisor's act); how many there were. */
    public int revokeAll(String username, Actor by) {
        return endWhere(s -> s.user().username().equals(username), SessionEnding.REVOKED, by);
    }

    /** Ends every session of the user at once (removed, roles changed, password reset): their tokens stop working. */
    public void endAll(String username) {
        endWhere(s -> s.user().username().equals(username), SessionEnding.USER_CHANGED, CONSOLE);
    }

    /** Ends the sessions that expired; call now and then, from any thread. */
    public void sweep() {
        long now = clock.millis();
        for (Live live : byToken.values()) {
            if (expired(live, now)) {
                end(live, SessionEnding.EXPIRED, CONSOLE);
            }
        }
    }

    /** The live sessions, in the order they began. */
    public List<Info> list() {
        sweep();
        List<Live> lives = new ArrayList<>(byToken.values());
        lives.sort(Comparator.comparingLong(live -> live.serial));
        List<Info> infos = new ArrayList<>();
        for (Live live : lives) {
            long lastSeen = live.lastSeen;
            infos.add(new Info(live.session, lastSeen, Math.min(live.session.expiresAt(), lastSeen + idleMillis)));
        }
        return infos;
    }

    private boolean expired(Live live, long now) {
        return live.session.expiresAt() <= now || now - live.lastSeen >= idleMillis;
    }

    private int endWhere(Predicate<Session> which, SessionEnding why, Actor by) {
        int ended = 0;
        for (Live live : byToken.values()) {
            if (which.test(live.session) && end(live, why, by)) {
                ended++;
            }
        }
        return ended;
    }

    /** Removes it; tells the listener once, whichever thread wins. */
    private boolean end(Live live, SessionEnding why, Actor by) {
        if (!byToken.remove(live.session.token(), live)) {
            return false;
        }
        listener.ended(live.session, why, by);
        return true;
    }

    private static String random(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
