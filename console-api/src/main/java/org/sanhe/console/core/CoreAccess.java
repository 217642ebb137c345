package org.sanhe.console.core;

import io.micrometer.core.instrument.Timer;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sanhe.console.auth.Role;
import org.sanhe.console.auth.UserAccount;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.event.CommandRejected;
import org.sanhe.dispatch.domain.user.User;
import org.sanhe.dispatch.runtime.DispatchRuntime;
import org.sanhe.dispatch.runtime.sequencer.Outcome;

/**
 * Submits commands and reads the centre for the routes. The runtime completes its futures on the core thread; every
 * future returned here continues on the request's event loop instead, so nothing slow runs on the core.
 */
public final class CoreAccess {

    private final DispatchRuntime runtime;
    private final Timer latency;

    /** @param latency records each command's time from submission to its outcome */
    public CoreAccess(DispatchRuntime runtime, Timer latency) {
        this.runtime = runtime;
        this.latency = latency;
    }

    /** Whether the journal refused the last command it was given, from the console or any other submitter. */
    public boolean journalFailing() {
        return runtime.journalRefusing();
    }

    /**
     * Submits the command as the request's user. Completes with the outcome when accepted; with an
     * {@link ApiError} carrying the {@code RejectReason} when the core refused it; with the runtime's
     * {@code JournalWriteException} when the journal could not be written.
     */
    public CompletableFuture<Outcome> submit(ApiRequest request, Command command) {
        long start = System.nanoTime();
        return runtime.submit(request.actor(), command).whenComplete((outcome, failure) -> {
            latency.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }).thenApplyAsync(outcome -> {
            CommandRejected rejected = outcome.rejection();
            if (rejected != null) {
                throw Rejections.toApiError(rejected);
            }
            return outcome;
        }, request.executor());
    }

    /**
     * The account of a user of the centre, as the core has it now, or null. Blocks until the core answers: call it
     * from the login executor, never on an event loop.
     */
    public UserAccount account(String username) {
        User user = runtime.read(centre -> centre.users().get(username)).join();
        if (user == null) {
            return null;
        }
        Set<Role> roles = user.roles().stream().map(Role::parse).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return roles.isEmpty() ? null : new UserAccount(user.username(), user.passwordHash(), roles);
    }

    /**
     * Runs the query on the core thread (it must copy what it needs and keep no entity) and continues on the
     * request's event loop.
     */
    public <T> CompletableFuture<T> read(ApiRequest request, Function<Centre, T> query) {
        return runtime.read(query).thenApplyAsync(Function.identity(), request.executor());
    }
}
