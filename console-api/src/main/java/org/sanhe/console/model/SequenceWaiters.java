package org.sanhe.console.model;

import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Futures waiting for the read model to reach a journal sequence. {@link #await} from any thread;
 * {@link #reached} from the projector only. A future completes on the executor its waiter named (a request's event
 * loop), never on the projector's thread, so nothing a waiter does afterwards runs there (unless that executor
 * is shut down, when the server closes: then it completes where it is).
 */
final class SequenceWaiters {

    private record Waiter(long sequence, CompletableFuture<Void> future, Executor executor) {
    }

    private final PriorityQueue<Waiter> waiting = new PriorityQueue<>((a, b) -> Long.compare(a.sequence, b.sequence));
    private volatile long reached;

    long sequence() {
        return reached;
    }

    /** Completes on {@code executor} once the model holds {@code sequence}; at once when it already does. */
    CompletableFuture<Void> await(long sequence, Executor executor) {
        if (reached >= sequence) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> future = new CompletableFuture<>();
        synchronized (waiting) {
            if (reached < sequence) {
                waiting.add(new Waiter(sequence, future, executor));
                return future;
            }
        }
        return CompletableFuture.completedFuture(null);
    }

    /** Projector: the model now holds everything up to {@code sequence}. */
    void reached(long sequence) {
        reached = sequence;
        synchronized (waiting) {
            while (!waiting.isEmpty() && waiting.peek().sequence <= sequence) {
                Waiter w = waiting.poll();
                try {
                    w.executor.execute(() -> w.future.complete(null));
                } catch (RejectedExecutionException e) {
                    w.future.complete(null);
                }
            }
        }
    }
}
