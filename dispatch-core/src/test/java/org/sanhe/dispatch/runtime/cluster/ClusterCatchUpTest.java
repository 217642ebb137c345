package org.sanhe.dispatch.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.centre.CommandGenerator;
import org.sanhe.dispatch.domain.centre.Fixtures;
import org.sanhe.dispatch.domain.centre.Scenario;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.DefineRules;
import org.sanhe.dispatch.domain.command.FireTimer;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.domain.event.CallAnswerOverdue;
import org.sanhe.dispatch.domain.event.CallOffered;
import org.sanhe.dispatch.domain.rules.CentreRules;
import org.sanhe.dispatch.domain.rules.TimerPolicy;
import org.sanhe.dispatch.runtime.clock.TimerAgent;
import org.sanhe.dispatch.runtime.journal.JournalReader;
import org.sanhe.dispatch.runtime.publish.Published;
import org.sanhe.dispatch.runtime.sequencer.Outcome;

/**
 * Snapshots, restarts and catch-up: every member reaches the same state hash and journal chain head; a member that
 * was down catches up from the leader; a cluster restarted whole replays its logs from the snapshot without writing
 * any journal entry twice; the core's timers fire as cluster timers, as the same journaled {@code FireTimer}.
 */
class ClusterCatchUpTest {

    private static final long SEED = 17;

    @Test
    void snapshotRestartAndCatchUpLeaveTheSameStateAndChainHeadOnEveryMember() throws Exception {
        try (ClusterHarness cluster = ClusterHarness.start("catchup", 21200)) {
            ClusterNode leader = cluster.awaitLeader();
            ClusterGateway gateway = cluster.gateway();
            CommandGenerator generator = new CommandGenerator(SEED, Scenario.T0, 0.1);
            Centre shadow = new Centre();
            List<StampedCommand> setUp = generator.setUp(20);
            setUp.forEach(c -> shadow.apply(c, e -> { }));
            submitAll(gateway, setUp.stream().map(c -> c.command() instanceof DefineRules ? quickRules() : c)
                    .toList());

            ReplicaOutcomes outcomes = new ReplicaOutcomes();
            ClusterNode follower0 = cluster.running().stream().filter(n -> n != leader).findFirst().orElseThrow();
            follower0.service().publisher().listen(outcomes);
            Outcome offered = outcomes.over(gateway).submit(Actor.system("pbx"), new OfferCall("unanswered", "110",
                    null, "ch-u", null)).get(60, TimeUnit.SECONDS);
            assertThat(offered.events()).as("the accepted events, from a follower's own replica")
                    .anyMatch(CallOffered.class::isInstance);
            for (ClusterNode member : cluster.running()) {
                Await.until("member " + member.memberId() + " fired the answer timer", () -> cluster
                        .published(member.memberId()).stream().anyMatch(ClusterCatchUpTest::answerOverdue));
            }
            assertThat(offered.accepted()).isTrue();

            submitAll(gateway, generate(generator, shadow, 100));
            assertThat(cluster.awaitLeader().requestSnapshot()).isTrue();
            for (ClusterNode member : cluster.running()) {
                Await.until("member " + member.memberId() + " took a snapshot",
                        () -> member.service().snapshotsTaken() > 0);
            }
            submitAll(gateway, generate(generator, shadow, 50));

            int follower = (leader.memberId() + 1) % ClusterHarness.MEMBERS;
            cluster.stop(follower);
            submitAll(gateway, generate(generator, shadow, 50));
            cluster.start(follower);
            Fingerprint caughtUp = cluster.awaitSameFingerprint();
            assertThat(cluster.running()).hasSize(3).noneMatch(n -> n.service().diverged());

            for (int id = 0; id < ClusterHarness.MEMBERS; id++) {
                cluster.stop(id);
            }
            for (int id = 0; id < ClusterHarness.MEMBERS; id++) {
                cluster.start(id);
            }
            cluster.awaitLeader();
            Fingerprint restarted = cluster.awaitQuiet();
            assertThat(restarted.sequence()).isGreaterThanOrEqualTo(caughtUp.sequence());
            assertThat(cluster.running()).noneMatch(n -> n.service().diverged());
            long replayedFrom = cluster.published(follower).get(0).sequence();
            assertThat(replayedFrom).as("the restarted members began from the snapshot, not the log's start")
                    .isGreaterThan(1);

            for (int id = 0; id < ClusterHarness.MEMBERS; id++) {
                cluster.stop(id);
            }
            for (int id = 0; id < ClusterHarness.MEMBERS; id++) {
                try (JournalReader reader = JournalReader.open(cluster.journalDir(id))) {
                    JournalReader.Scan scan = reader.scan(entry -> { });
                    assertThat(scan.chainOk()).as("member %d's journal chain", id).isTrue();
                    assertThat(scan.entries()).as("member %d wrote each command once", id)
                            .isEqualTo(restarted.sequence());
                    assertThat(HexFormat.of().formatHex(scan.last().link())).isEqualTo(restarted.chainHead());
                }
            }
        }
    }

    private static boolean answerOverdue(Published p) {
        return p.actor().equals(TimerAgent.TIMER) && p.command() instanceof FireTimer
                && p.events().stream().anyMatch(CallAnswerOverdue.class::isInstance);
    }

    /** The fixture's rules with a 300 ms answer timer and no other: timers fire within the test. */
    private static StampedCommand quickRules() {
        CentreRules r = Fixtures.rules();
        CentreRules quick = new CentreRules(r.agencies(), r.lines(), r.types(), r.duplicates(),
                new TimerPolicy(300, 0, List.of(0L, 0L, 0L, 0L)));
        return new StampedCommand(0, 0, Actor.user("supervisor"), new DefineRules(quick));
    }

    private static List<StampedCommand> generate(CommandGenerator generator, Centre shadow, int n) {
        List<StampedCommand> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StampedCommand c = generator.next(shadow);
            shadow.apply(c, e -> { });
            out.add(c);
        }
        return out;
    }

    /** Submits in order without waiting between them, then waits for every answer. */
    private static void submitAll(ClusterGateway gateway, List<StampedCommand> commands) throws Exception {
        List<CompletableFuture<Outcome>> acks = new ArrayList<>();
        for (StampedCommand c : commands) {
            acks.add(gateway.submit(c.actor(), c.command()));
        }
        for (CompletableFuture<Outcome> ack : acks) {
            ack.get(60, TimeUnit.SECONDS);
        }
    }
}
