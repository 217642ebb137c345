package org.sanhe.console.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.sanhe.console.stream.HubListener;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.domain.event.IntervalMeasured;
import org.sanhe.dispatch.domain.timer.IntervalKind;
import org.sanhe.dispatch.runtime.publish.Published;

/**
 * The console's meters. Thread-safe: the hub thread records answer times, the core thread records command
 * latencies, event loops update the gauges before each scrape.
 */
public final class ConsoleMetrics implements HubListener {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer answerTime;
    private final Timer coreLatency;
    private final io.micrometer.core.instrument.Counter streamSnapshots;
    private final Map<String, AtomicLong> callsByLine = new ConcurrentHashMap<>();
    private final AtomicLong queueLength = new AtomicLong();
    private final AtomicLong streamLag = new AtomicLong();

    public ConsoleMetrics(LongSupplier webSocketClients) {
        answerTime = Timer.builder("sanhe.call.answer").description("Call offered to answered")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(500))
                .maximumExpectedValue(Duration.ofMinutes(5)).register(registry);
        coreLatency = Timer.builder("sanhe.core.command").description("Console command submitted to journaled and "
                + "applied").publishPercentileHistogram().register(registry);
        Gauge.builder("sanhe.call.queue.length", queueLength, AtomicLong::get)
                .description("Calls waiting for a call-taker").register(registry);
        Gauge.builder("sanhe.stream.lag.commands", streamLag, AtomicLong::get)
                .description("Commands journaled but not yet handed to the console's stream hub").register(registry);
        streamSnapshots = io.micrometer.core.instrument.Counter.builder("sanhe.stream.snapshots")
                .description("Snapshots of the live centre taken for new stream clients (one serves many)")
                .register(registry);
        Gauge.builder("sanhe.websocket.clients", webSocketClients, LongSupplier::getAsLong).strongReference(true)
                .description("Connected WebSocket stream clients").register(registry);
    }

    /** Counts a snapshot taken for stream clients; any thread. */
    public void streamSnapshotTaken() {
        streamSnapshots.increment();
    }

    public Timer coreLatency() {
        return coreLatency;
    }

    /** What the core says at scrape time. */
    public void update(Map<String, Long> callsPerLine, long queued, long lag) {
        callsPerLine.forEach((line, count) -> callsByLine.computeIfAbsent(line, l -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("sanhe.calls", value, AtomicLong::get).description("Calls on record, by line")
                    .tag("line", l).register(registry);
            return value;
        }).set(count));
        queueLength.set(queued);
        streamLag.set(Math.max(0, lag));
    }

    /** The Prometheus text exposition. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void published(Published published) {
        for (Event event : published.events()) {
            if (event instanceof IntervalMeasured m && m.kind() == IntervalKind.CALL_TO_ANSWER) {
                answerTime.record(Duration.ofMillis(m.millis()));
            }
        }
    }
}
