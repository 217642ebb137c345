package org.sanhe.telephony.simulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * Generates emergency calls on a {@link SimulatedPbx}: Poisson arrivals at the configured rate and line mix, some
 * withheld numbers, device locations in the area, bursts of callers about one event, and a pool of call-takers who
 * answer (or let it ring), talk and hang up, while impatient callers abandon.
 *
 * <p>Everything runs as tasks of the PBX's {@link SimScheduler}, hence on one thread; deterministic for a seed and a
 * virtual clock. {@link #start()} and {@link #stop()} may be called from any thread.
 */
public final class CallGenerator {

    /** Variable names the generated dialplan sets; the demo configuration reads the same ones. */
    public static final String LINE_VARIABLE = "EMERGENCY_LINE";
    public static final String LAT_VARIABLE = "AML_LAT";
    public static final String LON_VARIABLE = "AML_LON";
    public static final String RADIUS_VARIABLE = "AML_RADIUS";

    private final SimulatedPbx pbx;
    private final GeneratorOptions options;
    private final SimScheduler scheduler;
    private final Random random;
    private final Deque<String> freeCallTakers = new ArrayDeque<>();
    private final Deque<Generated> waiting = new ArrayDeque<>();
    private volatile boolean stopped;
    private volatile Consumer<SimulatedCall> onPlaced = call -> { };
    private long placed;
    private double nextArrivalMillis = Double.NaN;
    private long nextNumber = 13_800_000_000L;

    /** One generated call and the call-taker ringing or talking on it. */
    private static final class Generated {
        final SimulatedCall call;
        String callTaker;
        boolean queued;

        Generated(SimulatedCall call) {
            this.call = call;
        }
    }

    public CallGenerator(SimulatedPbx pbx, GeneratorOptions options) {
        this.pbx = pbx;
        this.options = options;
        this.scheduler = pbx.clock();
        this.random = new Random(options.seed());
        for (int i = 0; i < options.callTakers(); i++) {
            freeCallTakers.add("PJSIP/" + (1001 + i));
        }
    }

    /** Called on the scheduler's thread for every call placed, right after its arrival events. */
    public void onPlaced(Consumer<SimulatedCall> listener) {
        this.onPlaced = listener;
    }

    public void start() {
        scheduler.schedule(0, this::arrival);
    }

    public void stop() {
        stopped = true;
    }

    /** Calls placed so far (read from the scheduler's thread, or after it went idle). */
    public long placed() {
        return placed;
    }

    private void arrival() {
        if (stopped || options.maxCalls() > 0 && placed >= options.maxCalls()) {
            return;
        }
        GeoPoint point = options.area().next(random);
        String line = pickLine();
        if (random.nextDouble() < options.burstShare()) {
            for (int i = 0; i < options.burstSize() && !limitReached(); i++) {
                GeoPoint near = jitter(point);
                scheduler.schedule(i * 700L, () -> place(line, near));
                placed++;
            }
        } else {
            place(line, point);
            placed++;
        }
        long now = scheduler.millis();
        if (Double.isNaN(nextArrivalMillis)) {
            nextArrivalMillis = now;
        }
        nextArrivalMillis += exponential(1000.0 / options.callsPerSecond());
        scheduler.schedule(Math.max(0, Math.round(nextArrivalMillis) - now), this::arrival);
    }

    private boolean limitReached() {
        return options.maxCalls() > 0 && placed >= options.maxCalls();
    }

    private void place(String line, GeoPoint point) {
        if (stopped) {
            return;
        }
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put(LINE_VARIABLE, line);
        if (random.nextDouble() < options.locatedShare()) {
            vars.put(LAT_VARIABLE, String.format(Locale.ROOT, "%.6f", point.lat()));
            vars.put(LON_VARIABLE, String.format(Locale.ROOT, "%.6f", point.lon()));
            vars.put(RADIUS_VARIABLE, Integer.toString(10 + random.nextInt(90)));
        }
        String number = random.nextDouble() < options.withheldShare() ? null : Long.toString(nextNumber++);
        SimulatedCall call = pbx.placeCall(new CallSpec(number, line, options.context(), vars));
        onPlaced.accept(call);
        Generated g = new Generated(call);
        scheduler.schedule(options.ivrMillis(), () -> enqueue(g, "q" + line));
    }

    private void enqueue(Generated g, String queue) {
        if (stopped) {
            g.call.hangup();
            return;
        }
        g.call.queue(queue);
        g.queued = true;
        waiting.add(g);
        scheduler.schedule(Math.round(exponential(options.patienceMillis())), () -> giveUp(g));
        offerToCallTakers();
    }

    private void giveUp(Generated g) {
        SimulatedCall.Stage stage = g.call.stage();
        if (stage == SimulatedCall.Stage.QUEUED || stage == SimulatedCall.Stage.RINGING) {
            waiting.remove(g);
            g.call.hangup();
            release(g);
        }
    }

    private void offerToCallTakers() {
        while (!freeCallTakers.isEmpty() && !waiting.isEmpty()) {
            Generated g = waiting.poll();
            g.callTaker = freeCallTakers.poll();
            g.call.ring(g.callTaker);
            String ringing = g.callTaker;
            if (random.nextDouble() < options.noAnswerShare()) {
                scheduler.schedule(options.answerMillis() * 2, () -> ringNoAnswer(g, ringing));
            } else {
                scheduler.schedule(Math.round(exponential(options.answerMillis())), () -> answer(g, ringing));
            }
        }
    }

    private void ringNoAnswer(Generated g, String callTaker) {
        if (g.call.stage() == SimulatedCall.Stage.RINGING && callTaker.equals(g.callTaker)) {
            g.call.noAnswer();
            release(g);
            waiting.addFirst(g);
            offerToCallTakers();
        }
    }

    private void answer(Generated g, String callTaker) {
        if (g.call.stage() == SimulatedCall.Stage.RINGING && callTaker.equals(g.callTaker)) {
            g.call.answer();
            scheduler.schedule(Math.round(exponential(options.talkMillis())), () -> endTalk(g));
        }
    }

    private void endTalk(Generated g) {
        if (g.call.stage() == SimulatedCall.Stage.TALKING) {
            if (random.nextInt(4) == 0) {
                g.call.agentHangup();
            } else {
                g.call.hangup();
            }
            release(g);
        }
    }

    private void release(Generated g) {
        if (g.callTaker != null) {
            freeCallTakers.add(g.callTaker);
            g.callTaker = null;
            offerToCallTakers();
        }
    }

    private String pickLine() {
        double total = options.lineMix().values().stream().mapToDouble(Double::doubleValue).sum();
        double r = random.nextDouble() * total;
        for (Map.Entry<String, Double> e : options.lineMix().entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return e.getKey();
            }
        }
        return options.lineMix().keySet().iterator().next();
    }

    private GeoPoint jitter(GeoPoint p) {
        double lat = Math.max(-90, Math.min(90, p.lat() + (random.nextDouble() - 0.5) * 0.004));
        double lon = Math.max(-180, Math.min(180, p.lon() + (random.nextDouble() - 0.5) * 0.004));
        return new GeoPoint(lat, lon);
    }

    private double exponential(double mean) {
        return -mean * Math.log(1.0 - random.nextDouble());
    }
}
