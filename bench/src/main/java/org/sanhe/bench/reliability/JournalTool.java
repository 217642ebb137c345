package org.sanhe.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The auditor's offline tools ({@code journal verify | replay | export}) run as their own process on a journal
 * directory that no server is writing (the campaigns run them between a kill and the restart).
 */
public final class JournalTool {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ADDRESS = Pattern.compile("\"address\":\"([^\"]+)\"");

    private final ServerLauncher launcher;
    private final Path dir;

    public JournalTool(ServerLauncher launcher, Path dir) {
        this.launcher = launcher;
        this.dir = dir;
    }

    /** {@code journal verify}: the printed JSON. */
    public JsonNode verify() throws IOException, InterruptedException {
        return JSON.readTree(lastLine("journal", "verify", "--dir", dir.toString()));
    }

    /** {@code journal replay --until <sequence>}: the printed JSON, with its {@code stateHash}. */
    public JsonNode replayUntil(long sequence) throws IOException, InterruptedException {
        return JSON.readTree(lastLine("journal", "replay", "--dir", dir.toString(), "--until", Long.toString(sequence)));
    }

    /** {@code journal export}: the addresses of every command that carries one. */
    public Set<String> exportedAddresses() throws IOException, InterruptedException {
        Set<String> addresses = new HashSet<>();
        export(line -> {
            Matcher m = ADDRESS.matcher(line);
            while (m.find()) {
                addresses.add(m.group(1));
            }
        });
        return addresses;
    }

    /** {@code journal export}: each printed line (one JSON entry) to {@code lines}. */
    public void export(java.util.function.Consumer<String> lines) throws IOException, InterruptedException {
        run(lines, "journal", "export", "--dir", dir.toString());
    }

    private String lastLine(String... args) throws IOException, InterruptedException {
        String[] last = {null};
        run(line -> {
            if (line.startsWith("{")) {
                last[0] = line;
            }
        }, args);
        if (last[0] == null) {
            throw new IOException(String.join(" ", args) + " printed no JSON");
        }
        return last[0];
    }

    private void run(java.util.function.Consumer<String> lines, String... args)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(launcher.command(args)).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.accept(line);
            }
        }
        int exit = process.waitFor();
        if (exit > 1) {
            throw new IOException(String.join(" ", args) + " exited with " + exit);
        }
    }
}
