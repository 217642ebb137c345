package org.sanhe.telephony.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanhe.telephony.simulator.CallSpec;
import org.sanhe.telephony.simulator.SimulatedCall;

/** The dispatch server (re)starts while calls are in progress: the first re-sync picks them up, each once. */
class StartupTest {

    private AdapterFixture fixture;
    private final Map<String, SimulatedCall> calls = new LinkedHashMap<>();

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void callsInProgressAtStartAreOfferedAndAnsweredOnce() throws Exception {
        fixture = new AdapterFixture("/adapter/telephony-test.yaml", f -> {
            Map<String, String> vars = new LinkedHashMap<>();
            vars.put("EMERGENCY_LINE", "122");
            vars.put("AML_RADIUS", "40");
            vars.put("AML_LAT", "34.3000");
            vars.put("AML_LON", "108.9500");
            SimulatedCall talking = f.named("talking", f.simulator.pbx()
                    .placeCall(new CallSpec("13800000001", "8122", "from-pstn", vars)));
            talking.queue("q122");
            talking.ring("PJSIP/1002");
            talking.answer();
            SimulatedCall waiting = f.place("waiting", null, "110");
            waiting.queue("q110");
            SimulatedCall ivr = f.place("ivr", "13800000003", "110");
            calls.put("talking", talking);
            calls.put("waiting", waiting);
            calls.put("ivr", ivr);
        });

        assertThat(fixture.commandsUpToFence()).containsExactly(
                "offer talking line=122 caller=13800000001 at=34.3000,108.9500~40m",
                "answer talking by=calltaker2",
                "offer waiting line=110 caller=withheld");

        calls.get("ivr").queue("q110");
        calls.get("waiting").ring("PJSIP/1001");
        calls.get("waiting").answer();
        calls.get("talking").hangup();
        assertThat(fixture.commandsUpToFence()).containsExactly(
                "offer ivr line=110 caller=13800000003",
                "answer waiting by=calltaker1",
                "end talking cause=Normal Clearing");
    }
}
