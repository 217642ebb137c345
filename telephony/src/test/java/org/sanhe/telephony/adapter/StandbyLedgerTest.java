package org.sanhe.telephony.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.EndCall;
import org.sanhe.dispatch.domain.command.OfferCall;

/** The standby's pending list: order, pruning by the facts the replica applied, and its bounds. */
class StandbyLedgerTest {

    private static OfferCall offer(String id) {
        return new OfferCall(id, "110", "13800000000", id + "-chan", null);
    }

    @Test
    void keepsCommandsInOrderUntilTheReplicaAppliesTheSameFact() {
        StandbyLedger ledger = new StandbyLedger();
        ledger.keep(offer("c1"), 0);
        ledger.keep(new AnswerCall("c1", "alice", "PJSIP/1001"), 1);
        ledger.keep(offer("c2"), 2);
        ledger.keep(new EndCall("c1", "normal"), 3);

        ledger.applied(offer("c1"), 4);
        ledger.applied(new EndCall("c2", "normal"), 5);

        assertThat(ledger.size()).isEqualTo(3);
        assertThat(ledger.matched()).isEqualTo(1);
        assertThat(ledger.drain(6)).containsExactly(new AnswerCall("c1", "alice", "PJSIP/1001"), offer("c2"),
                new EndCall("c1", "normal"));
        assertThat(ledger.size()).isZero();
        assertThat(ledger.drain(7)).isEmpty();
    }

    @Test
    void aFactAppliedBeforeTheTrackerEmitsItCancelsTheCommandWhenItComes() {
        StandbyLedger ledger = new StandbyLedger();
        ledger.applied(offer("c1"), 0);
        ledger.applied(offer("c1"), 0);

        ledger.keep(offer("c1"), 1);
        ledger.keep(new EndCall("c1", "lost"), 2);

        assertThat(ledger.drain(3)).as("the same type and call id match, whatever the other fields")
                .containsExactly(new EndCall("c1", "lost"));
        assertThat(ledger.matched()).isEqualTo(1);
    }

    @Test
    void aRepeatedFactMatchesTheOldestKeptCommandFirst() {
        StandbyLedger ledger = new StandbyLedger();
        EndCall first = new EndCall("c1", "first");
        EndCall second = new EndCall("c1", "second");
        ledger.keep(first, 0);
        ledger.keep(second, 1);

        ledger.applied(new EndCall("c1", "whatever"), 2);

        assertThat(ledger.drain(3)).containsExactly(second);
    }

    @Test
    void theOldestCommandsArePushedOutPastTheCountAndCounted() {
        StandbyLedger ledger = new StandbyLedger(3, 1_000);
        for (int i = 1; i <= 5; i++) {
            ledger.keep(offer("c" + i), i);
        }

        assertThat(ledger.dropped()).isEqualTo(2);
        assertThat(ledger.drain(6)).containsExactly(offer("c3"), offer("c4"), offer("c5"));
    }

    @Test
    void commandsOlderThanTheAgeBoundAreDroppedAndCounted() {
        StandbyLedger ledger = new StandbyLedger(100, 1_000);
        ledger.keep(offer("old"), 0);
        ledger.keep(offer("young"), 500);

        assertThat(ledger.drain(1_200)).containsExactly(offer("young"));
        assertThat(ledger.dropped()).isEqualTo(1);
    }

    @Test
    void anAppliedFactIsForgottenPastTheAgeBound() {
        StandbyLedger ledger = new StandbyLedger(100, 1_000);
        ledger.applied(offer("c1"), 0);

        Command late = offer("c1");
        ledger.keep(late, 2_000);

        assertThat(ledger.drain(2_001)).containsExactly(late);
    }
}
