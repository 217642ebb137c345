package org.sanhe.telephony.simulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the call generator produces. Every call dials its line's number ({@code 110}, {@code 122}, {@code 119}) in
 * {@code context}, sets {@code EMERGENCY_LINE} and, for a share of calls, the device location variables, then joins
 * the queue {@code q<line>}; a pool of call-takers {@code PJSIP/1001…} answers.
 *
 * @param seed             the random seed: the same seed and clock give the same calls
 * @param callsPerSecond   mean arrival rate (Poisson arrivals)
 * @param maxCalls         stop after this many calls (0: no limit)
 * @param lineMix          line to share, e.g. 110 → 0.60, 122 → 0.25, 119 → 0.15
 * @param withheldShare    share of callers whose number is withheld
 * @param locatedShare     share of calls that carry a device location
 * @param area             where callers are
 * @param burstShare       share of arrivals that are a burst of callers reporting the same event
 * @param burstSize        callers in a burst
 * @param callTakers       size of the call-taker pool
 * @param ivrMillis        time in the dialplan before the queue
 * @param answerMillis     mean ring time before a call-taker answers
 * @param talkMillis       mean talk time
 * @param patienceMillis   mean time a queued caller waits before hanging up
 * @param noAnswerShare    share of rings the call-taker does not answer (ring-no-answer, then the next one)
 * @param context          the inbound dialplan context
 */
public record GeneratorOptions(long seed, double callsPerSecond, long maxCalls, Map<String, Double> lineMix,
        double withheldShare, double locatedShare, PointSupplier area, double burstShare, int burstSize,
        int callTakers, long ivrMillis, long answerMillis, long talkMillis, long patienceMillis, double noAnswerShare,
        String context) {

    public GeneratorOptions {
        if (!(callsPerSecond > 0)) {
            throw new IllegalArgumentException("callsPerSecond must be positive");
        }
        if (callTakers <= 0) {
            throw new IllegalArgumentException("callTakers must be positive");
        }
        Objects.requireNonNull(area, "area");
        lineMix = Collections.unmodifiableMap(new LinkedHashMap<>(lineMix));
        context = context == null ? "from-pstn" : context;
    }

    /**
     * Defaults after a merged centre's figures: 60% police, 25% traffic, 15% fire; 2 calls per second; callers in
     * {@code area} (the server passes its city's districts).
     */
    public static GeneratorOptions defaults(long seed, PointSupplier area) {
        Map<String, Double> mix = new LinkedHashMap<>();
        mix.put("110", 0.60);
        mix.put("122", 0.25);
        mix.put("119", 0.15);
        return new GeneratorOptions(seed, 2.0, 0, mix, 0.10, 0.70, area, 0.02, 5, 20,
                1_500, 6_000, 90_000, 45_000, 0.05, "from-pstn");
    }

    public GeneratorOptions withRate(double perSecond, long max) {
        return new GeneratorOptions(seed, perSecond, max, lineMix, withheldShare, locatedShare, area, burstShare,
                burstSize, callTakers, ivrMillis, answerMillis, talkMillis, patienceMillis, noAnswerShare, context);
    }

    public GeneratorOptions withCallTakers(int count, long answer, long talk, long patience) {
        return new GeneratorOptions(seed, callsPerSecond, maxCalls, lineMix, withheldShare, locatedShare, area,
                burstShare, burstSize, count, ivrMillis, answer, talk, patience, noAnswerShare, context);
    }

    public GeneratorOptions withArea(PointSupplier newArea) {
        return new GeneratorOptions(seed, callsPerSecond, maxCalls, lineMix, withheldShare, locatedShare, newArea,
                burstShare, burstSize, callTakers, ivrMillis, answerMillis, talkMillis, patienceMillis,
                noAnswerShare, context);
    }
}
