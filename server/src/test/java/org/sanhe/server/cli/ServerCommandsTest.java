package org.sanhe.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.console.auth.PasswordHash;
import org.sanhe.telephony.simulator.PbxSimulator;
import picocli.CommandLine;

/** serve's refusal of a bad configuration, simulate-pbx's listener, hash-password. */
class ServerCommandsTest {

    @TempDir
    Path dir;

    @Test
    void serveRefusesABadConfigurationNamingTheKey() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "server: { port: 70000 }\n");

        JournalCommandTest.Result result = JournalCommandTest.cli("serve", "--config", file.toString());

        assertThat(result.exit()).isEqualTo(ServeCommand.BAD_CONFIGURATION);
        assertThat(result.err()).contains("server.port: must be 0..65535, was 70000");
        assertThat(JournalCommandTest.cli("--config", file.toString()).exit())
                .as("serving is the default").isEqualTo(ServeCommand.BAD_CONFIGURATION);
    }

    @Test
    void serveRefusesAMissingRoadFileNamingTheKeyAndTheFile() throws Exception {
        Path file = dir.resolve("roads.yaml");
        Path missing = dir.resolve("city.osm.pbf");
        Files.writeString(file, "gis: { roads: { file: \"" + missing + "\" } }\n");

        JournalCommandTest.Result result = JournalCommandTest.cli("serve", "--config", file.toString());

        assertThat(result.exit()).isEqualTo(ServeCommand.BAD_CONFIGURATION);
        assertThat(result.err()).contains("gis.roads.file: no readable file " + missing);
    }

    @Test
    void simulatePbxListensAndGreetsAsAsterisk() throws Exception {
        CommandLine cli = new CommandLine(new SimulatePbxCommand());
        cli.parseArgs("--port", "0", "--rate", "0.1", "--seed", "3", "--username", "u", "--secret", "s");
        SimulatePbxCommand command = cli.getCommand();

        try (PbxSimulator simulator = command.start();
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), simulator.port())) {
            String greeting = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertThat(greeting).startsWith("Asterisk Call Manager/");
            assertThat(simulator.options().username()).isEqualTo("u");
            assertThat(simulator.generator()).isNotNull();
        }
    }

    @Test
    void hashPasswordPrintsAHashOfTheLineOnStandardInput() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("s3cret pass\n".getBytes(StandardCharsets.UTF_8)));
            JournalCommandTest.Result result = JournalCommandTest.cli("hash-password");

            assertThat(result.exit()).isZero();
            assertThat(PasswordHash.verify("s3cret pass".toCharArray(), result.out().trim())).isTrue();
        } finally {
            System.setIn(stdin);
        }
    }
}
