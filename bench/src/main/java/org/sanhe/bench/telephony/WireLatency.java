package org.sanhe.bench.telephony;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.HdrHistogram.Histogram;
import org.sanhe.telephony.ami.AmiPacket;
import org.sanhe.telephony.simulator.WireTap;

/**
 * Remembers when the simulator wrote each event that should become a command (keyed by kind and caller Uniqueid) and
 * records, when the command shows up, the latency in microseconds. The tap runs on the simulator's thread, the
 * lookups on the adapter's (or the baseline reader's) thread.
 */
final class WireLatency implements WireTap {

    private final Map<String, Long> written = new ConcurrentHashMap<>();
    private final Histogram histogram = new Histogram(60_000_000L, 3);
    private final String context;
    private volatile long recordAfterNanos = Long.MAX_VALUE;

    WireLatency(String context) {
        this.context = context;
    }

    /** Latencies of commands whose event was written before this instant are not recorded (JIT warm-up). */
    void recordFrom(long nanoTime) {
        this.recordAfterNanos = nanoTime;
    }

    @Override
    public void written(AmiPacket event, long nanoTime) {
        String key = keyOf(event);
        if (key != null) {
            written.put(key, nanoTime);
        }
    }

    /** The key of an event that becomes a command, or null. */
    String keyOf(AmiPacket event) {
        String name = event.eventName();
        String uniqueid = event.get("Uniqueid");
        if (name == null || uniqueid == null) {
            return null;
        }
        return switch (name) {
            case "QueueCallerJoin" -> "offer:" + uniqueid;
            case "AgentConnect" -> "answer:" + uniqueid;
            case "QueueCallerAbandon" -> "abandon:" + uniqueid;
            case "Hangup" -> uniqueid.equals(event.get("Linkedid")) && context.equals(event.get("Context"))
                    ? "end:" + uniqueid : null;
            default -> null;
        };
    }

    /** The command for {@code key} arrived now. */
    void arrived(String key) {
        long now = System.nanoTime();
        Long at = written.remove(key);
        if (at != null && at >= recordAfterNanos) {
            synchronized (histogram) {
                histogram.recordValue(Math.min(histogram.getHighestTrackableValue(), Math.max(0, (now - at) / 1000)));
            }
        }
    }

    Histogram histogram() {
        synchronized (histogram) {
            return histogram.copy();
        }
    }
}
