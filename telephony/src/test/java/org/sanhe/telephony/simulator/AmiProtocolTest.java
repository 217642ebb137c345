package org.sanhe.telephony.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Talks raw TCP to the simulator and checks the bytes against what Asterisk 20 writes. */
class AmiProtocolTest {

    private static final String GREETING = "Asterisk Call Manager/9.0.0\r\n";

    private PbxSimulator simulator;

    @BeforeEach
    void start() {
        simulator = PbxSimulator.start(SimulatorOptions.of("dispatch", "s3cret").withAuthFailurePause(0),
                new VirtualScheduler(1_764_000_000_000L));
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void greetsThenAnswersChallengeAndMd5Login() throws IOException {
        try (RawAmiClient client = new RawAmiClient(simulator.port())) {
            assertThat(client.readThrough("\r\n")).isEqualTo(GREETING);
            client.send("Action: Challenge\r\nActionID: 42_1#\r\nAuthType: MD5\r\n\r\n");
            String challengeReply = client.readPacket();
            Matcher m = Pattern.compile("Response: Success\r\nActionID: 42_1#\r\nChallenge: (\\d+)\r\n\r\n")
                    .matcher(challengeReply);
            assertThat(m.matches()).as(challengeReply).isTrue();
            String key = SessionActions.md5Hex(m.group(1) + "s3cret");
            client.send("Action: Login\r\nActionID: 42_2#\r\nUsername: dispatch\r\nAuthType: MD5\r\nKey: " + key
                    + "\r\n\r\n");
            assertThat(client.readPacket())
                    .isEqualTo("Response: Success\r\nActionID: 42_2#\r\nMessage: Authentication accepted\r\n\r\n");
            assertThat(client.readPacket()).isEqualTo("Event: FullyBooted\r\nPrivilege: system,all\r\n"
                    + "Uptime: 3600\r\nLastReload: 3600\r\nStatus: Fully Booted\r\n\r\n");
        }
    }

    @Test
    void plaintextLoginAndActionIdEchoedRightAfterResponse() throws IOException {
        try (RawAmiClient client = loggedIn()) {
            client.send("Action: Ping\r\nActionID: p-7\r\n\r\n");
            assertThat(client.readPacket())
                    .matches("Response: Success\r\nActionID: p-7\r\nPing: Pong\r\nTimestamp: \\d+\\.\\d{6}\r\n\r\n");
            client.send("Action: Ping\r\n\r\n");
            assertThat(client.readPacket()).matches("Response: Success\r\nPing: Pong\r\nTimestamp: [0-9.]+\r\n\r\n");
            client.send("action: coresettings\r\nactionid: cs\r\n\r\n");
            assertThat(client.readPacket()).startsWith("Response: Success\r\nActionID: cs\r\nAMIversion: 9.0.0\r\n"
                    + "AsteriskVersion: 20.5.2\r\n");
            client.send("Action: Command\r\nActionID: c\r\nCommand: core show version\r\n\r\n");
            assertThat(client.readPacket()).startsWith("Response: Success\r\nActionID: c\r\n"
                    + "Message: Command output follows\r\nOutput: Asterisk 20.5.2 built by");
            client.send("Action: Events\r\nActionID: e\r\nEventMask: off\r\n\r\n");
            assertThat(client.readPacket()).isEqualTo("Response: Success\r\nActionID: e\r\nEvents: Off\r\n\r\n");
        }
    }

    @Test
    void unknownActionGetsAsterisksErrorText() throws IOException {
        try (RawAmiClient client = loggedIn()) {
            client.send("Action: Foo\r\nActionID: u1\r\n\r\n");
            assertThat(client.readPacket()).isEqualTo("Response: Error\r\nActionID: u1\r\nMessage: Invalid/unknown"
                    + " command: Foo. Use Action: ListCommands to show available commands.\r\n\r\n");
        }
    }

    @Test
    void actionsBeforeLoginAreRefused() throws IOException {
        try (RawAmiClient client = new RawAmiClient(simulator.port())) {
            client.readThrough("\r\n");
            client.send("Action: CoreShowChannels\r\nActionID: x\r\n\r\n");
            assertThat(client.readPacket()).isEqualTo("Response: Error\r\nActionID: x\r\nMessage: Permission denied"
                    + "\r\n\r\n");
        }
    }

    @Test
    void failedLoginAnswersErrorThenCloses() throws IOException {
        try (RawAmiClient client = new RawAmiClient(simulator.port())) {
            client.readThrough("\r\n");
            client.send("Action: Login\r\nActionID: l\r\nUsername: dispatch\r\nSecret: wrong\r\n\r\n");
            assertThat(client.readPacket()).isEqualTo("Response: Error\r\nActionID: l\r\n"
                    + "Message: Authentication failed\r\n\r\n");
            assertThat(client.closedByPeer()).isTrue();
        }
    }

    @Test
    void listActionIsFramedWithEventListAndListItems() throws IOException {
        SimulatedCall call = simulator.pbx().placeCall(new CallSpec("13800000001", "110", "from-pstn",
                Map.of("EMERGENCY_LINE", "110")));
        call.queue("q110");
        try (RawAmiClient client = loggedIn()) {
            client.send("Action: CoreShowChannels\r\nActionID: l-1\r\n\r\n");
            assertThat(client.readPacket()).isEqualTo("Response: Success\r\nActionID: l-1\r\nEventList: start\r\n"
                    + "Message: Channels will follow\r\n\r\n");
            assertThat(client.readPacket()).isEqualTo("Event: CoreShowChannel\r\nActionID: l-1\r\n"
                    + "Channel: " + call.channel() + "\r\nChannelState: 6\r\nChannelStateDesc: Up\r\n"
                    + "CallerIDNum: 13800000001\r\nCallerIDName: <unknown>\r\nConnectedLineNum: <unknown>\r\n"
                    + "ConnectedLineName: <unknown>\r\nLanguage: en\r\nAccountCode: \r\nContext: from-pstn\r\n"
                    + "Exten: 110\r\nPriority: 3\r\nUniqueid: " + call.uniqueid() + "\r\nLinkedid: "
                    + call.uniqueid() + "\r\nBridgeId: \r\nApplication: Queue\r\nApplicationData: q110,t\r\n"
                    + "Duration: 00:00:00\r\n\r\n");
            assertThat(client.readPacket()).isEqualTo("Event: CoreShowChannelsComplete\r\nActionID: l-1\r\n"
                    + "EventList: Complete\r\nListItems: 1\r\n\r\n");
            client.send("Action: Status\r\nActionID: s\r\n\r\n");
            assertThat(client.readPacket()).isEqualTo("Response: Success\r\nActionID: s\r\nEventList: start\r\n"
                    + "Message: Channel status will follow\r\n\r\n");
            assertThat(client.readPacket()).startsWith("Event: Status\r\nPrivilege: Call\r\nChannel: "
                    + call.channel() + "\r\n").endsWith("Seconds: 0\r\nActionID: s\r\n\r\n");
            assertThat(client.readPacket()).isEqualTo("Event: StatusComplete\r\nActionID: s\r\n"
                    + "EventList: Complete\r\nListItems: 1\r\nItems: 1\r\n\r\n");
            client.send("Action: QueueStatus\r\nActionID: q\r\n\r\n");
            assertThat(client.readPacket()).contains("EventList: start\r\nMessage: Queue status will follow");
            assertThat(client.readPacket()).startsWith("Event: QueueParams\r\nQueue: q110\r\n").endsWith(
                    "ActionID: q\r\n\r\n");
            assertThat(client.readPacket()).startsWith("Event: QueueEntry\r\nQueue: q110\r\nPosition: 1\r\n");
            assertThat(client.readPacket()).isEqualTo("Event: QueueStatusComplete\r\nActionID: q\r\n"
                    + "EventList: Complete\r\nListItems: 2\r\n\r\n");
        }
    }

    @Test
    void getVarReadsChannelVariablesOrSaysNoSuchChannel() throws IOException {
        SimulatedCall call = simulator.pbx().placeCall(new CallSpec(null, "122", null, Map.of("AML_LAT", "34.2")));
        try (RawAmiClient client = loggedIn()) {
            client.send("Action: GetVar\r\nActionID: g\r\nChannel: " + call.channel()
                    + "\r\nVariable: AML_LAT\r\n\r\n");
            assertThat(client.readPacket()).isEqualTo("Response: Success\r\nActionID: g\r\nVariable: AML_LAT\r\n"
                    + "Value: 34.2\r\n\r\n");
            client.send("Action: GetVar\r\nActionID: h\r\nChannel: PJSIP/none-1\r\nVariable: X\r\n\r\n");
            assertThat(client.readPacket()).isEqualTo("Response: Error\r\nActionID: h\r\nMessage: No such channel"
                    + "\r\n\r\n");
        }
    }

    @Test
    void logoffSaysGoodbyeAndCloses() throws IOException {
        try (RawAmiClient client = loggedIn()) {
            client.send("Action: Logoff\r\nActionID: bye\r\n\r\n");
            assertThat(client.readPacket()).isEqualTo("Response: Goodbye\r\nActionID: bye\r\n"
                    + "Message: Thanks for all the fish.\r\n\r\n");
            assertThat(client.closedByPeer()).isTrue();
        }
    }

    @Test
    void eventsCarryPrivilegeAndFullChannelBlock() throws IOException {
        try (RawAmiClient client = loggedIn()) {
            simulator.pbx().placeCall(new CallSpec(null, "119", "from-pstn", Map.of()));
            String newchannel = client.readPacket();
            assertThat(newchannel).matches("Event: Newchannel\r\nPrivilege: call,all\r\nChannel: PJSIP/trunk-"
                    + "[0-9a-f]{8}\r\nChannelState: 4\r\nChannelStateDesc: Ring\r\nCallerIDNum: <unknown>\r\n"
                    + "CallerIDName: <unknown>\r\nConnectedLineNum: <unknown>\r\nConnectedLineName: <unknown>\r\n"
                    + "Language: en\r\nAccountCode: \r\nContext: from-pstn\r\nExten: 119\r\nPriority: 1\r\n"
                    + "Uniqueid: 1764000000\\.\\d+\r\nLinkedid: 1764000000\\.\\d+\r\n\r\n");
            assertThat(client.readPacket()).startsWith("Event: DeviceStateChange\r\nPrivilege: call,all\r\n");
            assertThat(client.readPacket()).startsWith("Event: Newexten\r\nPrivilege: dialplan,all\r\n");
        }
    }

    @Test
    void loginEventMaskSelectsEventClasses() throws IOException {
        try (RawAmiClient client = new RawAmiClient(simulator.port())) {
            client.readThrough("\r\n");
            client.send("Action: Login\r\nUsername: dispatch\r\nSecret: s3cret\r\nEvents: agent,system\r\n\r\n");
            assertThat(client.readPacket()).startsWith("Response: Success\r\n");
            assertThat(client.readPacket()).startsWith("Event: FullyBooted\r\n");
            simulator.pbx().placeCall(new CallSpec("1", "110", "from-pstn", Map.of())).queue("q110");
            assertThat(client.readPacket()).startsWith("Event: QueueCallerJoin\r\nPrivilege: agent,all\r\n");
        }
    }

    private RawAmiClient loggedIn() throws IOException {
        RawAmiClient client = new RawAmiClient(simulator.port());
        assertThat(client.readThrough("\r\n")).isEqualTo(GREETING);
        client.send("Action: Login\r\nUsername: dispatch\r\nSecret: s3cret\r\n\r\n");
        assertThat(client.readPacket()).isEqualTo("Response: Success\r\nMessage: Authentication accepted\r\n\r\n");
        assertThat(client.readPacket()).startsWith("Event: FullyBooted\r\n");
        return client;
    }
}
