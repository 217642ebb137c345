package org.sanhe.dispatch.runtime.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.call.Call;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.centre.Invariants;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.timer.Timer;
import org.sanhe.dispatch.domain.unit.Unit;
import org.sanhe.dispatch.runtime.codec.MalformedRecordException;

/**
 * A centre encoded and decoded has the same state hash and, fed the same further commands as the original, emits the
 * same events: so orders, counters, derived indexes and timers came back, not only the hashed fields. Seeded; rerun a
 * failure with {@code -Dsanhe.seed=N}.
 */
class StateCodecTest {

    private static final long SEED = Long.getLong("sanhe.seed", System.nanoTime());

    @BeforeAll
    static void printSeed() {
        System.out.println("StateCodecTest seed " + SEED);
    }

    @Test
    void aRestoredRandomCentreHasTheSameHashAndBehavesTheSameUnderFurtherCommands() {
        RandomCentre random = RandomCentre.of(SEED, 0.1, 60, 20_000);
        Centre original = random.centre();
        byte[] bytes = StateCodec.encode(original);

        Centre restored = StateCodec.decode(bytes);

        assertThat(restored.stateHash()).as("seed %d", SEED).isEqualTo(original.stateHash());
        assertThat(Invariants.checkAll(restored)).as("seed %d", SEED).isEmpty();
        assertThat(StateCodec.encode(restored)).as("seed %d: re-encoding is byte-identical", SEED).isEqualTo(bytes);
        assertSameOrdersAndIndexes(original, restored);
        assertSameFuture(random, restored, 5_000);
    }

    @Test
    void anEmptyCentreRoundTrips() {
        Centre empty = new Centre();
        Centre restored = StateCodec.decode(StateCodec.encode(empty));
        assertThat(restored.stateHash()).isEqualTo(empty.stateHash());
        assertThat(restored.lastSequence()).isZero();

        List<Event> expected = new ArrayList<>();
        List<Event> actual = new ArrayList<>();
        for (StampedCommand c : RandomCentre.setUp(SEED, 5)) {
            empty.apply(c, expected::add);
            restored.apply(c, actual::add);
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(restored.stateHash()).isEqualTo(empty.stateHash());
    }

    @Test
    void aCentreWithRulesOnlyRoundTrips() {
        RandomCentre random = RandomCentre.of(SEED, 0, 0, 0);
        Centre original = random.centre();
        assertThat(original.rules().types()).isNotEmpty();

        Centre restored = StateCodec.decode(StateCodec.encode(original));

        assertThat(restored.rules()).isEqualTo(original.rules());
        assertThat(restored.stateHash()).isEqualTo(original.stateHash());
    }

    /** Applies the same {@code steps} commands, generated against the original, to both; events and hashes agree. */
    private static void assertSameFuture(RandomCentre original, Centre restored, int steps) {
        List<Event> expected = new ArrayList<>();
        List<StampedCommand> commands = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            commands.add(original.next(expected::add));
        }
        List<Event> actual = new ArrayList<>();
        commands.forEach(c -> restored.apply(c, actual::add));
        assertThat(actual).as("seed %d: events after the restore", SEED).isEqualTo(expected);
        assertThat(restored.stateHash()).as("seed %d", SEED).isEqualTo(original.centre().stateHash());
        assertThat(Invariants.checkAll(restored)).as("seed %d", SEED).isEmpty();
    }

    private static void assertSameOrdersAndIndexes(Centre a, Centre b) {
        assertThat(b.calls().all().stream().map(Call::id).toList())
                .isEqualTo(a.calls().all().stream().map(Call::id).toList());
        assertThat(b.incidents().all().stream().map(Incident::id).toList())
                .isEqualTo(a.incidents().all().stream().map(Incident::id).toList());
        assertThat(b.incidents().open().stream().map(Incident::id).toList()).as("open incidents, oldest first")
                .isEqualTo(a.incidents().open().stream().map(Incident::id).toList());
        assertThat(b.units().all().stream().map(Unit::id).toList())
                .isEqualTo(a.units().all().stream().map(Unit::id).toList());
        assertThat(b.timers().pending().stream().map(Timer::id).toList())
                .isEqualTo(a.timers().pending().stream().map(Timer::id).toList());
        assertThat(b.incidents().lastId()).isEqualTo(a.incidents().lastId());
        assertThat(b.timers().lastId()).isEqualTo(a.timers().lastId());

        Set<String> numbers = new TreeSet<>(List.of("no-such-number"));
        a.calls().all().stream().map(Call::callerNumber).filter(Objects::nonNull).forEach(numbers::add);
        for (String number : numbers) {
            assertThat(b.calls().fromCaller(number).stream().map(Call::id).toList()).as("calls from %s", number)
                    .isEqualTo(a.calls().fromCaller(number).stream().map(Call::id).toList());
        }
        for (Call call : a.calls().all()) {
            assertThat(b.calls().hasChannel(call.channelId())).as("channel %s", call.channelId()).isTrue();
        }
        assertThat(b.calls().hasChannel("no-such-channel")).isFalse();
    }

    @Test
    void aRandomCentreKeepsItsAlertsAndAVersionThreeSnapshotIsRefused() {
        Centre withAlerts = RandomCentre.of(SEED, 0.1, 10, 20_000).centre();
        assertThat(withAlerts.alerts().size()).as("seed %d", SEED).isPositive();
        assertThat(StateCodec.decode(StateCodec.encode(withAlerts)).alerts().all())
                .containsExactlyElementsOf(withAlerts.alerts().all());

        // version 3 had no recordings, imports or alerts: recovery skips such a snapshot and replays the journal
        Centre none = RandomCentre.of(SEED, 0.1, 10, 50).centre();
        byte[] v3 = StateCodec.encode(none);
        v3[5] = 3;
        assertThatThrownBy(() -> StateCodec.decode(v3)).isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("version 3");
    }

    @Test
    void aRandomCentreKeepsEveryIncidentsRespondersAndAVersionFourSnapshotIsRefused() {
        Centre centre = RandomCentre.of(SEED, 0.1, 10, 20_000).centre();
        Centre restored = StateCodec.decode(StateCodec.encode(centre));
        assertThat(centre.incidents().all().stream().filter(i -> !i.isOpen() && !i.responders().isEmpty()))
                .as("seed %d: closed incidents that had units", SEED).isNotEmpty();
        for (Incident incident : centre.incidents().all()) {
            assertThat(restored.incidents().get(incident.id()).responders()).as("incident %d", incident.id())
                    .containsExactlyElementsOf(incident.responders());
        }

        // version 4 had no responders: recovery skips such a snapshot and replays the journal
        byte[] v4 = StateCodec.encode(centre);
        v4[5] = 4;
        assertThatThrownBy(() -> StateCodec.decode(v4)).isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("version 4");
    }
}
