package org.sanhe.server.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.server.assembly.ServerAssembly;
import org.sanhe.server.config.ConfigLoader;
import org.sanhe.server.config.DispatchConfig;
import org.sanhe.server.config.InvalidConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code serve} (also what runs when no command is given): reads the configuration, starts the
 * {@link ServerAssembly} and runs until the process is stopped (SIGTERM, Ctrl-C), when a shutdown hook closes
 * everything in reverse order of start. Exit code 2 when the configuration is invalid (including a road file
 * that cannot be imported).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the dispatch server (the default command).")
final class ServeCommand implements Callable<Integer> {

    static final int BAD_CONFIGURATION = 2;

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--config", paramLabel = "FILE",
            description = "A YAML file overlaid on the defaults (config/dispatch.yaml).")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        return serve(config, spec.commandLine());
    }

    static int serve(Path configFile, CommandLine commandLine) throws InterruptedException {
        DispatchConfig config;
        ServerAssembly assembly;
        try {
            config = ConfigLoader.load(configFile, System.getenv());
            assembly = ServerAssembly.start(config, EpochClock.system());
        } catch (InvalidConfigException e) {
            commandLine.getErr().println(e.getMessage());
            commandLine.getErr().flush();
            return BAD_CONFIGURATION;
        }
        String console = "console on " + config.server().scheme() + "://" + config.server().host() + ":"
                + assembly.console().port();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping");
            assembly.close();
            stopped.countDown();
        }, "shutdown"));
        LOG.info("Sanhe is running: journal {} ({}), {}, {}{}; stop with Ctrl-C", config.journal().dir()
                .toAbsolutePath().normalize(), config.journal().durability().name().toLowerCase(Locale.ROOT),
                pbx(assembly), console, config.demo() ? ", demo users and units on" : "");
        stopped.await();
        return 0;
    }

    private static String pbx(ServerAssembly assembly) {
        if (assembly.cluster() != null) {
            var cluster = assembly.config().cluster();
            var ami = assembly.config().telephony().ami();
            return "cluster member " + cluster.memberId() + " of " + cluster.members().size() + " (leader: member "
                    + assembly.cluster().leaderId() + "; the leader's adapter feeds the PBX at " + ami.host() + ":"
                    + ami.port() + ")";
        }
        if (assembly.simulator() != null) {
            return "PBX simulator on 127.0.0.1:" + assembly.simulator().port() + " ("
                    + assembly.config().simulator().callsPerMinute() + " calls/min)";
        }
        var ami = assembly.config().telephony().ami();
        return "PBX at " + ami.host() + ":" + ami.port();
    }
}
