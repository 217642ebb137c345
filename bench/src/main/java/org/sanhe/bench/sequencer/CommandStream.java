package org.sanhe.bench.sequencer;

import java.util.ArrayList;
import java.util.List;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.centre.CommandGenerator;
import org.sanhe.dispatch.domain.command.StampedCommand;

/** The realistic command mix of the core's tests (seed 42, 5% invalid), generated once against a shadow centre. */
public final class CommandStream {

    private CommandStream() {
    }

    public static List<StampedCommand> generate(int count) {
        Centre shadow = new Centre();
        CommandGenerator generator = new CommandGenerator(42, 1_795_737_600_000L, 0.05);
        List<StampedCommand> commands = new ArrayList<>(generator.setUp(120));
        commands.forEach(c -> shadow.apply(c, e -> { }));
        while (commands.size() < count) {
            StampedCommand c = generator.next(shadow);
            shadow.apply(c, e -> { });
            commands.add(c);
        }
        return commands;
    }
}
