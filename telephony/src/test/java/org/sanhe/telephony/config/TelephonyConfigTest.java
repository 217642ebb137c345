package org.sanhe.telephony.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanhe.telephony.line.LineRule;

class TelephonyConfigTest {

    private static final String YAML = """
            telephony:
              ami: { host: 127.0.0.1, port: 5038, username: dispatch, secret: "pa55" }
              context: from-pstn
              lines:
                - { line: "110", exten: "110" }
                - { line: "119", queue: "q119" }
                - { line: "122", variable: "EMERGENCY_LINE", equals: "122" }
              callTakers: { "PJSIP/1001": "calltaker1", "PJSIP/1002": "calltaker2" }
              location: { latVariable: AML_LAT, lonVariable: AML_LON, accuracyVariable: AML_RADIUS }
            """;

    @Test
    void readsTheDocumentedContract() {
        TelephonyConfig config = TelephonyConfig.parse(YAML);

        assertThat(config.ami()).isEqualTo(new AmiSettings("127.0.0.1", 5038, "dispatch", "pa55", 5_000, 15_000,
                10_000, 200_000, false));
        assertThat(config.context()).isEqualTo("from-pstn");
        assertThat(config.callIdPrefix()).isEqualTo("pbx");
        assertThat(config.lines()).containsExactly(LineRule.onExten("110", "110"), LineRule.onQueue("119", "q119"),
                LineRule.onVariable("122", "EMERGENCY_LINE", "122"));
        assertThat(config.callTakers()).containsExactly(Map.entry("PJSIP/1001", "calltaker1"),
                Map.entry("PJSIP/1002", "calltaker2"));
        assertThat(config.location()).isEqualTo(new LocationVariables("AML_LAT", "AML_LON", "AML_RADIUS"));
        assertThat(config.ami().toString()).doesNotContain("pa55");
        assertThat(config.recording()).isEqualTo(new RecordingSettings("MIXMONITOR_FILENAME", null, null));
        assertThat(config.recording().directoryPath()).isNull();
    }

    @Test
    void readsWhereTheRecordingsAre() {
        TelephonyConfig config = TelephonyConfig.parse(YAML + "  recording: { variable: CALL_RECORDING, "
                + "directory: /mnt/pbx-monitor, pbxDirectory: /var/spool/asterisk/monitor/ }\n");

        assertThat(config.recording().variable()).isEqualTo("CALL_RECORDING");
        assertThat(config.recording().directoryPath()).isEqualTo(Path.of("/mnt/pbx-monitor"));
        assertThat(config.recording().pbxDirectoryPath()).isEqualTo(Path.of("/var/spool/asterisk/monitor"));
        assertThat(config.withAmiPort(6000).recording()).isEqualTo(config.recording());
        assertThat(new RecordingSettings(" ", "/mnt/r", null).pbxDirectoryPath()).isEqualTo(Path.of("/mnt/r"));
    }

    @Test
    void rejectsRulesWithoutExactlyOneCondition() {
        assertThatThrownBy(() -> TelephonyConfig.parse(YAML.replace("{ line: \"110\", exten: \"110\" }",
                "{ line: \"110\", exten: \"110\", queue: \"q110\" }")))
                .hasMessageContaining("exactly one of exten, queue, variable, context");
        assertThatThrownBy(() -> TelephonyConfig.parse(YAML.replace(", equals: \"122\"", "")))
                .hasMessageContaining("needs equals");
    }

    @Test
    void rejectsUnknownKeysAndMissingContext() {
        assertThatThrownBy(() -> TelephonyConfig.parse(YAML.replace("context: from-pstn", "contxt: from-pstn")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
