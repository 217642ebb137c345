package org.sanhe.dispatch.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.centre.CommandGenerator;
import org.sanhe.dispatch.domain.centre.Scenario;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.domain.event.CommandRejected;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.runtime.codec.BinaryIn;
import org.sanhe.dispatch.runtime.codec.BinaryOut;
import org.sanhe.dispatch.runtime.codec.MalformedRecordException;

class ClusterMessagesTest {

    @Test
    void everyGeneratedCommandTravelsAndComesBackEqual() {
        CommandGenerator generator = new CommandGenerator(42, Scenario.T0, 0.2);
        Centre shadow = new Centre();
        generator.setUp(10).forEach(c -> roundTrip(c, shadow));
        for (int i = 0; i < 2_000; i++) {
            roundTrip(generator.next(shadow), shadow);
        }
    }

    private static void roundTrip(StampedCommand c, Centre shadow) {
        shadow.apply(c, e -> { });
        CommandMessage message = new CommandMessage(-3, c.sequence(), c.actor(), c.command());
        BinaryOut out = message.encode(new BinaryOut(16));
        assertThat(CommandMessage.decode(out.toByteArray(), out.length())).isEqualTo(message);
        assertThat(CommandMessage.correlationIdOf(out.array(), out.length())).isEqualTo(c.sequence());
    }

    @Test
    void bytesThatAreNoCommandAreRefusedAsMalformed() {
        CommandGenerator generator = new CommandGenerator(1, Scenario.T0, 0);
        StampedCommand c = generator.setUp(1).get(0);
        BinaryOut out = new CommandMessage(1, 2, c.actor(), c.command()).encode(new BinaryOut(16));
        byte[] cut = java.util.Arrays.copyOf(out.array(), out.length() - 1);
        assertThatThrownBy(() -> CommandMessage.decode(cut, cut.length)).isInstanceOf(MalformedRecordException.class);
        byte[] wrongFormat = out.toByteArray();
        wrongFormat[0] = 9;
        assertThatThrownBy(() -> CommandMessage.decode(wrongFormat, wrongFormat.length))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("format 9");
    }

    @Test
    void repliesComeBackEqualAndARejectionBecomesTheOutcomesOneEvent() {
        Reply rejected = new Reply(5, 12, 99, new CommandRejected("OfferCall", RejectReason.CALL_ALREADY_OFFERED,
                "call c1 is known"), null);
        for (Reply reply : new Reply[] {new Reply(4, 11, 98, null, null), rejected, Reply.malformed(6, "bad")}) {
            assertThat(Reply.decode(new BinaryIn(reply.encode(new BinaryOut(8)).toByteArray()))).isEqualTo(reply);
        }
        assertThat(rejected.outcome().rejection()).isEqualTo(rejected.rejection());
        assertThat(new Reply(4, 11, 98, null, null).outcome().accepted()).isTrue();
    }
}
