package org.sanhe.dispatch.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.runtime.publish.Published;
import org.sanhe.dispatch.runtime.sequencer.Outcome;

/**
 * Three members in this JVM: a leader is elected, commands go through the gateway, the leader is stopped while
 * commands are in flight, a new leader is elected, and no acknowledged command is lost or applied twice; a retry
 * with the same correlation id across the failover is answered with the first outcome and applied once; the old
 * leader, started again, catches up to the same state and chain head.
 */
class ClusterFailoverTest {

    private static final Actor PBX = Actor.system("pbx");

    @Test
    void aLeaderChangeLosesNoAcknowledgedCommandAndDoublesNone() throws Exception {
        try (ClusterHarness cluster = ClusterHarness.start("failover", 21100)) {
            ClusterNode first = cluster.awaitLeader();
            ClusterGateway gateway = cluster.gateway();
            for (int i = 1; i <= 20; i++) {
                assertThat(gateway.submit(PBX, call(i)).get(60, TimeUnit.SECONDS).accepted()).isTrue();
            }
            Outcome retried = gateway.submit(7_000_001L, PBX, call(1_000)).get(60, TimeUnit.SECONDS);
            assertThat(retried.accepted()).isTrue();

            List<CompletableFuture<Outcome>> inFlight = new ArrayList<>();
            for (int i = 21; i <= 40; i++) {
                inFlight.add(gateway.submit(PBX, call(i)));
            }
            cluster.stop(first.memberId());
            for (int i = 41; i <= 60; i++) {
                inFlight.add(gateway.submit(PBX, call(i)));
            }
            ClusterNode second = cluster.awaitLeader();
            assertThat(second.memberId()).isNotEqualTo(first.memberId());

            for (CompletableFuture<Outcome> ack : inFlight) {
                Outcome outcome = ack.get(60, TimeUnit.SECONDS);
                assertThat(outcome.accepted()).as("a command applied twice would be refused the second time: %s",
                        outcome.events()).isTrue();
            }
            Outcome again = gateway.submit(7_000_001L, PBX, call(1_000)).get(60, TimeUnit.SECONDS);
            assertThat(again).as("a retry gets the first answer").isEqualTo(retried);
            Outcome fresh = gateway.submit(PBX, call(1_000)).get(60, TimeUnit.SECONDS);
            assertThat(fresh.rejection().reason()).as("the same call under a new correlation id is a new command")
                    .isEqualTo(RejectReason.CALL_ALREADY_OFFERED);

            long last = cluster.awaitConverged(fresh.sequence());
            for (ClusterNode survivor : cluster.running()) {
                List<String> offered = cluster.published(survivor.memberId()).stream()
                        .filter(p -> p.command() instanceof OfferCall).filter(p -> p.events().stream()
                                .noneMatch(e -> e instanceof org.sanhe.dispatch.domain.event.CommandRejected))
                        .map(p -> ((OfferCall) p.command()).callId()).toList();
                assertThat(offered).as("member %d applied each call once", survivor.memberId())
                        .doesNotHaveDuplicates().hasSize(61);
            }

            cluster.start(first.memberId());
            cluster.awaitConverged(last);
            Map<Integer, Fingerprint> prints = cluster.fingerprints();
            assertThat(prints).hasSize(3);
            assertThat(prints.values().stream().distinct()).as("same state and chain head everywhere: %s", prints)
                    .hasSize(1);
            assertThat(cluster.running()).noneMatch(n -> n.service().diverged());
            List<Published> replayed = cluster.published(first.memberId());
            assertThat(replayed).as("the restarted member replayed its log and caught up").isNotEmpty();
            assertThat(replayed.get(replayed.size() - 1).sequence()).isEqualTo(last);
        }
    }

    private static OfferCall call(int i) {
        return new OfferCall("call-" + i, "110", "1390000" + i, "channel-" + i, null);
    }
}
