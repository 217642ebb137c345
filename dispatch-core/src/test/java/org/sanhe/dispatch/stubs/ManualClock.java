package org.sanhe.dispatch.stubs;

import java.util.concurrent.atomic.AtomicLong;
import org.sanhe.dispatch.runtime.clock.EpochClock;

/** A clock the test sets. */
public final class ManualClock implements EpochClock {

    private final AtomicLong now;

    public ManualClock(long start) {
        now = new AtomicLong(start);
    }

    @Override
    public long millis() {
        return now.get();
    }

    public void set(long millis) {
        now.set(millis);
    }

    public void advance(long millis) {
        now.addAndGet(millis);
    }
}
