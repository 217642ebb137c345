package org.sanhe.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar dispatch-server.jar [command]}. */
@Command(name = "dispatch-server", mixinStandardHelpOptions = true,
        description = "Sanhe unified emergency dispatch server.",
        subcommands = {JournalCommand.class, CommandLine.HelpCommand.class})
public final class DispatchServerCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new DispatchServerCli());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
