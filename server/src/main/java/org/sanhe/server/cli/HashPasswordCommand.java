package org.sanhe.server.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.sanhe.console.auth.PasswordHash;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code hash-password}: asks for a password (twice, without echo, on a terminal; one line from standard input
 * otherwise) and prints its {@code pbkdf2$...} hash for a {@code users:} entry of the configuration.
 */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = "Print the hash of a password for the users: section of the configuration.")
final class HashPasswordCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        char[] password = read();
        try {
            if (password == null || password.length == 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no password given");
            }
            spec.commandLine().getOut().println(PasswordHash.create(password));
            spec.commandLine().getOut().flush();
            return 0;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private char[] read() throws IOException {
        Console console = System.console();
        if (console == null) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.toCharArray();
        }
        char[] first = console.readPassword("Password: ");
        char[] again = console.readPassword("Again: ");
        if (first == null || !Arrays.equals(first, again)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the two passwords differ");
        }
        return first;
    }
}
