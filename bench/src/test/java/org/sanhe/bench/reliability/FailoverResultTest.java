package org.sanhe.bench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The failover campaign's verdict from what the offline tools print: {@code journal export} lines counted by
 * {@link JournalCensus} and {@code journal verify}'s JSON, checked against the markers and calls the campaign sent.
 */
class FailoverResultTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private static String open(long sequence, String address) {
        return "{\"sequence\":" + sequence + ",\"command\":{\"@type\":\"OpenIncident\",\"type\":\"THEFT\","
                + "\"address\":\"" + address + "\"}}";
    }

    private static String call(long sequence, String type, String callId) {
        return "{\"sequence\":" + sequence + ",\"command\":{\"@type\":\"" + type + "\",\"callId\":\"" + callId
                + "\"}}";
    }

    private static JournalCensus census(String... lines) {
        JournalCensus census = new JournalCensus();
        for (String line : lines) {
            census.count(line);
        }
        return census;
    }

    private static ObjectNode verify(long last, String head) {
        return JSON.createObjectNode().put("entries", last).put("lastSequence", last).put("chainOk", true)
                .put("headLink", head);
    }

    private static Markers markers() {
        Markers markers = new Markers();
        markers.acked("a-1");
        markers.acked("a-2");
        markers.unacknowledged("u-1", "transport");
        return markers;
    }

    private static FailoverResult check(Markers markers, List<FailoverResult.Member> members) {
        return FailoverResult.check(1, markers, List.of("pbx-1"), 0, new Tally(), List.of(1_500L), List.of(1_700L),
                List.of(4_000L), 0, null, members, 1_000, QUIET);
    }

    private static final String[] CLEAN = {
        "journal export, a line that is not JSON", open(1, "a-1"), call(2, "OfferCall", "pbx-1"),
        call(3, "AnswerCall", "pbx-1"), open(4, "a-2"), open(5, "u-1"), call(6, "EndCall", "pbx-1")};

    @Test
    void identicalCompleteJournalsPass() {
        List<FailoverResult.Member> members = List.of(new FailoverResult.Member(0, verify(6, "h"), census(CLEAN)),
                new FailoverResult.Member(1, verify(6, "h"), census(CLEAN)),
                new FailoverResult.Member(2, verify(6, "h"), census(CLEAN)));

        FailoverResult result = check(markers(), members);

        assertThat(result.passed()).as(result.json()).isTrue();
        assertThat(result.unacknowledgedApplied()).isEqualTo(1);
        assertThat(result.goalMet()).isTrue();
        assertThat(result.json()).contains("\"killToLeaderP50P99Max\":\"1500 / 1500 / 1500\"");
    }

    @Test
    void aKilledMemberThatDidNotStartAgainFailsTheRunWhateverItsJournalsSay() {
        List<FailoverResult.Member> members = List.of(new FailoverResult.Member(0, verify(6, "h"), census(CLEAN)));

        FailoverResult result = FailoverResult.check(1, markers(), List.of("pbx-1"), 0, new Tally(), List.of(1_500L),
                List.of(1_700L), List.of(), 0, "member 2 did not start \"again\"", members, 1_000, QUIET);

        assertThat(result.passed()).isFalse();
        assertThat(result.json()).contains("\"restartFailure\":\"member 2 did not start 'again'\"");
    }

    @Test
    void anAcknowledgedMarkerMissingOnOneMemberIsLostAndItsHeadDiffers() {
        String[] short1 = {open(1, "a-1"), call(2, "OfferCall", "pbx-1"), call(3, "AnswerCall", "pbx-1"),
            open(4, "u-1"), call(5, "EndCall", "pbx-1")};
        List<FailoverResult.Member> members = List.of(new FailoverResult.Member(0, verify(6, "h"), census(CLEAN)),
                new FailoverResult.Member(1, verify(5, "g"), census(short1)),
                new FailoverResult.Member(2, verify(6, "h"), census(CLEAN)));

        FailoverResult result = check(markers(), members);

        assertThat(result.lost()).isEqualTo(1);
        assertThat(result.headsEqual()).isFalse();
        assertThat(result.passed()).isFalse();
    }

    @Test
    void anUnacknowledgedMarkerAppliedTwiceAndACallOfferedTwiceAreDoubled() {
        String[] twice = {open(1, "a-1"), call(2, "OfferCall", "pbx-1"), call(3, "OfferCall", "pbx-1"),
            open(4, "a-2"), open(5, "u-1"), open(6, "u-1"), call(7, "AbandonCall", "pbx-1")};
        List<FailoverResult.Member> members = List.of(new FailoverResult.Member(0, verify(7, "h"), census(twice)));

        FailoverResult result = check(markers(), members);

        assertThat(result.doubled()).isEqualTo(1);
        assertThat(result.callsDoubled()).isEqualTo(1);
        assertThat(result.lost()).isZero();
        assertThat(result.passed()).isFalse();
    }

    @Test
    void aCallNeverFinishedIsLostAndAKillWithoutANewLeaderFailsTheRun() {
        String[] open = {open(1, "a-1"), open(2, "a-2"), call(3, "OfferCall", "pbx-1")};
        FailoverResult result = FailoverResult.check(1, markers(), List.of("pbx-1"), 0, new Tally(), List.of(-1L),
                List.of(2_000L), List.of(1_000L), 0, null,
                List.of(new FailoverResult.Member(0, verify(3, "h"), census(open))),
                1_000, QUIET);

        assertThat(result.callsLost()).isEqualTo(1);
        assertThat(result.timed()).isFalse();
        assertThat(result.goalMet()).isFalse();
        assertThat(result.passed()).isFalse();
    }
}
