package org.sanhe.dispatch.runtime;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.sequencer.Outcome;

/**
 * The child process of {@link CrashRecoveryTest}: recovers the journal in {@code args[0]}, then submits calls as
 * fast as it can and prints {@code ACK <sequence> <callId>} for each acknowledged one, until it is killed.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String run = args[1];
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, "UTF-8");
        try (DispatchRuntime runtime = DispatchRuntime.start(RuntimeOptions.defaults(dir).withoutTimerThread(),
                EpochClock.system())) {
            out.println("READY " + runtime.recovered().end().sequence());
            for (long i = 1; ; i++) {
                String callId = run + "-" + i;
                Outcome outcome = runtime.submit(Actor.system("pbx"), new OfferCall(callId, "110", null,
                        "ch-" + callId, null)).get(10, TimeUnit.SECONDS);
                out.println("ACK " + outcome.sequence() + " " + callId);
            }
        }
    }
}
