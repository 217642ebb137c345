package org.sanhe.telephony.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generator in virtual time: deterministic per seed, every call ends, the mix and the noise are there. */
class CallGeneratorTest {

    /** Xi'an's central urban area, roughly inside the third ring road. */
    static final BoundingBox XIAN_CENTRE = new BoundingBox(34.19, 108.85, 34.34, 109.03);

    private static final GeneratorOptions OPTIONS = GeneratorOptions.defaults(7, XIAN_CENTRE).withRate(5, 400)
            .withCallTakers(8, 4_000, 30_000, 40_000);

    @Test
    void sameSeedGivesTheSameEventStream() {
        assertThat(run(OPTIONS)).isEqualTo(run(OPTIONS));
        assertThat(run(GeneratorOptions.defaults(8, XIAN_CENTRE).withRate(5, 400).withCallTakers(8, 4_000, 30_000, 40_000)))
                .isNotEqualTo(run(OPTIONS));
    }

    @Test
    void everyCallEndsAndTheStreamHasTheMixAndTheOutcomes() {
        List<String> events = run(OPTIONS);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String e : events) {
            counts.merge(e.substring(0, e.indexOf('|')), 1, Integer::sum);
        }
        assertThat(counts.get("Event: Newchannel")).isGreaterThan(400);
        assertThat(counts).containsKeys("Event: QueueCallerJoin", "Event: AgentConnect", "Event: AgentComplete",
                "Event: QueueCallerAbandon", "Event: AgentRingNoAnswer", "Event: Cdr", "Event: VarSet",
                "Event: Newexten", "Event: DeviceStateChange", "Event: MusicOnHoldStart", "Event: RTCPSent");
        long withheld = events.stream().filter(e -> e.startsWith("Event: Newchannel")
                && e.contains("Context: from-pstn") && e.contains("CallerIDNum: <unknown>")).count();
        assertThat(withheld).isPositive();
        long police = events.stream().filter(e -> e.startsWith("Event: QueueCallerJoin") && e.contains("Queue: q110"))
                .count();
        long fire = events.stream().filter(e -> e.startsWith("Event: QueueCallerJoin") && e.contains("Queue: q119"))
                .count();
        assertThat(police).isGreaterThan(fire);
    }

    private static List<String> run(GeneratorOptions options) {
        VirtualScheduler clock = new VirtualScheduler(1_764_000_000_000L);
        SimulatedPbx pbx = new SimulatedPbx(clock);
        List<String> events = new ArrayList<>();
        pbx.wireTap((event, nanos) -> events.add(event.toString()));
        CallGenerator generator = new CallGenerator(pbx, options);
        generator.start();
        clock.runUntilIdle();
        assertThat(generator.placed()).isEqualTo(options.maxCalls());
        assertThat(pbx.liveChannels()).isZero();
        return events;
    }
}
