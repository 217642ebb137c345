package org.sanhe.dispatch.runtime.journal;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.centre.CommandGenerator;
import org.sanhe.dispatch.domain.centre.Scenario;
import org.sanhe.dispatch.domain.command.StampedCommand;

/**
 * Writes a journal fixture: {@value #ENTRIES} commands of the seeded generator (seed {@value #SEED}) at fixed
 * times, and {@code expected.properties} with the entry count and the state hash after replay. A fixture is
 * written once by a version of the project and committed; later versions must still replay it to the same hash.
 *
 * <p>The v1 fixture was written from {@code dispatch-core} with (CHRONICLE_FLAGS being the root pom's
 * {@code chronicle.jvm.args}):
 * <pre>
 * mvn -q test-compile
 * java $CHRONICLE_FLAGS -cp target/classes:target/test-classes:$(mvn -q dependency:build-classpath \
 *     -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test) \
 *     org.sanhe.dispatch.runtime.journal.JournalFixture src/test/resources/journal/v1
 * </pre>
 */
public final class JournalFixture {

    static final long SEED = 2026;
    static final int ENTRIES = 1_000;

    private JournalFixture() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        if (Files.exists(dir)) {
            throw new IllegalStateException(dir + " exists: fixtures are written once and never rewritten");
        }
        Centre centre = new Centre();
        CommandGenerator generator = new CommandGenerator(SEED, Scenario.T0, 0.1);
        List<StampedCommand> commands = new ArrayList<>(generator.setUp(20));
        commands.forEach(c -> centre.apply(c, e -> { }));
        while (commands.size() < ENTRIES) {
            StampedCommand c = generator.next(centre);
            centre.apply(c, e -> { });
            commands.add(c);
        }
        try (Journal journal = Journal.openSmall(dir, () -> Scenario.T0, 64 << 10)) {
            for (StampedCommand c : commands) {
                journal.append(c.sequence(), c.timestamp(), c.actor(), c.command());
            }
        }
        Properties expected = new Properties();
        expected.setProperty("entries", String.valueOf(commands.size()));
        expected.setProperty("stateHash", centre.stateHash());
        try (Writer out = Files.newBufferedWriter(dir.resolve("expected.properties"))) {
            expected.store(out, "written by JournalFixture; replaying the journal here must give this state hash");
        }
    }
}
