package org.sanhe.dispatch.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.centre.CommandGenerator;
import org.sanhe.dispatch.domain.centre.Scenario;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.runtime.sequencer.Outcome;
import org.sanhe.dispatch.stubs.ManualClock;

/**
 * Drives a seeded command stream through a real runtime, stamping each command at the generator's time, and the
 * same stream through a shadow centre applied directly, so the two can be compared.
 */
public final class Runs {

    private Runs() {
    }

    /** What a run produced. */
    public record Run(List<StampedCommand> commands, List<Event> events, String stateHash) {
    }

    /** Generates {@code count} commands after the set-up and submits each, waiting for its outcome. */
    public static Run drive(DispatchRuntime runtime, ManualClock clock, long seed, int count) throws Exception {
        Centre shadow = new Centre();
        CommandGenerator generator = new CommandGenerator(seed, Scenario.T0, 0.1);
        List<StampedCommand> commands = new ArrayList<>(generator.setUp(30));
        commands.forEach(c -> shadow.apply(c, e -> { }));
        for (int i = 0; i < count; i++) {
            StampedCommand command = generator.next(shadow);
            shadow.apply(command, e -> { });
            commands.add(command);
        }
        List<Event> events = new ArrayList<>();
        for (StampedCommand command : commands) {
            clock.set(command.timestamp());
            Outcome outcome = runtime.submit(command.actor(), command.command()).get(10, TimeUnit.SECONDS);
            events.addAll(outcome.events());
        }
        String hash = runtime.read(Centre::stateHash).get(10, TimeUnit.SECONDS);
        return new Run(commands, events, hash);
    }

    /** The same commands applied to a fresh centre, with the same stamps. */
    public static Run direct(List<StampedCommand> commands) {
        Centre centre = new Centre();
        List<Event> events = new ArrayList<>();
        commands.forEach(c -> centre.apply(c, events::add));
        return new Run(commands, events, centre.stateHash());
    }
}
