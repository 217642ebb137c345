package org.sanhe.console.user;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.sanhe.console.auth.PasswordHash;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Route;
import org.sanhe.dispatch.domain.command.ResetPassword;

/**
 * The centre's users, for a supervisor: who may sign in and with which roles ({@code GET /api/v1/users}), and a
 * password reset ({@code POST /api/v1/users/{username}/password}), journaled with the supervisor as its actor. The
 * new password is hashed here (PBKDF2, on the login executor, never on an event loop); neither it nor any hash ever
 * leaves the server. The user's open sessions end at once.
 */
public final class UserRoutes {

    /** The shortest password a reset accepts. */
    public static final int MIN_PASSWORD = 8;

    private final CoreAccess core;
    private final Executor hashExecutor;

    /** @param hashExecutor where the deliberately slow hashing runs (the login executor) */
    public UserRoutes(CoreAccess core, Executor hashExecutor) {
        this.core = core;
        this.hashExecutor = hashExecutor;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/v1/users", Permission.MANAGE_CENTRE, "The users and their roles", this::list),
                Route.post("/api/v1/users/{username}/password", Permission.MANAGE_CENTRE,
                        "Reset a user's password", this::resetPassword));
    }

    private CompletableFuture<ApiReply> list(ApiRequest request) {
        return core.current(request).thenApply(model -> ApiReply.ok(model.users().stream()
                .map(user -> new UserView(user.username(), user.roles())).toList()));
    }

    /** A user as a supervisor sees it: no hash. */
    private record UserView(String username, List<String> roles) {
    }

    private CompletableFuture<ApiReply> resetPassword(ApiRequest request) {
        String username = request.variable("username");
        String password = request.json().text("password");
        if (password.length() < MIN_PASSWORD) {
            throw ApiError.badField("password", "password must have at least " + MIN_PASSWORD + " characters");
        }
        return CompletableFuture.supplyAsync(() -> PasswordHash.create(password.toCharArray()), hashExecutor)
                .thenCompose(hash -> core.submit(request, new ResetPassword(username, hash)))
                .thenApply(o -> ApiReply.noContent());
    }
}
