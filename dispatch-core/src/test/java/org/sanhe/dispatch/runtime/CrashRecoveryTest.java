package org.sanhe.dispatch.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.runtime.audit.AuditReader;
import org.sanhe.dispatch.runtime.audit.Verification;

/**
 * A child JVM submits at full speed and prints every acknowledgement; it is killed with SIGKILL at a random moment,
 * again and again. After every kill the chain verifies and every printed acknowledgement is in the journal.
 */
class CrashRecoveryTest {

    private static final long SEED = Long.getLong("sanhe.seed", System.nanoTime());
    private static final int CYCLES = 10;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedCommandSurvivesSigkill() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        Map<Long, String> acknowledged = new HashMap<>();
        for (int i = 1; i <= CYCLES; i++) {
            final int cycle = i;
            int killAfter = 20 + random.nextInt(2_000);
            acknowledged.putAll(runAndKill("run" + cycle, killAfter));
            Verification v;
            try (AuditReader reader = AuditReader.open(dir)) {
                v = reader.verify();
                assertThat(v.chainOk()).as("seed %d, cycle %d: %s", SEED, cycle, v.problem()).isTrue();
                long max = acknowledged.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
                assertThat(v.lastSequence()).as("seed %d, cycle %d", SEED, cycle).isGreaterThanOrEqualTo(max);
                Map<Long, String> journaled = new HashMap<>();
                reader.entries(1, Long.MAX_VALUE, e -> journaled.put(e.sequence(), ((OfferCall) e.command()).callId()));
                acknowledged.forEach((sequence, callId) -> assertThat(journaled.get(sequence))
                        .as("seed %d, cycle %d, sequence %d", SEED, cycle, sequence).isEqualTo(callId));
            }
        }
        assertThat(acknowledged.size()).isGreaterThan(CYCLES * 20);
    }

    private Map<Long, String> runAndKill(String run, int killAfter) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-") || a.startsWith("-Dchronicle")).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                dir.toString(), run));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<Long, String> acks = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    String[] parts = line.split(" ");
                    acks.put(Long.parseLong(parts[1]), parts[2]);
                    if (acks.size() == killAfter) {
                        // SIGKILL through the handle: Process.destroyForcibly would also close our end of the pipe,
                        // and the acknowledgements already printed must still be read
                        child.toHandle().destroyForcibly();
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acks).as("child %s acknowledged something", run).isNotEmpty();
        return acks;
    }
}
