package org.sanhe.server.assembly;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.sanhe.dispatch.publish.Delivery;
import org.sanhe.dispatch.publish.Missed;
import org.sanhe.dispatch.publish.Published;
import org.sanhe.dispatch.publish.Subscription;
import org.sanhe.dispatch.runtime.DispatchRuntime;
import org.sanhe.gis.tracking.TrackedUnit;
import org.sanhe.gis.tracking.UnitLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link UnitLocator} in step with the core on its own {@code unit-tracking} thread: it subscribes, loads
 * every unit as the core holds it (through {@link DispatchRuntime#read}, which also gives the sequence it stands at),
 * then applies the events of every later command. Should the subscription overflow it loads the units again.
 */
final class UnitTrackingAgent implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UnitTrackingAgent.class);
    private static final int CAPACITY = 1 << 16;

    private final DispatchRuntime runtime;
    private final UnitLocator locator;
    private final Subscription subscription;
    private final Thread thread;
    private final Object progress = new Object();
    private volatile boolean running = true;
    private volatile long loadedAt;
    private long seenThrough;

    UnitTrackingAgent(DispatchRuntime runtime, UnitLocator locator) {
        this.runtime = runtime;
        this.locator = locator;
        this.subscription = runtime.subscribe("unit-tracking", CAPACITY);
        load();
        this.thread = new Thread(this::run, "unit-tracking");
        thread.setDaemon(true);
        thread.start();
    }

    private void load() {
        record Loaded(long sequence, List<TrackedUnit> units) {
        }
        CompletableFuture<Loaded> read = runtime.read(centre -> new Loaded(centre.lastSequence(),
                centre.units().all().stream().map(u -> new TrackedUnit(u.id(), u.callSign(), u.agency(),
                        u.capabilities(), u.station(), u.status(), u.position(), u.positionAt())).toList()));
        Loaded loaded = read.join();
        loaded.units().forEach(locator::upsert);
        loadedAt = loaded.sequence();
    }

    private void run() {
        while (running) {
            try {
                Delivery delivery = subscription.poll(200, TimeUnit.MILLISECONDS);
                if (delivery instanceof Published p) {
                    if (p.sequence() > loadedAt) {
                        p.events().forEach(event -> locator.apply(event, p.timestamp()));
                    }
                    seen(p.sequence());
                } else if (delivery instanceof Missed m) {
                    LOG.warn("unit tracking missed commands from {}; reloading the units", m.fromSequence());
                    load();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("unit tracking failed on a delivery", e);
            }
        }
    }

    private void seen(long sequence) {
        synchronized (progress) {
            seenThrough = sequence;
            progress.notifyAll();
        }
    }

    /**
     * Waits until the tracker has taken in the command with this sequence (and every one before it). For readiness
     * checks and tests.
     *
     * @return false if the time ran out first
     */
    boolean awaitSeen(long sequence, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        synchronized (progress) {
            while (Math.max(loadedAt, seenThrough) < sequence) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                progress.wait(left / 1_000_000 + 1);
            }
            return true;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        subscription.close();
    }
}
