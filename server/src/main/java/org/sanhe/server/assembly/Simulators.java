package org.sanhe.server.assembly;

import org.sanhe.gis.district.DistrictMap;
import org.sanhe.server.config.DispatchConfig;
import org.sanhe.server.config.SimulatorSettings;
import org.sanhe.server.demo.ServiceAreaPoints;
import org.sanhe.telephony.config.AmiSettings;
import org.sanhe.telephony.config.TelephonyConfig;
import org.sanhe.telephony.simulator.GeneratorOptions;
import org.sanhe.telephony.simulator.PbxSimulator;
import org.sanhe.telephony.simulator.SimulatorOptions;

/** How the configuration becomes the built-in simulator's options and the adapter's link to it. */
final class Simulators {

    /** Asterisk's pause before answering a failed login. */
    private static final long AUTH_FAILURE_PAUSE_MILLIS = 1_000;

    private Simulators() {
    }

    /**
     * The simulator accepts the configured AMI user; it generates calls inside the districts when a rate is set, and
     * records answered calls into {@code telephony.recording.directory} when one is set.
     */
    static SimulatorOptions options(DispatchConfig config, DistrictMap districts) {
        SimulatorSettings s = config.simulator();
        AmiSettings ami = config.telephony().ami();
        GeneratorOptions generator = s.callsPerMinute() > 0
                ? GeneratorOptions.defaults(s.seed(), new ServiceAreaPoints(districts))
                        .withRate(s.callsPerMinute() / 60.0, 0)
                : null;
        return new SimulatorOptions(s.port(), ami.username(), ami.secret(), AUTH_FAILURE_PAUSE_MILLIS, null,
                generator, null, config.telephony().recording().directoryPath());
    }

    /** The telephony configuration, pointed at the simulator on loopback when there is one. */
    static TelephonyConfig adapterConfig(DispatchConfig config, PbxSimulator simulator) {
        TelephonyConfig t = config.telephony();
        if (simulator == null) {
            return t;
        }
        AmiSettings a = t.ami();
        AmiSettings local = new AmiSettings("127.0.0.1", simulator.port(), a.username(), a.secret(),
                a.pingIntervalMillis(), a.readTimeoutMillis(), a.actionTimeoutMillis(), a.eventQueueCapacity(),
                false);
        return new TelephonyConfig(local, t.context(), t.callIdPrefix(), t.lines(), t.callTakers(), t.location(),
                t.recording());
    }
}
