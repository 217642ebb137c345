package org.sanhe.dispatch.domain.centre;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.domain.event.CommandRejected;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.domain.event.RejectReason;

/**
 * Seeded random command streams, valid and invalid, with the invariants checked after every step. A failure names
 * the seed and the step; rerun with {@code -Dsanhe.seed=N} to reproduce.
 */
class RandomCommandsTest {

    private static final long SEED = Long.getLong("sanhe.seed", System.nanoTime());
    private static final int STEPS = 120_000;

    @Test
    void invariantsHoldAfterEveryCommandOfARandomStream() {
        Centre centre = new Centre();
        CommandGenerator generator = new CommandGenerator(SEED, Scenario.T0, 0.15);
        generator.setUp(60).forEach(c -> centre.apply(c, e -> { }));
        Map<RejectReason, Integer> rejections = new EnumMap<>(RejectReason.class);
        int accepted = 0;
        for (int step = 1; step <= STEPS; step++) {
            StampedCommand command = generator.next(centre);
            List<Event> events = new ArrayList<>();
            centre.apply(command, events::add);
            if (events.size() == 1 && events.get(0) instanceof CommandRejected r) {
                rejections.merge(r.reason(), 1, Integer::sum);
            } else {
                accepted++;
            }
            List<String> broken = step % 1000 == 0 ? Invariants.checkAll(centre) : Invariants.check(centre);
            assertThat(broken).as("seed %d, step %d, after %s", SEED, step, command).isEmpty();
        }
        assertThat(Invariants.checkAll(centre)).as("seed %d at the end", SEED).isEmpty();
        assertThat(accepted).as("seed %d: most commands are valid", SEED).isGreaterThan(STEPS / 2);
        assertThat(rejections.keySet()).as("seed %d: the invalid ones meet many rules", SEED).hasSizeGreaterThan(10);
    }

    @Test
    void aRejectedCommandChangesNothing() {
        Centre centre = new Centre();
        CommandGenerator generator = new CommandGenerator(SEED, Scenario.T0, 0.5);
        generator.setUp(20).forEach(c -> centre.apply(c, e -> { }));
        for (int step = 1; step <= 5_000; step++) {
            StampedCommand command = generator.next(centre);
            String before = StateDigest.of(centre, false);
            List<Event> events = new ArrayList<>();
            centre.apply(command, events::add);
            if (events.stream().anyMatch(CommandRejected.class::isInstance)) {
                assertThat(events).as("seed %d, step %d: a rejection comes alone", SEED, step).hasSize(1);
                assertThat(StateDigest.of(centre, false)).as("seed %d, step %d, %s", SEED, step, command)
                        .isEqualTo(before);
            }
        }
    }
}
