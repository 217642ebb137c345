package org.sanhe.dispatch.runtime.snapshot;

import java.util.List;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.centre.CommandGenerator;
import org.sanhe.dispatch.domain.centre.Scenario;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.domain.event.EventSink;

/** A centre fed by a seeded {@link CommandGenerator}, which keeps generating against it after a snapshot. */
final class RandomCentre {

    private final Centre centre = new Centre();
    private final CommandGenerator generator;

    private RandomCentre(long seed, double invalidShare) {
        generator = new CommandGenerator(seed, Scenario.T0, invalidShare);
    }

    /** Rules, {@code units} units, then {@code commands} random commands. */
    static RandomCentre of(long seed, double invalidShare, int units, int commands) {
        RandomCentre random = new RandomCentre(seed, invalidShare);
        random.generator.setUp(units).forEach(c -> random.centre.apply(c, e -> { }));
        for (int i = 0; i < commands; i++) {
            random.next(e -> { });
        }
        return random;
    }

    /** Generates the next command against this centre, applies it here, and returns it. */
    StampedCommand next(EventSink out) {
        StampedCommand command = generator.next(centre);
        centre.apply(command, out);
        return command;
    }

    /** The commands that set a centre up with rules and {@code units} units. */
    static List<StampedCommand> setUp(long seed, int units) {
        return new CommandGenerator(seed, Scenario.T0, 0).setUp(units);
    }

    Centre centre() {
        return centre;
    }
}
