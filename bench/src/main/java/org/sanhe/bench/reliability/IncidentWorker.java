package org.sanhe.bench.reliability;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Opens incidents one after the other, each with a unique address, at random places in central Xi'an, and records
 * each one the API acknowledged (201) with its id, and every other answer in the {@link Tally} (and, if asked, its
 * address among the unacknowledged). A request that fails
 * in transport (the server was killed, or a pooled connection was closed) is not acknowledged; the worker goes on
 * with the next one until it is interrupted.
 */
final class IncidentWorker implements Runnable {

    private final ConsoleClient client;
    private final String prefix;
    private final SplittableRandom random;
    private final Map<String, Long> acked;
    private final CountDownLatch enough;
    private final Tally tally;
    private final Milestone acks;
    private final Map<String, String> unacknowledged;
    private final SignIn signIn;
    private final long pauseNanos;
    private String token;

    /** Signs in again when the server no longer knows the token (a restarted member of a cluster). */
    interface SignIn {
        String token() throws IOException, InterruptedException;
    }

    IncidentWorker(ConsoleClient client, String token, String prefix, SplittableRandom random,
                   Map<String, Long> acked, CountDownLatch enough, Tally tally, Milestone acks) {
        this(client, token, prefix, random, acked, enough, tally, acks, new ConcurrentHashMap<>(), null, 0);
    }

    /**
     * The same, also recording every address whose request was not acknowledged, with why ({@code transport} or
     * the status and error): such a command may still have been applied, at most once. A request refused before it
     * was sent (connection refused: the server is down) is not recorded there. With {@code signIn}, a 401 is
     * followed by a new sign-in. With {@code pauseMillis} above 0 the worker waits that long after each answer, a
     * steady console's pace rather than as fast as the server answers.
     */
    IncidentWorker(ConsoleClient client, String token, String prefix, SplittableRandom random,
                   Map<String, Long> acked, CountDownLatch enough, Tally tally, Milestone acks,
                   Map<String, String> unacknowledged, SignIn signIn, long pauseMillis) {
        this.unacknowledged = unacknowledged;
        this.signIn = signIn;
        this.pauseNanos = TimeUnit.MILLISECONDS.toNanos(pauseMillis);
        this.client = client;
        this.token = token;
        this.prefix = prefix;
        this.random = random;
        this.acked = acked;
        this.enough = enough;
        this.tally = tally;
        this.acks = acks;
    }

    @Override
    public void run() {
        for (long n = 0; !Thread.currentThread().isInterrupted(); n++) {
            String address = prefix + n;
            try {
                ConsoleClient.Reply reply = client.openIncident(token, address, 34.20 + random.nextDouble() * 0.12,
                        108.86 + random.nextDouble() * 0.14);
                if (reply.status() == 201) {
                    acked.put(address, reply.body().path("id").asLong());
                    enough.countDown();
                    acks.add();
                } else {
                    tally.answer(reply.status(), reply.error());
                    unacknowledged.put(address, reply.status() + " " + reply.error());
                    if (reply.status() == 401 && signIn != null) {
                        token = signIn.token();
                    }
                }
            } catch (IOException e) {
                tally.transport(e);
                if (!(e instanceof ConnectException) && !(e.getCause() instanceof ConnectException)) {
                    unacknowledged.put(address, "transport");
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            } catch (InterruptedException e) {
                return;
            }
            if (pauseNanos > 0) {
                LockSupport.parkNanos(pauseNanos);
            }
        }
    }
}
