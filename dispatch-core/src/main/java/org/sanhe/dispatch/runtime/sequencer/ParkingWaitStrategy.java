package org.sanhe.dispatch.runtime.sequencer;

import com.lmax.disruptor.AlertException;
import com.lmax.disruptor.Sequence;
import com.lmax.disruptor.SequenceBarrier;
import com.lmax.disruptor.WaitStrategy;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The core thread's wait for commands: a {@link ReentrantLock} and {@link Condition}, as the Disruptor's own
 * {@code BlockingWaitStrategy} was before version 4 moved it to {@code synchronized}/{@code Object.wait}. With the
 * monitor, a producer's {@code notifyAll} and the woken core thread meet again on the monitor (seen BLOCKED in
 * thread dumps), which made a single command's round trip 5x slower than an {@code ArrayBlockingQueue} hand-off
 * (bench {@code RoundTripBenchmark}); a condition wakes the core thread once. The producer takes the lock only when
 * the core thread is waiting. Never spins: the machine has two cores and other work.
 */
final class ParkingWaitStrategy implements WaitStrategy {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition published = lock.newCondition();
    private volatile boolean waiting;

    @Override
    public long waitFor(long sequence, Sequence cursor, Sequence dependentSequence, SequenceBarrier barrier)
            throws AlertException, InterruptedException {
        if (cursor.get() < sequence) {
            lock.lock();
            try {
                while (cursor.get() < sequence) {
                    waiting = true;
                    if (cursor.get() >= sequence) {
                        break;
                    }
                    barrier.checkAlert();
                    published.await();
                }
            } finally {
                waiting = false;
                lock.unlock();
            }
        }
        long available;
        while ((available = dependentSequence.get()) < sequence) {
            barrier.checkAlert();
            Thread.onSpinWait();
        }
        return available;
    }

    @Override
    public void signalAllWhenBlocking() {
        if (waiting) {
            lock.lock();
            try {
                published.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }
}
