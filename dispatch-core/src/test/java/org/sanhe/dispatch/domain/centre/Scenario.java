package org.sanhe.dispatch.domain.centre;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.domain.event.CommandRejected;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.domain.event.RejectReason;

/**
 * Given / when / then over the pure core, with no threads and no mocks. Every command is stamped one second after
 * the previous one unless the test moves the clock with {@link #after}. The given commands must all be accepted.
 *
 * <pre>
 * given(defineRules(), police("P1")).when(new AssignUnit(1, "P1")).thenRejected(UNKNOWN_INCIDENT);
 * </pre>
 */
public final class Scenario {

    /** 2026-11-27T00:00:00Z, the time of the first command. */
    public static final long T0 = 1_795_737_600_000L;
    public static final Actor CALL_TAKER = Actor.user("calltaker1");

    private final Centre centre = new Centre();
    private long sequence;
    private long clock = T0 - 1000;
    private Actor actor = CALL_TAKER;

    private Scenario() {
    }

    public static Scenario given(Command... commands) {
        return new Scenario().and(commands);
    }

    /** Applies more commands, each of which must be accepted. */
    public Scenario and(Command... commands) {
        for (Command command : commands) {
            List<Event> events = apply(command);
            assertThat(events).as("given %s", command).noneMatch(CommandRejected.class::isInstance);
        }
        return this;
    }

    /** Moves the clock forward so that the next command is stamped {@code millis} after the previous one. */
    public Scenario after(long millis) {
        clock += millis - 1000;
        return this;
    }

    /** The actor of the following commands. */
    public Scenario by(Actor who) {
        actor = who;
        return this;
    }

    public Then when(Command command) {
        String before = StateDigest.of(centre, false);
        List<Event> events = apply(command);
        return new Then(events, before, centre);
    }

    /** The time the next command will carry. */
    public long next() {
        return clock + 1000;
    }

    /** The time the last command carried. */
    public long now() {
        return clock;
    }

    public Centre centre() {
        return centre;
    }

    private List<Event> apply(Command command) {
        clock += 1000;
        List<Event> events = new ArrayList<>();
        centre.apply(new StampedCommand(++sequence, clock, actor, command), events::add);
        return events;
    }

    /** The events of the command under test. */
    public static final class Then {

        private final List<Event> events;
        private final String hashBefore;
        private final Centre centre;

        Then(List<Event> events, String hashBefore, Centre centre) {
            this.events = events;
            this.hashBefore = hashBefore;
            this.centre = centre;
        }

        /** Exactly these events, in this order. */
        public Then then(Event... expected) {
            assertThat(events).containsExactly(expected);
            return this;
        }

        /** These events among others, in this relative order. */
        public Then thenContains(Event... expected) {
            assertThat(events).containsSubsequence(expected);
            return this;
        }

        public Then thenNone(Class<? extends Event> type) {
            assertThat(events).noneMatch(type::isInstance);
            return this;
        }

        /** A single rejection for this reason, and no change but the last sequence and time. */
        public Then thenRejected(RejectReason reason) {
            assertThat(events).hasSize(1).first().isInstanceOfSatisfying(CommandRejected.class,
                    r -> assertThat(r.reason()).isEqualTo(reason));
            assertThat(StateDigest.of(centre, false)).as("state after a rejection").isEqualTo(hashBefore);
            return this;
        }

        public <E extends Event> E the(Class<E> type) {
            return events.stream().filter(type::isInstance).map(type::cast).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in " + events));
        }

        public List<Event> events() {
            return events;
        }
    }
}
