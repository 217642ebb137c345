package org.sanhe.bench.reliability;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times one failover from the moment the leader was killed: to the first {@code /health} of a survivor that names
 * a leader other than the killed one, and to the first write acknowledged (201) after the kill. The write is a
 * probe sent after the kill, to the survivors in turn until one acknowledges it, so its commit cannot predate the
 * kill; its address joins the campaign's acknowledged or unacknowledged markers like any other. A 401 (the member
 * no longer knows the token) is followed by a new sign-in.
 */
final class FailoverClock {

    /** Milliseconds from the kill, -1 when not seen within the timeout. */
    record Times(long toLeader, int newLeader, long toAck) {
    }

    private static final long POLL_MILLIS = 20;

    private FailoverClock() {
    }

    static Times measure(CampaignCluster cluster, int killed, long killedAt, String probePrefix, String[] tokens,
                         Markers markers, long timeoutSeconds) throws InterruptedException {
        long deadline = killedAt + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        List<Integer> survivors = new ArrayList<>();
        for (int id = 0; id < CampaignCluster.MEMBERS; id++) {
            if (id != killed && cluster.running(id)) {
                survivors.add(id);
            }
        }
        AtomicLong leaderAt = new AtomicLong(-1);
        int[] newLeader = {-1};
        Thread watcher = new Thread(() -> {
            List<ConsoleClient> clients = survivors.stream().map(cluster::client).toList();
            while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
                for (ConsoleClient client : clients) {
                    ClusterHealth health = ClusterHealth.of(client);
                    if (health != null && health.leaderId() >= 0 && health.leaderId() != killed) {
                        leaderAt.set(System.nanoTime());
                        newLeader[0] = health.leaderId();
                        return;
                    }
                }
                sleep(POLL_MILLIS);
            }
        }, "failover-watcher");
        watcher.start();
        long ackAt = probe(cluster, survivors, probePrefix, tokens, markers, deadline);
        watcher.join(TimeUnit.SECONDS.toMillis(timeoutSeconds));
        watcher.interrupt();
        return new Times(millis(leaderAt.get(), killedAt), newLeader[0], millis(ackAt, killedAt));
    }

    /** Writes to the survivors in turn until one acknowledges; the nano time of that answer, or -1. */
    private static long probe(CampaignCluster cluster, List<Integer> survivors, String prefix, String[] tokens,
                              Markers markers, long deadline) {
        List<ConsoleClient> clients = survivors.stream().map(cluster::client).toList();
        for (int n = 0; System.nanoTime() < deadline; n++) {
            int i = n % survivors.size();
            String address = prefix + n;
            try {
                ConsoleClient.Reply reply = clients.get(i).openIncident(tokens[survivors.get(i)], address, 34.26,
                        108.94);
                if (reply.status() == 201) {
                    long at = System.nanoTime();
                    markers.acked(address);
                    return at;
                }
                markers.unacknowledged(address, reply.status() + " " + reply.error());
                if (reply.status() == 401) {
                    tokens[survivors.get(i)] = clients.get(i).login("calltaker");
                }
            } catch (IOException e) {
                markers.unacknowledged(address, "transport");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
            sleep(POLL_MILLIS);
        }
        return -1;
    }

    private static long millis(long at, long from) {
        return at < 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(at - from);
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** p50, p99 and max of non-negative samples (nearest rank), as {@code "p50 / p99 / max"} in ms. */
    static String percentiles(List<Long> samples) {
        List<Long> seen = samples.stream().filter(s -> s >= 0).sorted().toList();
        if (seen.isEmpty()) {
            return "none";
        }
        return String.format(Locale.ROOT, "%d / %d / %d", rank(seen, 50), rank(seen, 99), seen.get(seen.size() - 1));
    }

    static long rank(List<Long> sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
