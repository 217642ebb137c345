package org.sanhe.dispatch.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.dispatch.domain.centre.Fixtures;
import org.sanhe.dispatch.domain.centre.Scenario;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.command.OpenIncident;
import org.sanhe.dispatch.domain.event.DispatchOverdue;
import org.sanhe.dispatch.runtime.clock.TimerAgent;
import org.sanhe.dispatch.runtime.publish.Delivery;
import org.sanhe.dispatch.runtime.publish.Missed;
import org.sanhe.dispatch.runtime.publish.Published;
import org.sanhe.dispatch.runtime.publish.Subscription;
import org.sanhe.dispatch.runtime.sequencer.Outcome;
import org.sanhe.dispatch.stubs.ManualClock;

class PublishAndTimersTest {

    @TempDir
    Path dir;

    @Test
    void aSubscriberThatStopsReadingNeverSlowsTheCoreAndIsToldWhereItMissedFrom() throws Exception {
        ManualClock clock = new ManualClock(Scenario.T0);
        try (DispatchRuntime runtime = DispatchRuntime.start(RuntimeOptions.defaults(dir).withoutTimerThread(), clock)) {
            Subscription stalled = runtime.subscribe("stalled", 16);
            Subscription healthy = runtime.subscribe("healthy", 4_096);
            List<CompletableFuture<Outcome>> acks = new ArrayList<>();
            for (int i = 1; i <= 1_000; i++) {
                acks.add(runtime.submit(Actor.system("pbx"), new OfferCall("c" + i, "110", null, "ch" + i, null)));
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

            List<Long> received = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                Delivery d = healthy.poll(10, TimeUnit.SECONDS);
                received.add(((Published) d).sequence());
            }
            assertThat(received).as("the healthy subscriber gets every command in order").isSorted()
                    .hasSize(1_000).doesNotHaveDuplicates();

            for (int i = 1; i <= 16; i++) {
                assertThat(stalled.next()).isInstanceOfSatisfying(Published.class, p -> assertThat(p.sequence())
                        .isGreaterThan(0));
            }
            Delivery gap = stalled.next();
            assertThat(gap).isInstanceOf(Missed.class);
            assertThat(((Missed) gap).fromSequence()).isEqualTo(17);
            assertThat(stalled.next()).as("nothing more until new commands").isNull();

            runtime.submit(Actor.system("pbx"), new OfferCall("late", "110", null, "ch-late", null))
                    .get(10, TimeUnit.SECONDS);
            Delivery resumed = stalled.poll(10, TimeUnit.SECONDS);
            assertThat(resumed).isInstanceOfSatisfying(Published.class,
                    p -> assertThat(p.sequence()).isEqualTo(1_001));
        }
    }

    @Test
    void aDueTimerIsFedBackAsAJournaledCommandAndReportsTheOverdue() throws Exception {
        ManualClock clock = new ManualClock(Scenario.T0);
        try (DispatchRuntime runtime = DispatchRuntime.start(RuntimeOptions.defaults(dir).withoutTimerThread(), clock)) {
            Subscription events = runtime.subscribe("test", 1_024);
            runtime.submit(Actor.user("supervisor"), Fixtures.defineRules()).get(10, TimeUnit.SECONDS);
            runtime.submit(Actor.user("ct"), new OpenIncident("ROBBERY", 0, Fixtures.CENTRE, null, null, null, null))
                    .get(10, TimeUnit.SECONDS);
            assertThat(runtime.timers().fireDue()).as("nothing due yet").isZero();
            clock.advance(60_000);
            assertThat(runtime.timers().fireDue()).isEqualTo(1);
            assertThat(runtime.timers().fireDue()).as("not handed out twice").isZero();

            Published fired = null;
            while (fired == null) {
                Published p = (Published) events.poll(10, TimeUnit.SECONDS);
                if (p.actor().equals(TimerAgent.TIMER)) {
                    fired = p;
                }
            }
            assertThat(fired.events()).containsExactly(new DispatchOverdue(1, 1, 60_000));
        }
    }

    @Test
    void pendingTimersSurviveARestart() throws Exception {
        ManualClock clock = new ManualClock(Scenario.T0);
        RuntimeOptions options = RuntimeOptions.defaults(dir).withoutTimerThread();
        try (DispatchRuntime runtime = DispatchRuntime.start(options, clock)) {
            runtime.submit(Actor.user("supervisor"), Fixtures.defineRules()).get(10, TimeUnit.SECONDS);
            runtime.submit(Actor.user("ct"), new OpenIncident("ROBBERY", 0, Fixtures.CENTRE, null, null, null, null))
                    .get(10, TimeUnit.SECONDS);
        }
        clock.advance(61_000);
        try (DispatchRuntime runtime = DispatchRuntime.start(options, clock)) {
            assertThat(runtime.timers().fireDue()).isEqualTo(1);
        }
    }
}
