package org.sanhe.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.server.config.ConfigLoader;
import org.sanhe.server.config.InvalidConfigException;
import org.sanhe.server.demo.ServiceAreaPoints;
import org.sanhe.telephony.simulator.GeneratorOptions;
import org.sanhe.telephony.simulator.PbxSimulator;
import org.sanhe.telephony.simulator.SimulatorOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code simulate-pbx}: the AMI peer that speaks as Asterisk 20, generating calls from callers inside the configured
 * city's districts ({@code city.*} of the defaults, overlaid with {@code --config} and the environment as
 * {@code serve} reads them), on 127.0.0.1 until the process is stopped. For a server (or any AMI client) configured
 * with {@code telephony.simulator.enabled: false} and {@code telephony.ami} pointing at it. Exit code 2 when the
 * configuration is invalid.
 */
@Command(name = "simulate-pbx", mixinStandardHelpOptions = true,
        description = "Run the PBX simulator (an AMI server on 127.0.0.1) until stopped.")
final class SimulatePbxCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "5038", description = "AMI port on 127.0.0.1 (0: any free port).")
    int port;

    @Option(names = "--rate", defaultValue = "0.5", description = "Calls per second, mean (0: no calls).")
    double rate;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed of the call generator.")
    long seed;

    @Option(names = "--username", defaultValue = "dispatch", description = "The manager user it accepts.")
    String username;

    @Option(names = "--secret", defaultValue = "dispatch", description = "That user's secret.")
    String secret;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A YAML file overlaid on the defaults (config/dispatch.yaml); callers are in its city.")
    Path config;

    @Option(names = "--recordings", paramLabel = "DIR",
            description = "Record answered calls into DIR as Asterisk's MixMonitor does (a WAV each, named in "
                    + "MIXMONITOR_FILENAME); none when absent.")
    Path recordings;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PbxSimulator simulator;
        try {
            simulator = start();
        } catch (InvalidConfigException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return ServeCommand.BAD_CONFIGURATION;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "shutdown"));
        spec.commandLine().getOut().println("PBX simulator on 127.0.0.1:" + simulator.port() + ", " + rate
                + " calls/s, seed " + seed + ", user " + username);
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }

    /**
     * Starts the simulator these options describe; the caller closes it.
     *
     * @throws InvalidConfigException when the configuration (and so the city) is invalid
     */
    PbxSimulator start() {
        if (rate < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rate must not be negative");
        }
        SimulatorOptions options = SimulatorOptions.of(username, secret).withPort(port).withRecordings(recordings);
        if (rate > 0) {
            DistrictMap districts = ConfigLoader.load(config, System.getenv()).city().districts();
            options = options.withGenerator(GeneratorOptions.defaults(seed, new ServiceAreaPoints(districts))
                    .withRate(rate, 0));
        }
        return PbxSimulator.start(options);
    }
}
