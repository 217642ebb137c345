package org.sanhe.telephony.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.telephony.simulator.SimulatedCall;

/**
 * Recordings over real TCP through the unmodified Asterisk-Java client: the simulator records answered calls as
 * MixMonitor does (a WAV file, then {@code VarSet MIXMONITOR_FILENAME} on the caller channel), and the adapter puts
 * the name on the call once, after its offer; names for unknown channels, and second names, are skipped.
 */
class RecordingTest {

    @TempDir
    static Path recordings;
    private static AdapterFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new AdapterFixture("/adapter/telephony-test.yaml");
        fixture.simulator.pbx().recordInto(recordings);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void anAnsweredCallIsRecordedIntoAWavFileNamedOnTheCall() throws Exception {
        SimulatedCall call = fixture.place("a", "13800000001", "110");
        call.queue("q110");
        call.ring("PJSIP/1001");
        call.answer();
        call.hangup();
        fixture.clock.runUntilIdle();

        Path file = recordings.toAbsolutePath().normalize().resolve(call.uniqueid() + ".wav");
        assertThat(fixture.commandsUpToFence()).containsExactly(
                "offer a line=110 caller=13800000001", "answer a by=calltaker1", "record a file=" + file,
                "end a cause=Normal Clearing");
        AudioFileFormat wav = AudioSystem.getAudioFileFormat(file.toFile());
        assertThat(wav.getType()).isEqualTo(AudioFileFormat.Type.WAVE);
        assertThat(wav.getFrameLength() / wav.getFormat().getFrameRate()).isEqualTo(1.5f);
    }

    @Test
    void aNameSetBeforeTheOfferIsAttachedRightAfterItAndASecondNameIsSkipped() throws Exception {
        SimulatedCall call = fixture.place("b", "13800000002", "110");
        call.setVariable("MIXMONITOR_FILENAME", "/var/spool/asterisk/monitor/b.wav");
        call.setVariable("MIXMONITOR_FILENAME", "/var/spool/asterisk/monitor/b.wav");
        call.queue("q110");
        call.setVariable("MIXMONITOR_FILENAME", "/var/spool/asterisk/monitor/other.wav");
        call.hangup();
        fixture.clock.runUntilIdle();

        assertThat(fixture.commandsUpToFence()).containsExactly(
                "offer b line=110 caller=13800000002", "record b file=/var/spool/asterisk/monitor/b.wav",
                "abandon b held=0");
    }

    @Test
    void aNameForAChannelTheAdapterDoesNotFollowIsSkipped() throws Exception {
        String varSet = "Event: VarSet\r\nPrivilege: dialplan,all\r\nChannel: PJSIP/9999-00000001\r\n"
                + "ChannelState: 6\r\nChannelStateDesc: Up\r\nCallerIDNum: 9999\r\nCallerIDName: <unknown>\r\n"
                + "ConnectedLineNum: <unknown>\r\nConnectedLineName: <unknown>\r\nLanguage: en\r\n"
                + "AccountCode: \r\nContext: from-internal\r\nExten: s\r\nPriority: 1\r\n"
                + "Uniqueid: 1.999999\r\nLinkedid: 1.999999\r\nVariable: MIXMONITOR_FILENAME\r\n"
                + "Value: /var/spool/asterisk/monitor/ghost.wav\r\n\r\n";
        fixture.simulator.injectRaw(varSet.getBytes(StandardCharsets.US_ASCII));

        List<String> commands = fixture.commandsUpToFence();

        assertThat(commands).isEmpty();
        assertThat(fixture.adapter.health().droppedEvents()).isZero();
    }
}
