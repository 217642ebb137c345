package org.sanhe.telephony.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sanhe.telephony.ami.AmiPacket;

/**
 * Plays a {@link Scenario} on a PBX: schedules every call's arrival and steps on the PBX's scheduler. With a
 * {@link VirtualScheduler} the test then runs it to the end in virtual time. Not thread-safe; used by one thread.
 */
public final class ScenarioPlayer {

    private final SimulatedPbx pbx;
    private final Map<String, SimulatedCall> calls = new LinkedHashMap<>();

    public ScenarioPlayer(SimulatedPbx pbx) {
        this.pbx = pbx;
    }

    /** Schedules the whole scenario from now on. */
    public void play(Scenario scenario) {
        SimScheduler scheduler = pbx.clock();
        for (Scenario.ScriptedCall scripted : scenario.calls()) {
            scheduler.schedule(scripted.at(), () -> calls.put(scripted.name(), pbx.placeCall(scripted.spec())));
            for (String step : scripted.steps()) {
                String[] parts = step.trim().split("\\s+", 3);
                long at = scripted.at() + Long.parseLong(parts[0]);
                String verb = parts[1];
                String argument = parts.length > 2 ? parts[2] : null;
                scheduler.schedule(at, () -> callStep(calls.get(scripted.name()), verb, argument));
            }
        }
        for (String step : scenario.pbx()) {
            String[] parts = step.trim().split("\\s+", 3);
            String argument = parts.length > 2 ? parts[2] : null;
            scheduler.schedule(Long.parseLong(parts[0]), () -> pbxStep(parts[1], argument));
        }
    }

    /** The scenario's calls placed so far, by name. */
    public Map<String, SimulatedCall> calls() {
        return calls;
    }

    private static void callStep(SimulatedCall call, String verb, String argument) {
        switch (verb) {
            case "queue" -> call.queue(argument);
            case "ring" -> call.ring(argument);
            case "noanswer" -> call.noAnswer();
            case "answer" -> call.answer();
            case "hangup" -> call.hangup();
            case "agent-hangup" -> call.agentHangup();
            case "set" -> {
                int eq = argument.indexOf('=');
                call.setVariable(argument.substring(0, eq), argument.substring(eq + 1));
            }
            default -> throw new IllegalArgumentException("unknown call step: " + verb);
        }
    }

    private void pbxStep(String verb, String argument) {
        switch (verb) {
            case "unknown" -> {
                pbx.emit(AmiPacket.event("FutureThingHappened", "call").add("Whatever", "1")
                        .add("Tenantid", "t1").build());
                pbx.emit(AmiPacket.event("DeviceStateChange", "call").add("Device", "PJSIP/trunk")
                        .add("State", "INUSE").add("X-Unknown-Header", "surprise").add("Tenantid", "t1").build());
            }
            case "noise" -> pbx.emitNoise(Integer.parseInt(argument));
            default -> throw new IllegalArgumentException("unknown pbx step: " + verb);
        }
    }
}
