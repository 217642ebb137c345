package org.sanhe.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar dispatch-server.jar [command]}; without a command it serves, as {@code serve} does. */
@Command(name = "dispatch-server", mixinStandardHelpOptions = true,
        description = "Sanhe unified emergency dispatch server. Without a command: serve.",
        subcommands = {ServeCommand.class, SimulatePbxCommand.class, HashPasswordCommand.class, JournalCommand.class,
                CommandLine.HelpCommand.class})
public final class DispatchServerCli implements Callable<Integer> {

    /** Chronicle phones home unless told not to; the jar cannot carry -D flags in its manifest. */
    private static final String CHRONICLE_ANALYTICS = "chronicle.analytics.disable";

    @Option(names = "--config", paramLabel = "FILE",
            description = "For serve: a YAML file overlaid on the defaults (config/dispatch.yaml).")
    private Path config;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        if (System.getProperty(CHRONICLE_ANALYTICS) == null) {
            System.setProperty(CHRONICLE_ANALYTICS, "true");
        }
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new DispatchServerCli());
    }

    @Override
    public Integer call() throws InterruptedException {
        return ServeCommand.serve(config, spec.commandLine());
    }
}
