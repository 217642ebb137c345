package org.sanhe.dispatch.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.event.CommandRejected;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.runtime.codec.BinaryIn;
import org.sanhe.dispatch.runtime.codec.BinaryOut;

class RetryTableTest {

    private static Reply accepted(long correlationId, long sequence) {
        return new Reply(correlationId, sequence, 1_000 + sequence, null, null);
    }

    @Test
    void aRetryFindsTheFirstReplyOfItsOwnClientOnly() {
        RetryTable table = new RetryTable();
        table.remember(1, accepted(7, 100), 5_000);
        assertThat(table.find(1, 7)).isEqualTo(accepted(7, 100));
        assertThat(table.find(2, 7)).as("another client's id 7 is another command").isNull();
        assertThat(table.find(1, 8)).isNull();
    }

    @Test
    void entriesOlderThanTheWindowOrOverCapacityAreForgottenOldestFirst() {
        RetryTable table = new RetryTable(1_000, 3);
        table.remember(1, accepted(1, 1), 0);
        table.remember(1, accepted(2, 2), 500);
        table.remember(1, accepted(3, 3), 1_200);
        assertThat(table.find(1, 1)).as("applied 1.2 s ago, beyond the window").isNull();
        assertThat(table.find(1, 2)).isNotNull();
        table.remember(1, accepted(4, 4), 1_300);
        table.remember(1, accepted(5, 5), 1_400);
        assertThat(table.size()).isEqualTo(3);
        assertThat(table.find(1, 2)).as("over capacity: the oldest goes").isNull();
        assertThat(table.find(1, 3)).isNotNull();
        assertThat(table.find(1, 5)).isNotNull();
    }

    @Test
    void theSnapshotRoundTripKeepsEveryEntryInOrder() {
        RetryTable table = new RetryTable();
        table.remember(1, accepted(7, 100), 5_000);
        table.remember(-4, new Reply(9, 101, 5_001,
                new CommandRejected("AssignUnit", RejectReason.UNIT_NOT_AVAILABLE, "busy 忙"), null), 5_001);
        table.remember(3, Reply.malformed(2, "no such command type"), 5_002);
        byte[] bytes = encode(table);

        RetryTable restored = new RetryTable();
        restored.decode(new BinaryIn(bytes));
        assertThat(restored.find(-4, 9).rejection().reason()).isEqualTo(RejectReason.UNIT_NOT_AVAILABLE);
        assertThat(restored.find(3, 2).problem()).isEqualTo("no such command type");
        assertThat(Arrays.equals(encode(restored), bytes)).as("same bytes, same order").isTrue();
    }

    private static byte[] encode(RetryTable table) {
        BinaryOut out = new BinaryOut(64);
        table.encode(out);
        return out.toByteArray();
    }
}
