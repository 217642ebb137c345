package org.sanhe.bench.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.sanhe.dispatch.runtime.cluster.ClusterNode;
import org.sanhe.dispatch.runtime.publish.EventPublisher;

/**
 * One member of a {@link LoopbackCluster} in its own JVM: {@code ClusterMemberMain <memberId> <basePort> <root>}.
 * It runs until its standard input ends (the parent closed it, or died), then closes the member and exits.
 */
public final class ClusterMemberMain {

    private ClusterMemberMain() {
    }

    public static void main(String[] args) throws IOException {
        int id = Integer.parseInt(args[0]);
        int basePort = Integer.parseInt(args[1]);
        Path root = Path.of(args[2]);
        try (ClusterNode node = ClusterNode.launch(LoopbackCluster.options(id, basePort, root),
                new EventPublisher())) {
            System.out.println("member " + id + " running; closes when standard input ends");
            InputStream in = System.in;
            while (in.read() >= 0) {
                continue;
            }
            System.out.println("member " + id + " closing at sequence " + node.service().lastApplied());
        }
        System.exit(0);
    }
}
