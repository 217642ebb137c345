package org.sanhe.telephony.simulator;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wall-clock time for the demo and the benchmarks: tasks run on one daemon thread, {@code pbx-sim-clock}. A task that
 * throws is logged and does not stop the others.
 */
public final class RealTimeScheduler implements SimScheduler, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RealTimeScheduler.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pbx-sim-clock");
        t.setDaemon(true);
        return t;
    });

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }

    @Override
    public void schedule(long delayMillis, Runnable task) {
        if (executor.isShutdown()) {
            return;
        }
        executor.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("simulator task failed", e);
            }
        }, Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
