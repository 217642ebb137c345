package org.sanhe.dispatch.runtime.cluster;

import io.aeron.archive.Archive;
import io.aeron.archive.ArchiveThreadingMode;
import io.aeron.archive.client.AeronArchive;
import io.aeron.cluster.ConsensusModule;
import io.aeron.cluster.MillisecondClusterClock;
import io.aeron.cluster.service.ClusteredServiceContainer;
import io.aeron.driver.MediaDriver;
import io.aeron.driver.ThreadingMode;
import java.io.File;
import java.util.function.Supplier;
import org.agrona.ErrorHandler;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.NoOpLock;
import org.agrona.concurrent.SleepingMillisIdleStrategy;

/**
 * The Aeron contexts of one member, set for a small machine: one shared driver thread, every agent sleeping 1 ms
 * when idle (dedicated threads with back-off idling starve three members on two cores), small sparse terms, the
 * cluster's time in milliseconds, and one Aeron directory per member. Used by {@link ClusterNode} only.
 */
final class NodeContexts {

    /** Term length of the Raft log: a command is well under its 64 KB largest message. */
    static final String LOG_CHANNEL = "aeron:udp?term-length=512k";
    static final String INGRESS_CHANNEL = "aeron:udp?term-length=128k";
    static final String ARCHIVE_LOCAL_CHANNEL = "aeron:ipc?term-length=64k";
    static final int PUBLICATION_TERM_LENGTH = 64 * 1024;
    static final int IPC_TERM_LENGTH = 256 * 1024;
    static final int ARCHIVE_SEGMENT_LENGTH = 8 * 1024 * 1024;
    static final Supplier<IdleStrategy> IDLE = () -> new SleepingMillisIdleStrategy(1);

    private NodeContexts() {
    }

    static MediaDriver.Context driver(ClusterOptions options, ErrorHandler errors) {
        return new MediaDriver.Context()
                .aeronDirectoryName(options.aeronDir())
                .threadingMode(ThreadingMode.SHARED)
                .sharedIdleStrategy(IDLE.get())
                .termBufferSparseFile(true)
                .publicationTermBufferLength(PUBLICATION_TERM_LENGTH)
                .ipcTermBufferLength(IPC_TERM_LENGTH)
                .dirDeleteOnStart(true)
                .dirDeleteOnShutdown(true)
                .errorHandler(errors);
    }

    static Archive.Context archive(ClusterOptions options, ErrorHandler errors) {
        ClusterMember self = options.self();
        return new Archive.Context()
                .aeronDirectoryName(options.aeronDir())
                .archiveId(self.id())
                .archiveDir(new File(options.dir().toFile(), "archive"))
                .controlChannel("aeron:udp?endpoint=" + self.endpoint(ClusterMember.ARCHIVE))
                .localControlChannel(ARCHIVE_LOCAL_CHANNEL)
                .replicationChannel("aeron:udp?endpoint=" + self.host() + ":0")
                .recordingEventsEnabled(false)
                .segmentFileLength(ARCHIVE_SEGMENT_LENGTH)
                .threadingMode(ArchiveThreadingMode.SHARED)
                .idleStrategySupplier(IDLE)
                .deleteArchiveOnStart(false)
                .errorHandler(errors);
    }

    /** How the consensus module and the service container reach the member's archive: over IPC. */
    static AeronArchive.Context archiveClient(ClusterOptions options, Archive.Context archive) {
        return new AeronArchive.Context()
                .lock(NoOpLock.INSTANCE)
                .aeronDirectoryName(options.aeronDir())
                .controlRequestChannel(archive.localControlChannel())
                .controlRequestStreamId(archive.localControlStreamId())
                .controlResponseChannel(ARCHIVE_LOCAL_CHANNEL);
    }

    static ConsensusModule.Context consensus(ClusterOptions options, AeronArchive.Context archiveClient,
                                             ErrorHandler errors) {
        long heartbeatNs = options.leaderHeartbeatTimeout().toNanos();
        return new ConsensusModule.Context()
                .aeronDirectoryName(options.aeronDir())
                .clusterMemberId(options.memberId())
                .clusterMembers(options.aeronMembers())
                .clusterDir(consensusDir(options))
                .serviceCount(1)
                .ingressChannel(INGRESS_CHANNEL)
                .logChannel(LOG_CHANNEL)
                .replicationChannel("aeron:udp?endpoint=" + options.self().host() + ":0")
                .archiveContext(archiveClient.clone())
                .clusterClock(new MillisecondClusterClock())
                .leaderHeartbeatTimeoutNs(heartbeatNs)
                .leaderHeartbeatIntervalNs(heartbeatNs / 10)
                .electionTimeoutNs(options.electionTimeout().toNanos())
                .startupCanvassTimeoutNs(heartbeatNs * 2)
                .idleStrategySupplier(IDLE)
                .deleteDirOnStart(false)
                .errorHandler(errors);
    }

    static ClusteredServiceContainer.Context container(ClusterOptions options, AeronArchive.Context archiveClient,
                                                       CentreService service, ErrorHandler errors) {
        return new ClusteredServiceContainer.Context()
                .aeronDirectoryName(options.aeronDir())
                .clusterDir(consensusDir(options))
                .archiveContext(archiveClient.clone())
                .clusteredService(service)
                .idleStrategySupplier(IDLE)
                .errorHandler(errors);
    }

    private static File consensusDir(ClusterOptions options) {
        return new File(options.dir().toFile(), "consensus");
    }
}
