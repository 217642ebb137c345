package org.sanhe.dispatch.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterOptionsTest {

    private static final List<ClusterMember> THREE = List.of(new ClusterMember(0, "10.0.0.1", 20000),
            new ClusterMember(1, "10.0.0.2", 20000), new ClusterMember(2, "10.0.0.3", 20010));

    private static ClusterOptions member(int id, List<ClusterMember> members) {
        return ClusterOptions.of(id, members, Path.of("c"), Path.of("j"), "/dev/shm/a");
    }

    @Test
    void aMembersFivePortsFollowItsBasePortInAeronsOrder() {
        ClusterOptions options = member(2, THREE);
        assertThat(options.self().endpoint(ClusterMember.ARCHIVE)).isEqualTo("10.0.0.3:20014");
        assertThat(options.aeronMembers()).isEqualTo("0,10.0.0.1:20000,10.0.0.1:20001,10.0.0.1:20002,"
                + "10.0.0.1:20003,10.0.0.1:20004|1,10.0.0.2:20000,10.0.0.2:20001,10.0.0.2:20002,10.0.0.2:20003,"
                + "10.0.0.2:20004|2,10.0.0.3:20010,10.0.0.3:20011,10.0.0.3:20012,10.0.0.3:20013,10.0.0.3:20014");
        assertThat(ClusterOptions.ingressEndpoints(THREE))
                .isEqualTo("0=10.0.0.1:20000,1=10.0.0.2:20000,2=10.0.0.3:20010");
        assertThat(options.leaderHeartbeatTimeout()).isEqualTo(ClusterOptions.PRODUCTION_HEARTBEAT_TIMEOUT);
    }

    @Test
    void inconsistentMembersAndTimeoutsAreRefused() {
        assertThatThrownBy(() -> member(3, THREE)).hasMessageContaining("memberId 3 is not among the members");
        assertThatThrownBy(() -> member(0, List.of(new ClusterMember(0, "h", 20000), new ClusterMember(0, "g", 1))))
                .hasMessageContaining("member id 0 is listed twice");
        assertThatThrownBy(() -> member(0, List.of(new ClusterMember(0, "h", 20000), new ClusterMember(1, "h",
                20004)))).hasMessageContaining("port h:20004 overlaps");
        assertThatThrownBy(() -> new ClusterMember(0, "h", 65_532)).hasMessageContaining("basePort");
        assertThatThrownBy(() -> member(0, THREE).withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessageContaining("electionTimeout must be positive and below leaderHeartbeatTimeout");
    }
}
