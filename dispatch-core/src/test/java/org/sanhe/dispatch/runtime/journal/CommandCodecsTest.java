package org.sanhe.dispatch.runtime.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.centre.CommandGenerator;
import org.sanhe.dispatch.domain.centre.Scenario;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.ReleaseUnit;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.domain.unit.Proposal;
import org.sanhe.dispatch.runtime.codec.BinaryIn;
import org.sanhe.dispatch.runtime.codec.BinaryOut;
import org.sanhe.dispatch.runtime.codec.MalformedRecordException;

/** Every command record has one codec, with a stable type id, and reads back equal; old versions stay readable. */
class CommandCodecsTest {

    @Test
    void everyCommandRecordHasExactlyOneCodecWithADistinctTypeId() {
        Set<Class<?>> records = new HashSet<>(Arrays.asList(Command.class.getPermittedSubclasses()));
        Set<Class<?>> coded = new HashSet<>();
        Set<Integer> ids = new HashSet<>();
        for (RecordCodec<?> codec : CommandCodecs.all()) {
            coded.add(codec.type());
            assertThat(ids.add(codec.typeId())).as("type id %d", codec.typeId()).isTrue();
        }
        assertThat(coded).isEqualTo(records);
    }

    @Test
    void generatedCommandsOfEveryTypeReadBackEqual() {
        Centre centre = new Centre();
        CommandGenerator generator = new CommandGenerator(99, Scenario.T0, 0.1);
        Set<Class<?>> seen = new HashSet<>();
        for (StampedCommand c : generator.setUp(10)) {
            centre.apply(c, e -> { });
            assertThat(roundTrip(c.command())).isEqualTo(c.command());
        }
        for (int i = 0; i < 20_000; i++) {
            StampedCommand c = generator.next(centre);
            centre.apply(c, e -> { });
            assertThat(roundTrip(c.command())).isEqualTo(c.command());
            seen.add(c.command().getClass());
        }
        assertThat(seen).hasSize(Command.class.getPermittedSubclasses().length - 1);
    }

    @Test
    void anAnswerWrittenAsVersionOneReadsWithoutASeat() {
        BinaryOut v1 = new BinaryOut(64).writeString("c1").writeString("calltaker1");
        AnswerCall read = (AnswerCall) CommandCodecs.of(11).decode(1, new BinaryIn(v1.toByteArray()));
        assertThat(read).isEqualTo(new AnswerCall("c1", "calltaker1", null));
        assertThat(CommandCodecs.of(read).version()).isEqualTo(2);
    }

    @Test
    void anAssignmentAndAReleaseWrittenAsVersionOneReadWithoutDivertProposalOrReason() {
        BinaryOut assign = new BinaryOut(64).writeLong(7).writeString("P1");
        assertThat(CommandCodecs.of(33).decode(1, new BinaryIn(assign.toByteArray())))
                .isEqualTo(new AssignUnit(7, "P1", false, null));
        BinaryOut release = new BinaryOut(64).writeLong(7).writeString("P1");
        assertThat(CommandCodecs.of(34).decode(1, new BinaryIn(release.toByteArray())))
                .isEqualTo(new ReleaseUnit(7, "P1", null));
        assertThat(CommandCodecs.of(new AssignUnit(7, "P1")).version()).isEqualTo(2);
        assertThat(CommandCodecs.of(new ReleaseUnit(7, "P1")).version()).isEqualTo(2);
        AssignUnit divert = new AssignUnit(7, "P1", true, new Proposal(3, 420));
        assertThat(roundTrip(divert)).isEqualTo(divert);
    }

    @Test
    void unknownTypesAndVersionsAreMalformedNotCrashes() {
        assertThatThrownBy(() -> CommandCodecs.of(999)).isInstanceOf(MalformedRecordException.class);
        assertThatThrownBy(() -> CommandCodecs.of(11).decode(3, new BinaryIn(new byte[0])))
                .isInstanceOf(MalformedRecordException.class);
        assertThatThrownBy(() -> CommandCodecs.of(11).decode(2, new BinaryIn(new byte[] {0, 0, 0, 1})))
                .isInstanceOf(MalformedRecordException.class);
    }

    private static Command roundTrip(Command command) {
        RecordCodec<Command> codec = CommandCodecs.of(command);
        BinaryOut out = new BinaryOut(64);
        codec.encode(command, out);
        BinaryIn in = new BinaryIn(out.toByteArray());
        Command read = CommandCodecs.of(codec.typeId()).decode(codec.version(), in);
        assertThat(in.remaining()).isZero();
        return read;
    }
}
