package org.sanhe.dispatch.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.event.CallOffered;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.runtime.publish.Published;
import org.sanhe.dispatch.runtime.sequencer.Outcome;

class ReplicaOutcomesTest {

    private static Published applied(long sequence, String callId) {
        List<Event> events = List.of(new CallOffered(callId, "110", true, null, "ch", null, 1_000 + sequence));
        return new Published(sequence, 1_000 + sequence, Actor.system("pbx"),
                new OfferCall(callId, "110", null, "ch", null), events);
    }

    private static Outcome reply(long sequence) {
        return new Outcome(sequence, 1_000 + sequence, List.of());
    }

    @Test
    void aReplyAheadOfTheReplicaWaitsForItAndGetsItsEvents() {
        ReplicaOutcomes outcomes = new ReplicaOutcomes(4);
        outcomes.accept(applied(1, "a"));
        CompletableFuture<Outcome> ahead = outcomes.withEvents(reply(2));
        assertThat(ahead).isNotDone();
        outcomes.accept(applied(2, "b"));
        assertThat(ahead.join().events()).isEqualTo(applied(2, "b").events());
    }

    @Test
    void aReplyTheReplicaHasPassedIsAnsweredAtOnceWhileItIsKept() {
        ReplicaOutcomes outcomes = new ReplicaOutcomes(2);
        for (long s = 1; s <= 3; s++) {
            outcomes.accept(applied(s, "c" + s));
        }
        assertThat(outcomes.withEvents(reply(3)).join().events()).isEqualTo(applied(3, "c3").events());
        assertThat(outcomes.withEvents(reply(1)).join()).as("no longer kept: the reply as it came")
                .isEqualTo(reply(1));
    }
}
