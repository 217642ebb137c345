package org.sanhe.console.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** A waiter completes once the model reaches its sequence, on the executor it named, and not before. */
class SequenceWaitersTest {

    /** Runs what it is given only when told to, so that the test sees where and when completions happen. */
    private static final class Queue implements Executor {
        final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            List<Runnable> now = List.copyOf(tasks);
            tasks.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void waitersCompleteInSequenceOnTheirExecutor() {
        SequenceWaiters waiters = new SequenceWaiters();
        Queue loop = new Queue();
        waiters.reached(3);
        assertThat(waiters.await(3, loop)).as("already held").isDone();

        CompletableFuture<Void> five = waiters.await(5, loop);
        CompletableFuture<Void> seven = waiters.await(7, loop);
        waiters.reached(4);
        loop.runAll();
        assertThat(five).isNotDone();

        waiters.reached(6);
        assertThat(five).as("completed on the loop, not on the projector").isNotDone();
        loop.runAll();
        assertThat(five).isDone();
        assertThat(seven).isNotDone();

        waiters.reached(7);
        loop.runAll();
        assertThat(seven).isDone();
        assertThat(waiters.sequence()).isEqualTo(7);
    }
}
