package org.sanhe.telephony.simulator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * A scripted set of calls, read from YAML. Keys other than {@code calls} and {@code pbx} (e.g. a test's
 * {@code expect}) are ignored.
 *
 * <pre>
 * calls:
 *   - name: robbery
 *     at: 0                      # ms after the start
 *     caller: "13800000001"      # omit for a withheld number
 *     exten: "110"
 *     variables: { EMERGENCY_LINE: "110", AML_LAT: "34.26", AML_LON: "108.94" }
 *     steps: [ "1000 queue q110", "2000 ring PJSIP/1001", "5000 answer", "60000 hangup" ]
 * pbx: [ "1500 unknown", "1600 noise 25000" ]
 * </pre>
 *
 * Step verbs: {@code queue <name>}, {@code ring <interface>}, {@code noanswer}, {@code answer}, {@code hangup},
 * {@code agent-hangup}, {@code set <VAR>=<value>}; PBX verbs: {@code unknown} (an unknown event and unknown
 * headers), {@code noise <count>}.
 *
 * @param calls the calls
 * @param pbx   PBX-wide steps, times from the start
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Scenario(List<ScriptedCall> calls, List<String> pbx) {

    /**
     * One call of a scenario; step times are ms after the call's {@code at}.
     *
     * @param name      a name for tests to refer to
     * @param at        when the caller's channel appears, ms after the start
     * @param caller    the caller's number, null when withheld
     * @param exten     the dialled number
     * @param context   the inbound context, {@code from-pstn} by default
     * @param variables channel variables the dialplan sets on arrival
     * @param steps     {@code "<ms> <verb> [argument]"}
     */
    public record ScriptedCall(String name, long at, String caller, String exten, String context,
            Map<String, String> variables, List<String> steps) {

        public ScriptedCall {
            steps = steps == null ? List.of() : List.copyOf(steps);
        }

        CallSpec spec() {
            return new CallSpec(caller, exten, context, variables);
        }
    }

    public Scenario {
        calls = calls == null ? List.of() : List.copyOf(calls);
        pbx = pbx == null ? List.of() : List.copyOf(pbx);
    }

    public static Scenario parse(String yaml) {
        try {
            return new ObjectMapper(new YAMLFactory()).readValue(yaml, Scenario.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid scenario: " + e.getMessage(), e);
        }
    }

    public static Scenario read(InputStream in) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readValue(in, Scenario.class);
    }
}
