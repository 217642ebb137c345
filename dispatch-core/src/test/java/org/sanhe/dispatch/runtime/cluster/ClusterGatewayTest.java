package org.sanhe.dispatch.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aeron.driver.MediaDriver;
import io.aeron.driver.ThreadingMode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.SleepingMillisIdleStrategy;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.sequencer.Outcome;

/** The gateway without a cluster: a command fails at its deadline, and closing fails what is pending. */
class ClusterGatewayTest {

    private static final List<ClusterMember> NOBODY = List.of(new ClusterMember(0, "localhost", 21300),
            new ClusterMember(1, "localhost", 21310), new ClusterMember(2, "localhost", 21320));

    @Test
    void aCommandNoClusterAnswersFailsAtItsDeadlineWithAClearException() {
        String dir = "/dev/shm/sanhe-cluster-test-gateway-" + ProcessHandle.current().pid();
        try (MediaDriver driver = MediaDriver.launch(new MediaDriver.Context().aeronDirectoryName(dir)
                .threadingMode(ThreadingMode.SHARED).sharedIdleStrategy(new SleepingMillisIdleStrategy(1))
                .termBufferSparseFile(true).publicationTermBufferLength(64 * 1024).ipcTermBufferLength(64 * 1024)
                .dirDeleteOnStart(true).dirDeleteOnShutdown(true))) {
            CompletableFuture<Outcome> late;
            try (ClusterGateway gateway = new ClusterGateway(NOBODY, "localhost", driver.aeronDirectoryName(),
                    EpochClock.system(), Duration.ofMillis(200), Duration.ofMillis(100))) {
                CompletableFuture<Outcome> answer = gateway.submit(Actor.system("pbx"),
                        new OfferCall("c1", "110", null, "ch1", null));
                assertThatThrownBy(() -> answer.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                        .cause().isInstanceOf(ClusterUnavailableException.class)
                        .hasMessageContaining("no answer from the cluster to command 1 within 200 ms");
                late = gateway.submit(Actor.system("pbx"), new OfferCall("c2", "110", null, "ch2", null));
            }
            assertThatThrownBy(() -> late.get(60, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(ClusterUnavailableException.class);
            assertThat(late).isCompletedExceptionally();
        }
    }
}
