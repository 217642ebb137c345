package org.sanhe.bench.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sanhe.console.model.IncidentView;
import org.sanhe.console.stream.StreamMessages;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.centre.Fixtures;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.command.OpenIncident;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.domain.incident.Incident;

/**
 * Encoding an incident as JSON, the two ways the console does it, next to a naive baseline in the same run:
 * <ul>
 *   <li>{@code streamEvent}: the stream's message for an {@code OpenIncident} command and its events
 *   ({@link StreamMessages}, built on {@code DispatchJson}: the command and each event record as a Jackson tree),
 *   encoded once per command and sent to every console;</li>
 *   <li>{@code incidentView}: {@code GET /api/v1/incidents/{id}}'s body, coverage included ({@link IncidentView}, a
 *   record the read model holds, written by Jackson), to bytes;</li>
 *   <li>{@code baselineStringFormat}: the same fields as {@code incidentView} with {@code String.format} and
 *   {@code getBytes}, no escaping: what a hand-rolled encoder would do.</li>
 * </ul>
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar IncidentJsonBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IncidentJsonBenchmark {

    private final ObjectMapper mapper = new ObjectMapper();
    private final StreamMessages messages = new StreamMessages();
    private final Centre centre = new Centre();
    private StampedCommand open;
    private List<Event> openEvents;
    private Incident incident;
    private IncidentView view;
    private long sequence;

    @Setup
    public void openIncident() {
        apply(Actor.system("setup"), Fixtures.defineRules());
        apply(Actor.system("setup"), Fixtures.police("P-1"));
        apply(Actor.system("pbx"), new OfferCall("pbx-1.1", "110", "13800000001", "ch-1", null));
        open = new StampedCommand(++sequence, 1_795_737_600_000L + sequence, Actor.system("calltaker"),
                new OpenIncident("ROBBERY", 1, Fixtures.CENTRE, "610102", "东大街 1 号", null,
                        "pbx-1.1"));
        openEvents = new ArrayList<>();
        centre.apply(open, openEvents::add);
        incident = centre.incidents().open().iterator().next();
        apply(Actor.system("dispatcher"), new AssignUnit(incident.id(), "P-1"));
        view = IncidentView.of(centre, incident);
    }

    private void apply(Actor actor, Command command) {
        centre.apply(new StampedCommand(++sequence, 1_795_737_600_000L + sequence, actor, command), e -> { });
    }

    @Benchmark
    public byte[] streamEvent() {
        return messages.event(open, openEvents);
    }

    @Benchmark
    public byte[] incidentView() throws Exception {
        return mapper.writeValueAsBytes(view);
    }

    @Benchmark
    public byte[] baselineStringFormat() {
        Incident i = incident;
        String json = String.format(Locale.ROOT, "{\"id\":%d,\"type\":\"%s\",\"priority\":%d,\"status\":\"%s\","
                        + "\"location\":{\"lat\":%s,\"lon\":%s},\"district\":\"%s\",\"address\":\"%s\","
                        + "\"openedAt\":%d,\"closedAt\":null,\"disposition\":null,\"originCallId\":\"%s\","
                        + "\"callIds\":[\"%s\"],\"unitIds\":[\"%s\"],\"notes\":[]}",
                i.id(), i.type(), i.priority(), i.status().name().toLowerCase(Locale.ROOT), i.location().lat(),
                i.location().lon(), i.district(), i.address(), i.openedAt(), i.originCallId(),
                String.join("\",\"", i.callIds()), String.join("\",\"", i.unitIds()));
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
