package org.sanhe.telephony.stubs;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.event.CommandRejected;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.runtime.sequencer.CommandGateway;
import org.sanhe.dispatch.runtime.sequencer.JournalWriteException;
import org.sanhe.dispatch.runtime.sequencer.Outcome;

/**
 * A {@link CommandGateway} whose futures the test completes itself, in any order and with any outcome: the sequencer
 * with its core thread under the test's control.
 */
public final class DeferredGateway implements CommandGateway {

    /** One submitted command and the future the test completes. */
    public record Pending(Command command, CompletableFuture<Outcome> future) {
    }

    private final List<Pending> submitted = new CopyOnWriteArrayList<>();
    private volatile Function<Command, Outcome> answer;

    @Override
    public CompletableFuture<Outcome> submit(Actor actor, Command command) {
        CompletableFuture<Outcome> future = new CompletableFuture<>();
        submitted.add(new Pending(command, future));
        Function<Command, Outcome> now = answer;
        if (now != null) {
            try {
                future.complete(now.apply(command));
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
            }
        }
        return future;
    }

    /**
     * From now on, completes every new submission at once with {@code answer}'s outcome, or exceptionally with what
     * it throws; null to defer again.
     */
    public void answerAtOnce(Function<Command, Outcome> answer) {
        this.answer = answer;
    }

    /** An accepted outcome with no events. */
    public static Outcome accepted() {
        return new Outcome(1, 0, List.of());
    }

    /** A rejection, as the core gives it. */
    public static Outcome rejected(RejectReason reason) {
        return new Outcome(1, 0, List.of(new CommandRejected("Command", reason, reason.name())));
    }

    /** The failure of a command the journal refused (its disk is full). */
    public static JournalWriteException journalFull() {
        return new JournalWriteException("No space left on device", new IOException("No space left on device"));
    }

    /** Every submission so far, in order (a command submitted twice appears twice). */
    public List<Pending> submitted() {
        return List.copyOf(submitted);
    }

    public Pending last() {
        return submitted.get(submitted.size() - 1);
    }
}
