package org.sanhe.telephony.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.command.AbandonCall;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.EndCall;
import org.sanhe.dispatch.domain.command.LocateCaller;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.event.CommandRejected;
import org.sanhe.telephony.simulator.BoundingBox;
import org.sanhe.telephony.simulator.CallGenerator;
import org.sanhe.telephony.simulator.GeneratorOptions;
import org.sanhe.telephony.simulator.SimulatedCall;
import org.sanhe.telephony.stubs.CentreGateway;

/** Generated traffic (bursts, withheld numbers, abandons, ring-no-answer) reaches the core once per call. */
class GeneratedTrafficTest {

    /** Xi'an's central urban area, roughly inside the third ring road. */
    private static final BoundingBox XIAN_CENTRE = new BoundingBox(34.19, 108.85, 34.34, 109.03);

    private AdapterFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new AdapterFixture("/adapter/telephony-test.yaml");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void everyGeneratedCallIsOfferedOnceAndFinishedOnce() throws Exception {
        GeneratorOptions options = GeneratorOptions.defaults(42, XIAN_CENTRE).withRate(10, 500)
                .withCallTakers(3, 3_000, 20_000, 15_000);
        CallGenerator generator = new CallGenerator(fixture.simulator.pbx(), options);
        List<SimulatedCall> placed = new ArrayList<>();
        generator.onPlaced(placed::add);
        generator.start();
        fixture.clock.runUntilIdle();

        fixture.commandsUpToFence();
        Map<String, List<Command>> byCall = new HashMap<>();
        List<CentreGateway.Submitted> all = new ArrayList<>(fixture.gateway.drain());
        assertThat(all).isEmpty();
        for (CentreGateway.Submitted s : fixture.gateway.history()) {
            assertThat(s.outcome().events()).noneMatch(CommandRejected.class::isInstance);
            byCall.computeIfAbsent(callId(s.command()), k -> new ArrayList<>()).add(s.command());
        }
        assertThat(placed).hasSize(500);
        for (SimulatedCall call : placed) {
            List<Command> commands = byCall.get(fixture.config.callIdPrefix() + "-" + call.uniqueid());
            assertThat(commands).as("call %s", call.uniqueid()).isNotNull();
            assertThat(commands.stream().filter(OfferCall.class::isInstance)).hasSize(1);
            assertThat(commands.stream().filter(c -> c instanceof EndCall || c instanceof AbandonCall)).hasSize(1);
            assertThat(commands.stream().filter(AnswerCall.class::isInstance).count()).isLessThanOrEqualTo(1);
            OfferCall offer = (OfferCall) commands.get(0);
            assertThat(offer.line()).isIn("110", "122", "119");
            if (offer.location() != null) {
                BoundingBox box = XIAN_CENTRE;
                assertThat(offer.location().point().lat()).isBetween(box.minLat() - 0.01, box.maxLat() + 0.01);
            }
        }
        assertThat(byCall).hasSize(500 + 1);
    }

    private static String callId(Command c) {
        if (c instanceof OfferCall o) {
            return o.callId();
        } else if (c instanceof AnswerCall a) {
            return a.callId();
        } else if (c instanceof EndCall e) {
            return e.callId();
        } else if (c instanceof AbandonCall a) {
            return a.callId();
        } else if (c instanceof LocateCaller l) {
            return l.callId();
        }
        throw new AssertionError(c);
    }
}
