package org.sanhe.dispatch.domain.centre;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.domain.event.Event;

/** Rule 7 and replay: the same commands give the same events and the same state hash. */
class DeterminismTest {

    private static final long SEED = Long.getLong("sanhe.seed", System.nanoTime());

    @Test
    void theSameCommandsAppliedTwiceGiveEqualEventsAndEqualHashes() {
        Centre first = new Centre();
        CommandGenerator generator = new CommandGenerator(SEED, Scenario.T0, 0.1);
        List<StampedCommand> commands = new ArrayList<>(generator.setUp(40));
        List<Event> firstEvents = new ArrayList<>();
        commands.forEach(c -> first.apply(c, firstEvents::add));
        for (int i = 0; i < 30_000; i++) {
            StampedCommand command = generator.next(first);
            commands.add(command);
            first.apply(command, firstEvents::add);
        }

        Centre second = new Centre();
        List<Event> secondEvents = new ArrayList<>();
        commands.forEach(c -> second.apply(c, secondEvents::add));

        assertThat(secondEvents).as("seed %d", SEED).isEqualTo(firstEvents);
        assertThat(second.stateHash()).as("seed %d", SEED).isEqualTo(first.stateHash());
        assertThat(second.lastSequence()).isEqualTo(commands.size());
    }

    @Test
    void theHashChangesWithTheStateAndWithTheSequence() {
        Scenario s = Scenario.given(Fixtures.defineRules(), Fixtures.police("P1"), IncidentRulesTest.open("THEFT"));
        String before = s.centre().stateHash();
        s.when(new AssignUnit(1, "P1"));
        String after = s.centre().stateHash();
        assertThat(after).isNotEqualTo(before).hasSize(64);
        s.when(new AssignUnit(1, "P1"));
        assertThat(s.centre().stateHash()).as("a rejection still moves the sequence").isNotEqualTo(after);
    }

    @Test
    void theHashIsAFunctionOfStateNotOfObjectIdentity() {
        Scenario a = Scenario.given(Fixtures.defineRules(), Fixtures.police("P1"), Fixtures.fire("F1"));
        Scenario b = Scenario.given(Fixtures.defineRules(), Fixtures.police("P1"), Fixtures.fire("F1"));
        assertThat(a.centre().stateHash()).isEqualTo(b.centre().stateHash());
    }
}
