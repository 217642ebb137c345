package org.sanhe.dispatch.runtime.cluster;

import java.util.concurrent.TimeUnit;
import io.aeron.archive.Archive;
import io.aeron.archive.client.AeronArchive;
import io.aeron.cluster.ClusterControl;
import io.aeron.cluster.ConsensusModule;
import io.aeron.cluster.client.ClusterEvent;
import io.aeron.cluster.service.Cluster;
import io.aeron.cluster.service.ClusteredServiceContainer;
import io.aeron.driver.MediaDriver;
import org.agrona.CloseHelper;
import org.agrona.ErrorHandler;
import org.agrona.concurrent.status.AtomicCounter;
import org.sanhe.dispatch.runtime.publish.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running member of the cluster: its media driver, archive, consensus module and the service container hosting
 * the {@link CentreService}, launched together from {@link ClusterOptions} and closed together in reverse. Aeron on
 * JDK 17 needs {@code --add-opens java.base/jdk.internal.misc=ALL-UNNAMED} and {@code java.base/java.util.zip} (set
 * in Surefire's argLine and the server jar's manifest). The member's state survives a close: launching it again on
 * the same directories replays its log (from its latest snapshot) and catches up from the leader. A launch right after
 * the previous process on the same directories was killed finds its mark files still looking active (until Aeron's
 * driver timeout has passed since its last heartbeat): the launch then tries again, saying so in its log, for up to
 * that timeout and a margin, so that a supervisor's immediate restart succeeds. Thread-safe.
 */
public final class ClusterNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterNode.class);
    /** What Agrona's mark file says when the process that owned it may still be alive. */
    static final String ACTIVE_MARK_FILE = "active mark file detected";
    /** Waited past Aeron's driver timeout (the mark files' timeout) for a killed process's mark file. */
    private static final long MARK_FILE_MARGIN_MILLIS = 5_000;
    private static final long MARK_FILE_RETRY_MILLIS = 500;

    private final ClusterOptions options;
    private final CentreService service;
    private MediaDriver driver;
    private Archive archive;
    private volatile ConsensusModule consensus;
    private ClusteredServiceContainer container;

    private ClusterNode(ClusterOptions options, CentreService service) {
        this.options = options;
        this.service = service;
    }

    /**
     * Launches the member. Its service publishes what it applies to {@code publisher}.
     *
     * @throws RuntimeException when a part fails to start; the parts already started are closed
     */
    public static ClusterNode launch(ClusterOptions options, EventPublisher publisher) {
        CentreService service = new CentreService(options.memberId(), options.journalDir(), publisher);
        ClusterNode node = new ClusterNode(options, service);
        try {
            node.start();
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
        return node;
    }

    private void start() {
        int id = options.memberId();
        ErrorHandler errors = e -> {
            if (e instanceof ClusterEvent event) {
                LOG.info("member {}: {}", id, event.getMessage());
            } else {
                LOG.warn("member {}: Aeron reports an error", id, e);
            }
        };
        long deadline = 0;
        for (boolean first = true; ; first = false) {
            driver = MediaDriver.launch(NodeContexts.driver(options, errors));
            long waitMillis = driver.context().driverTimeoutMs() + MARK_FILE_MARGIN_MILLIS;
            if (first) {
                deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
            }
            try {
                launchParts(errors);
                break;
            } catch (RuntimeException e) {
                // the whole member again, driver included: a failed part may leave its counters in the driver
                CloseHelper.closeAll(container, consensus, archive, driver);
                container = null;
                consensus = null;
                archive = null;
                driver = null;
                if (!activeMarkFile(e) || System.nanoTime() - deadline > 0) {
                    throw e;
                }
                if (first) {
                    LOG.info("member {}: the mark file of a previous process on {} still looks active (it was "
                            + "killed less than Aeron's timeout ago); trying again for up to {} ms", id,
                            options.dir(), waitMillis);
                }
                pauseBeforeRetry();
            }
        }
        LOG.info("member {} started at {} ({} members)", id, options.self(), options.members().size());
    }

    /** The archive, consensus module and service container, each refusing to start on an active mark file. */
    private void launchParts(ErrorHandler errors) {
        Archive.Context archiveContext = NodeContexts.archive(options, errors);
        try {
            archive = Archive.launch(archiveContext);
        } catch (RuntimeException e) {
            archiveContext.close();
            throw e;
        }
        AeronArchive.Context archiveClient = NodeContexts.archiveClient(options, archiveContext);
        consensus = ConsensusModule.launch(NodeContexts.consensus(options, archiveClient, errors));
        container = ClusteredServiceContainer.launch(
                NodeContexts.container(options, archiveClient, service, errors));
    }

    /** Whether a launch failed because a previous process's mark file has not timed out yet (Agrona's message). */
    static boolean activeMarkFile(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(ACTIVE_MARK_FILE)) {
                return true;
            }
        }
        return false;
    }

    private static void pauseBeforeRetry() {
        try {
            TimeUnit.MILLISECONDS.sleep(MARK_FILE_RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a previous process's mark file", e);
        }
    }

    public int memberId() {
        return options.memberId();
    }

    public ClusterOptions options() {
        return options;
    }

    public CentreService service() {
        return service;
    }

    /** The member's role as its service last heard it. */
    public Cluster.Role role() {
        return service.role();
    }

    /** The log position committed on a majority, as this member's consensus module last heard it; -1 when stopped. */
    public long commitPosition() {
        ConsensusModule running = consensus;
        if (running == null || running.context().commitPositionCounter() == null
                || running.context().commitPositionCounter().isClosed()) {
            return -1;
        }
        return running.context().commitPositionCounter().get();
    }

    /**
     * Asks the consensus module to take a snapshot of every member at the current log position (on the leader;
     * a follower's request is ignored by Aeron). Returns whether the request was placed.
     */
    public boolean requestSnapshot() {
        AtomicCounter toggle = ClusterControl.findControlToggle(consensus.context().aeron().countersReader(),
                consensus.context().clusterId());
        return toggle != null && ClusterControl.ToggleState.SNAPSHOT.toggle(toggle);
    }

    /** Stops the member (the others see it as gone); its directories stay for a later launch. */
    @Override
    public void close() {
        CloseHelper.closeAll(container, consensus, archive, driver);
        service.closeJournal();
        LOG.info("member {} stopped", options.memberId());
    }
}
