package org.sanhe.console.session;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.sanhe.console.auth.LoginThrottle;
import org.sanhe.console.auth.PasswordHash;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.auth.Role;
import org.sanhe.console.auth.Session;
import org.sanhe.console.auth.Sessions;
import org.sanhe.console.auth.UserAccount;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.JsonInput;
import org.sanhe.console.http.Route;
import org.sanhe.console.json.ApiTime;

/**
 * {@code POST /api/v1/sessions} signs in. The user is looked up among the centre's journaled users; the password
 * check (PBKDF2, deliberately slow) runs on the login executor, one check at a time, never on an event loop; an
 * unknown user costs the same check against a dummy hash so that timing does not tell which names exist.
 *
 * <p>{@code DELETE /api/v1/sessions} signs out (the caller's token is revoked at once and its streams close);
 * {@code GET /api/v1/sessions} lists the live sessions for a supervisor (who, from where, since when, last seen);
 * {@code DELETE /api/v1/sessions/{id}} and {@code DELETE /api/v1/users/{username}/sessions} revoke them.
 */
public final class SessionRoutes {

    private static final String DUMMY_HASH = PasswordHash.create("not-a-password".toCharArray(), 1_000);

    private final CoreAccess core;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final Executor loginExecutor;

    /** @param core where the users are: the centre's journaled users, read at each sign-in */
    public SessionRoutes(CoreAccess core, Sessions sessions, LoginThrottle throttle, Executor loginExecutor) {
        this.core = core;
        this.sessions = sessions;
        this.throttle = throttle;
        this.loginExecutor = loginExecutor;
    }

    public List<Route> routes() {
        return List.of(
                Route.post("/api/v1/sessions", Permission.PUBLIC, "Sign in; returns a bearer token", this::signIn),
                Route.delete("/api/v1/sessions", Permission.OWN_SESSION,
                        "Sign out: the caller's token is revoked at once and its streams close", this::signOut),
                Route.get("/api/v1/sessions", Permission.MANAGE_CENTRE,
                        "The live sessions: who is signed in, from where, since when", this::list),
                Route.delete("/api/v1/sessions/{id}", Permission.MANAGE_CENTRE, "Revoke one session",
                        this::revoke),
                Route.delete("/api/v1/users/{username}/sessions", Permission.MANAGE_CENTRE,
                        "Revoke every session of a user", this::revokeAll));
    }

    private CompletableFuture<ApiReply> signOut(ApiRequest request) {
        sessions.signOut(request.session().token());
        return CompletableFuture.completedFuture(ApiReply.noContent());
    }

    /** A live session as a supervisor sees it (never its token). */
    private record SessionView(String id, String username, List<String> roles, String from,
                               @JsonSerialize(using = ApiTime.class) long since,
                               @JsonSerialize(using = ApiTime.class) long lastSeen,
                               @JsonSerialize(using = ApiTime.class) long expiresAt, boolean current) {
    }

    /** What signing in answers. */
    private record SignedIn(String token, String username, List<String> roles,
                            @JsonSerialize(using = ApiTime.class) long expiresAt) {
    }

    private record Revoked(int revoked) {
    }

    private static List<String> roles(Session session) {
        return session.user().roles().stream().map(Role::code).sorted().toList();
    }

    private CompletableFuture<ApiReply> list(ApiRequest request) {
        List<SessionView> views = sessions.list().stream().map(info -> {
            Session session = info.session();
            return new SessionView(session.id(), session.user().username(), roles(session), session.from(),
                    session.since(), info.lastSeen(), info.idleUntil(),
                    session.id().equals(request.session().id()));
        }).toList();
        return CompletableFuture.completedFuture(ApiReply.ok(views));
    }

    private CompletableFuture<ApiReply> revoke(ApiRequest request) {
        String id = request.variable("id");
        if (!sessions.revoke(id, request.actor())) {
            throw new ApiError(404, "UNKNOWN_SESSION", "no live session " + id, null);
        }
        return CompletableFuture.completedFuture(ApiReply.noContent());
    }

    private CompletableFuture<ApiReply> revokeAll(ApiRequest request) {
        int ended = sessions.revokeAll(request.variable("username"), request.actor());
        return CompletableFuture.completedFuture(ApiReply.ok(new Revoked(ended)));
    }

    private CompletableFuture<ApiReply> signIn(ApiRequest request) {
        JsonInput input = request.json();
        String username = input.text("username");
        String password = input.text("password");
        long wait = throttle.retryAfterMillis(username);
        if (wait > 0) {
            long seconds = Math.max(1, (wait + 999) / 1000);
            return CompletableFuture.completedFuture(ApiReply.error(new ApiError(429, "TOO_MANY_ATTEMPTS",
                    "too many failed sign-ins; try again in " + seconds + " s", null))
                    .withHeader("Retry-After", Long.toString(seconds)));
        }
        return CompletableFuture.supplyAsync(() -> check(username, password, request.from()), loginExecutor)
                .thenApplyAsync(this::reply, request.executor());
    }

    private Session check(String username, String password, String from) {
        if (throttle.retryAfterMillis(username) > 0) {
            throw new ApiError(429, "TOO_MANY_ATTEMPTS", "too many failed sign-ins; try again later", null);
        }
        UserAccount user = core.account(username);
        boolean ok = PasswordHash.verify(password.toCharArray(), user == null ? DUMMY_HASH : user.passwordHash());
        if (!ok || user == null) {
            throttle.failed(username);
            sessions.refused(username, from);
            throw new ApiError(401, "BAD_CREDENTIALS", "unknown user name or wrong password", null);
        }
        throttle.succeeded(username);
        return sessions.issue(user, from);
    }

    private ApiReply reply(Session session) {
        return ApiReply.json(201, new SignedIn(session.token(), session.user().username(), roles(session),
                session.expiresAt()));
    }
}
