package org.sanhe.console.core;

import io.micrometer.core.instrument.Timer;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.sanhe.console.auth.Role;
import org.sanhe.console.auth.UserAccount;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.model.ReadModel;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.event.CommandRejected;
import org.sanhe.dispatch.domain.user.User;
import org.sanhe.dispatch.runtime.CoreHost;
import org.sanhe.dispatch.runtime.sequencer.Outcome;

/**
 * The routes' way to the centre: commands go to the core, reads come from the console's {@link ReadModel}. The
 * runtime completes its futures on the core thread; every future returned here continues on the request's event loop
 * instead, so nothing of the console runs on the core. A write answers from the model once the model holds the
 * command ({@link #write}), so its author reads it at once; a read waits until the model holds what the core had
 * applied when it arrived ({@link #current}).
 */
public final class CoreAccess {

    private final CoreHost runtime;
    private final ReadModel model;
    private final Timer latency;

    /** @param latency records each command's time from submission to its outcome */
    public CoreAccess(CoreHost runtime, ReadModel model, Timer latency) {
        this.runtime = runtime;
        this.model = model;
        this.latency = latency;
    }

    /** Whether the journal refused the last command it was given, from the console or any other submitter. */
    public boolean journalFailing() {
        return runtime.journalRefusing();
    }

    /** This server's place in its cluster, or empty for the embedded single node. */
    public Optional<CoreHost.Membership> membership() {
        return runtime.membership();
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
     * Submits the command, then completes (on the request's event loop) once the read model holds it: what the
     * route reads from the model afterwards includes the command's effects.
     */
    public CompletableFuture<Outcome> write(ApiRequest request, Command command) {
        return submit(request, command).thenCompose(outcome -> model.reached(outcome.sequence(), request.executor())
                .thenApply(reached -> outcome));
    }

    /**
     * The read model, once it holds every command the core had applied when the request arrived (at once, on the
     * caller's thread, when it already does; else on the request's event loop).
     */
    public CompletableFuture<ReadModel> current(ApiRequest request) {
        return model.current(request.executor()).thenApply(current -> model);
    }

    /** The read model as it is, without waiting (for the audit routes' bounds and the health check). */
    public ReadModel model() {
        return model;
    }

    /**
     * The account of a user of the centre, as the read model has it once it holds what the core had applied, or
     * null. Blocks: call it from the login executor, never on an event loop.
     */
    public UserAccount account(String username) {
        model.current(Runnable::run).join();
        User user = model.user(username);
        if (user == null) {
            return null;
        }
        Set<Role> roles = user.roles().stream().map(Role::parse).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return roles.isEmpty() ? null : new UserAccount(user.username(), user.passwordHash(), roles);
    }
}
