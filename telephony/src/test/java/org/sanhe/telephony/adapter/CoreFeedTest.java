package org.sanhe.telephony.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.EndCall;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.telephony.stubs.DeferredGateway;

/**
 * The feed's holding and delivery with the core's completions under the test's control: commands already in flight
 * when the journal refuses one, refusals during delivery, and the bound on what is held.
 */
class CoreFeedTest {

    private final DeferredGateway gateway = new DeferredGateway();
    /** The adapter's clock as the test sets it (milliseconds): the feed reads no other time. */
    private final AtomicLong now = new AtomicLong(1_764_000_000_000L);
    private final CoreFeed feed = new CoreFeed(gateway, AsteriskCallAdapter.PBX, now::get, 0);

    @Test
    void aCommandRejectedInFlightAfterARefusedOneIsHeldAndDeliveredAfterIt() throws Exception {
        feed.submit(offer("a"));
        feed.submit(answer("a"));
        feed.submit(offer("b"));
        List<DeferredGateway.Pending> sent = gateway.submitted();
        sent.get(0).future().completeExceptionally(DeferredGateway.journalFull());
        sent.get(1).future().complete(DeferredGateway.rejected(RejectReason.UNKNOWN_CALL));
        sent.get(2).future().complete(DeferredGateway.accepted());

        feed.submit(end("a"));
        assertThat(gateway.submitted()).as("held behind the refused offer, not sent").hasSize(3);
        assertThat(feed.held()).isEqualTo(3);

        gateway.answerAtOnce(c -> DeferredGateway.accepted());
        feed.retry();

        assertThat(commandsFrom(3)).containsExactly(offer("a"), answer("a"), end("a"));
        assertThat(feed.held()).isZero();
        feed.submit(offer("c"));
        assertThat(commandsFrom(6)).as("sent at once again").containsExactly(offer("c"));
    }

    @Test
    void aRefusalDuringDeliveryStopsItWithTheOrderKept() throws Exception {
        gateway.answerAtOnce(c -> {
            throw DeferredGateway.journalFull();
        });
        feed.submit(offer("a"));
        feed.submit(answer("a"));
        assertThat(feed.held()).isEqualTo(2);
        assertThat(gateway.submitted()).as("the second was held, not sent").hasSize(1);

        feed.retry();
        assertThat(commandsFrom(1)).as("one retry, refused again").containsExactly(offer("a"));
        assertThat(feed.held()).isEqualTo(2);

        gateway.answerAtOnce(c -> DeferredGateway.accepted());
        feed.retry();
        assertThat(commandsFrom(2)).containsExactly(offer("a"), answer("a"));
        assertThat(feed.held()).isZero();
    }

    @Test
    void afterARefusalRetriesWaitThePauseOnTheAdaptersClock() throws Exception {
        CoreFeed paused = new CoreFeed(gateway, AsteriskCallAdapter.PBX, now::get, 500);
        paused.submit(offer("a"));
        gateway.last().future().completeExceptionally(DeferredGateway.journalFull());
        gateway.answerAtOnce(c -> DeferredGateway.accepted());

        paused.retry();
        assertThat(gateway.submitted()).as("still pausing: the clock has not moved").hasSize(1);
        assertThat(paused.pollMillis(5_000)).isEqualTo(501);

        now.addAndGet(499);
        paused.retry();
        assertThat(gateway.submitted()).as("1 ms of the pause left").hasSize(1);
        assertThat(paused.pollMillis(5_000)).isEqualTo(2);

        now.addAndGet(1);
        paused.retry();
        assertThat(commandsFrom(1)).containsExactly(offer("a"));
        assertThat(paused.held()).isZero();
    }

    @Test
    void aRejectionWhileTheJournalTakesCommandsIsNotHeld() {
        feed.submit(answer("x"));
        gateway.last().future().complete(DeferredGateway.rejected(RejectReason.UNKNOWN_CALL));
        assertThat(feed.held()).isZero();
        assertThat(feed.pollMillis(5_000)).isEqualTo(5_000);
    }

    @Test
    void pastItsCapacityTheFeedDropsNewCommandsAndCountsThem() {
        gateway.answerAtOnce(c -> {
            throw DeferredGateway.journalFull();
        });
        for (int i = 0; i <= CoreFeed.CAPACITY; i++) {
            feed.submit(offer("c" + i));
        }
        assertThat(feed.held()).isEqualTo(CoreFeed.CAPACITY);
        assertThat(feed.dropped()).isEqualTo(1);
        assertThat(feed.submitted()).isEqualTo(CoreFeed.CAPACITY + 1L);
    }

    private List<Command> commandsFrom(int index) {
        List<DeferredGateway.Pending> all = gateway.submitted();
        return all.subList(index, all.size()).stream().map(DeferredGateway.Pending::command).toList();
    }

    private static OfferCall offer(String id) {
        return new OfferCall(id, "110", null, "ch-" + id, null);
    }

    private static AnswerCall answer(String id) {
        return new AnswerCall(id, "calltaker1", "PJSIP/1001");
    }

    private static EndCall end(String id) {
        return new EndCall(id, "Normal Clearing");
    }
}
