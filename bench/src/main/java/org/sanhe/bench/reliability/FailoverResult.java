package org.sanhe.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a {@link ClusterFailoverCampaign} found. It passed when nothing acknowledged was lost, nothing was applied
 * twice, no call was lost or doubled, every chain is intact with the same head on every member, and every kill was
 * followed by a new leader, an acknowledged write and the killed member's start. The time goal (p99 of both times at most 3 s) is reported
 * apart: missing it is a finding, not a failure of the checks.
 */
record FailoverResult(int kills, long acknowledged, long unacknowledged, long unacknowledgedApplied, long lost,
                      long doubled, long callsPlaced, long callsLost, long callsDoubled, boolean chainsOk,
                      boolean headsEqual, long journalEntries, List<Long> toLeader, List<Long> toAck,
                      List<Long> catchUp, int refusedStarts, String restartFailure, String answers,
                      long elapsedMillis) {

    static final long GOAL_MILLIS = 3_000;

    /** One member's journal, checked offline. */
    record Member(int id, JsonNode verify, JournalCensus census) {
    }

    static FailoverResult check(int kills, Markers markers, List<String> callIds, long callsLostLive, Tally tally,
                                List<Long> toLeader, List<Long> toAck, List<Long> catchUp, int refusedStarts,
                                String restartFailure, List<Member> members, long elapsed, PrintStream progress) {
        long lost = 0;
        long doubled = 0;
        long unacknowledgedApplied = 0;
        long callsLost = callsLostLive;
        long callsDoubled = 0;
        boolean chainsOk = true;
        for (Member m : members) {
            JournalCensus census = m.census();
            long missing = markers.acked.keySet().stream().filter(a -> census.times(a) == 0).count();
            long twice = census.addresses.values().stream().filter(n -> n > 1).count();
            long applied = markers.unacknowledged.keySet().stream().filter(a -> census.times(a) > 0).count();
            long[] calls = calls(census, callIds, m.id(), progress);
            progress.printf(Locale.ROOT, "member %d: %s; %d acknowledged missing, %d addresses twice, %d of %d"
                            + " unacknowledged applied; calls %d lost, %d doubled%n", m.id(), m.verify(), missing,
                    twice, applied, markers.unacknowledged.size(), calls[0], calls[1]);
            lost = Math.max(lost, missing);
            doubled = Math.max(doubled, twice);
            unacknowledgedApplied = Math.max(unacknowledgedApplied, applied);
            callsLost = Math.max(callsLost, calls[0]);
            callsDoubled = Math.max(callsDoubled, calls[1]);
            chainsOk &= m.verify().path("chainOk").asBoolean();
        }
        Set<String> heads = members.stream().map(m -> m.verify().path("lastSequence").asText() + "/"
                + m.verify().path("headLink").asText()).collect(Collectors.toSet());
        return new FailoverResult(kills, markers.acked.size(), markers.unacknowledged.size(), unacknowledgedApplied,
                lost, doubled, callIds.size(), callsLost, callsDoubled, chainsOk, heads.size() == 1,
                members.get(0).verify().path("entries").asLong(), toLeader, toAck, catchUp, refusedStarts,
                restartFailure, tally.toString(), elapsed);
    }

    /** Calls placed that the journal lacks or never finished, and calls offered, answered or finished twice. */
    private static long[] calls(JournalCensus census, List<String> callIds, int member, PrintStream progress) {
        long lost = 0;
        long doubled = 0;
        for (String callId : callIds) {
            CallLedger.Counts c = census.calls.get(callId);
            if (c == null || c.offers == 0 || c.terminals == 0) {
                lost++;
                if (lost <= 5) {
                    progress.printf("member %d: call %s lost%n", member, callId);
                }
            } else if (c.offers > 1 || c.answers > 1 || c.terminals > 1) {
                doubled++;
                if (doubled <= 5) {
                    progress.printf("member %d: call %s doubled (%d offers, %d answers, %d ends)%n", member, callId,
                            c.offers, c.answers, c.terminals);
                }
            }
        }
        return new long[] {lost, doubled};
    }

    boolean timed() {
        return toLeader.size() == kills && toAck.size() == kills && toLeader.stream().allMatch(t -> t >= 0)
                && toAck.stream().allMatch(t -> t >= 0);
    }

    boolean passed() {
        return kills > 0 && acknowledged > 0 && lost == 0 && doubled == 0 && callsLost == 0 && callsDoubled == 0
                && chainsOk && headsEqual && timed() && restartFailure == null;
    }

    boolean goalMet() {
        return timed() && p99(toLeader) <= GOAL_MILLIS && p99(toAck) <= GOAL_MILLIS;
    }

    private static long p99(List<Long> samples) {
        return samples.isEmpty() ? -1 : FailoverClock.rank(samples.stream().sorted().toList(), 99);
    }

    String json() {
        return String.format(Locale.ROOT, "{\"campaign\":\"cluster-failover\",\"kills\":%d,\"acknowledged\":%d,"
                        + "\"unacknowledged\":%d,\"unacknowledgedApplied\":%d,\"lost\":%d,\"doubled\":%d,"
                        + "\"callsPlaced\":%d,\"callsLost\":%d,\"callsDoubled\":%d,\"chainsOk\":%b,\"headsEqual\":%b,"
                        + "\"journalEntries\":%d,\"killToLeaderMs\":%s,\"killToAckMs\":%s,\"catchUpMs\":%s,"
                        + "\"refusedStarts\":%d,\"restartFailure\":%s,"
                        + "\"killToLeaderP50P99Max\":\"%s\",\"killToAckP50P99Max\":\"%s\",\"goalMet\":%b,"
                        + "\"seconds\":%.1f,\"passed\":%b}",
                kills, acknowledged, unacknowledged, unacknowledgedApplied, lost, doubled, callsPlaced, callsLost,
                callsDoubled, chainsOk, headsEqual, journalEntries, toLeader, toAck, catchUp, refusedStarts,
                restartFailure == null ? "null" : "\"" + restartFailure.replace('"', '\'') + "\"",
                FailoverClock.percentiles(toLeader), FailoverClock.percentiles(toAck), goalMet(),
                elapsedMillis / 1000.0, passed());
    }
}
