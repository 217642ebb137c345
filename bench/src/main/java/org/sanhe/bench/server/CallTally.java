package org.sanhe.bench.server;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.sanhe.bench.console.ConsoleClient;
import org.sanhe.telephony.ami.AmiPacket;
import org.sanhe.telephony.simulator.WireTap;

/**
 * Follows every call from the PBX simulator's wire to every console. As the simulator's {@link WireTap} it notes when
 * the {@code QueueCallerJoin} of each caller channel was written to the AMI socket (the event the adapter turns into
 * {@code OfferCall}); as each console's {@link ConsoleClient.Listener} it finds, in the raw frame, the command's type
 * and call id ({@code "command":{"@type":"OfferCall","callId":"pbx-…"}}) and counts offers and terminal commands
 * ({@code EndCall}, {@code AbandonCall}) per console and call. Latency is per delivery (each console's copy) and per
 * call (the last console to get it). Tap and consoles share the JVM's {@code System.nanoTime}.
 */
final class CallTally implements WireTap {

    private static final byte[] COMMAND = "\"command\":{\"@type\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CALL_ID = "\"callId\":\"".getBytes(StandardCharsets.US_ASCII);

    private final int consoles;
    private final int capacity;
    private final String callIdPrefix;
    private final Map<String, Integer> index = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicLongArray joinedAt;
    private final AtomicLongArray lastArrival;
    private final AtomicLongArray firstArrival;
    private final int[][] offers;
    private final int[][] terminals;
    private final AtomicIntegerArray cut;
    private final Histogram perDelivery = new ConcurrentHistogram(TimeUnit.SECONDS.toNanos(60), 3);
    private volatile long recordFrom = Long.MAX_VALUE;

    CallTally(int consoles, int capacity, String callIdPrefix) {
        this.consoles = consoles;
        this.capacity = capacity;
        this.callIdPrefix = callIdPrefix + "-";
        this.joinedAt = new AtomicLongArray(capacity);
        this.lastArrival = new AtomicLongArray(capacity);
        this.firstArrival = new AtomicLongArray(capacity);
        this.offers = new int[consoles][capacity];
        this.terminals = new int[consoles][capacity];
        this.cut = new AtomicIntegerArray(consoles);
    }

    /** Calls that joined their queue before {@code nanoTime} are counted but their latency is not recorded. */
    void recordFrom(long nanoTime) {
        recordFrom = nanoTime;
    }

    @Override
    public void written(AmiPacket event, long nanoTime) {
        if ("QueueCallerJoin".equals(event.eventName())) {
            String uniqueid = event.get("Uniqueid");
            if (uniqueid != null) {
                joinedAt.compareAndSet(indexOf(callIdPrefix + uniqueid), 0, nanoTime);
            }
        }
    }

    private int indexOf(String callId) {
        return index.computeIfAbsent(callId, k -> {
            int i = calls.getAndIncrement();
            if (i >= capacity) {
                throw new IllegalStateException("more than " + capacity + " calls");
            }
            return i;
        });
    }

    /** The listener of console {@code console}; each console's listener runs on one event loop. */
    ConsoleClient.Listener console(int console) {
        return new ConsoleClient.Listener() {
            private byte[] bytes = new byte[4096];

            @Override
            public void frame(ByteBuf content, long now) {
                int n = content.readableBytes();
                if (bytes.length < n) {
                    bytes = new byte[Math.max(n, 2 * bytes.length)];
                }
                content.getBytes(content.readerIndex(), bytes, 0, n);
                seen(console, bytes, n, now);
            }

            @Override
            public void cut(int statusCode) {
                cut.incrementAndGet(console);
            }
        };
    }

    private void seen(int console, byte[] bytes, int n, long now) {
        int at = indexOf(bytes, n, COMMAND, 0);
        if (at < 0) {
            return;
        }
        at += COMMAND.length;
        boolean offer = startsWith(bytes, n, at, "OfferCall\"");
        boolean terminal = startsWith(bytes, n, at, "EndCall\"") || startsWith(bytes, n, at, "AbandonCall\"");
        if (!offer && !terminal) {
            return;
        }
        int id = indexOf(bytes, n, CALL_ID, at);
        int end = id + CALL_ID.length;
        while (bytes[end] != '"') {
            end++;
        }
        int call = indexOf(new String(bytes, id + CALL_ID.length, end - id - CALL_ID.length,
                StandardCharsets.US_ASCII));
        if (terminal) {
            terminals[console][call]++;
            return;
        }
        offers[console][call]++;
        long joined = joinedAt.get(call);
        if (joined >= recordFrom) {
            perDelivery.recordValue(Math.max(0, now - joined));
        }
        lastArrival.accumulateAndGet(call, now, Math::max);
        firstArrival.compareAndSet(call, 0, now);
    }

    private static boolean startsWith(byte[] text, int length, int at, String word) {
        if (at + word.length() > length) {
            return false;
        }
        for (int j = 0; j < word.length(); j++) {
            if (text[at + j] != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] text, int length, byte[] word, int from) {
        outer:
        for (int i = from; i + word.length <= length; i++) {
            for (int j = 0; j < word.length; j++) {
                if (text[i + j] != word[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** What the consoles saw of the calls placed; call once the consoles are closed. */
    Counts counts(Iterable<String> placedUniqueids) {
        Counts c = new Counts();
        Histogram toEvery = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        for (String uniqueid : placedUniqueids) {
            c.placed++;
            Integer call = index.get(callIdPrefix + uniqueid);
            boolean everywhere = true;
            boolean doubled = false;
            for (int k = 0; k < consoles; k++) {
                int o = call == null ? 0 : offers[k][call];
                int t = call == null ? 0 : terminals[k][call];
                everywhere &= o >= 1 && t >= 1;
                doubled |= o > 1 || t > 1;
            }
            c.lost += everywhere ? 0 : 1;
            c.doubled += doubled ? 1 : 0;
            if (call != null && joinedAt.get(call) == 0) {
                c.neverJoined++;
            } else if (call != null && firstArrival.get(call) != 0 && firstArrival.get(call) < joinedAt.get(call)) {
                c.tapLate++;
            }
            if (everywhere && joinedAt.get(call) >= recordFrom) {
                toEvery.recordValue(Math.max(0, lastArrival.get(call) - joinedAt.get(call)));
            }
        }
        for (int k = 0; k < consoles; k++) {
            c.cut += cut.get(k);
        }
        c.toEveryConsole = toEvery;
        c.perDelivery = perDelivery.copy();
        return c;
    }

    /**
     * Lost: a placed call that some console never saw offered or ended; doubled: a call some console saw offered or
     * ended twice; cut: consoles the server closed on.
     */
    static final class Counts {
        long placed;
        long lost;
        long doubled;
        long cut;
        /** Calls offered without a QueueCallerJoin (ended before reaching a queue): counted, not timed. */
        long neverJoined;
        /** Calls a console saw before the tap noted the join (the simulator's thread was preempted in between). */
        long tapLate;
        Histogram toEveryConsole;
        Histogram perDelivery;
    }
}
