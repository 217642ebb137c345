package org.sanhe.dispatch.runtime.clock;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.FireTimer;
import org.sanhe.dispatch.runtime.sequencer.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds due timers back to the core as {@link FireTimer} commands from the actor {@code system:timer}. Runs its own
 * thread once {@link #start()}ed; tests call {@link #fireDue()} instead with a settable clock.
 */
public final class TimerAgent implements AutoCloseable {

    public static final Actor TIMER = Actor.system("timer");
    private static final Logger LOG = LoggerFactory.getLogger(TimerAgent.class);
    private static final long MAX_WAIT_MILLIS = 1_000;

    private final TimerSchedule schedule;
    private final CommandGateway gateway;
    private final EpochClock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private volatile boolean running;
    private Thread thread;

    public TimerAgent(TimerSchedule schedule, CommandGateway gateway, EpochClock clock) {
        this.schedule = schedule;
        this.gateway = gateway;
        this.clock = clock;
        schedule.whenEarlier(this::wake);
    }

    /** Submits a FireTimer for every timer due now; returns how many. */
    public int fireDue() {
        int fired = 0;
        for (long id : schedule.takeDue(clock.millis())) {
            gateway.submit(TIMER, new FireTimer(id));
            fired++;
        }
        return fired;
    }

    public void start() {
        running = true;
        thread = new Thread(this::run, "sanhe-timers");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            try {
                fireDue();
                long wait = Math.min(MAX_WAIT_MILLIS, Math.max(1, schedule.nextDue() - clock.millis()));
                lock.lock();
                try {
                    changed.await(wait, TimeUnit.MILLISECONDS);
                } finally {
                    lock.unlock();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("timer agent: could not fire due timers", e);
            }
        }
    }

    private void wake() {
        if (lock.tryLock()) {
            try {
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
