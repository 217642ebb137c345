package org.sanhe.console.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.sanhe.console.core.Views;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.JsonInput;
import org.sanhe.console.http.Route;

/**
 * {@code POST /api/v1/sessions}. The user is looked up among the centre's journaled users; the password check (PBKDF2, deliberately slow) runs on the login executor, one
 * check at a time, never on an event loop; an unknown user costs the same check against a dummy hash so that
 * timing does not tell which names exist.
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
        return List.of(Route.post("/api/v1/sessions", Permission.PUBLIC, "Sign in; returns a bearer token",
                this::signIn));
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
        return CompletableFuture.supplyAsync(() -> check(username, password), loginExecutor)
                .thenApplyAsync(this::reply, request.executor());
    }

    private Session check(String username, String password) {
        if (throttle.retryAfterMillis(username) > 0) {
            throw new ApiError(429, "TOO_MANY_ATTEMPTS", "too many failed sign-ins; try again later", null);
        }
        UserAccount user = core.account(username);
        boolean ok = PasswordHash.verify(password.toCharArray(), user == null ? DUMMY_HASH : user.passwordHash());
        if (!ok || user == null) {
            throttle.failed(username);
            throw new ApiError(401, "BAD_CREDENTIALS", "unknown user name or wrong password", null);
        }
        throttle.succeeded(username);
        return sessions.issue(user);
    }

    private ApiReply reply(Session session) {
        ObjectNode node = Views.NODES.objectNode();
        node.put("token", session.token());
        node.put("username", session.user().username());
        var roles = node.putArray("roles");
        session.user().roles().stream().map(Role::code).sorted().forEach(roles::add);
        Views.putTime(node, "expiresAt", session.expiresAt());
        return ApiReply.json(201, node);
    }
}
