package org.sanhe.telephony.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanhe.telephony.line.LineRule;
import org.sanhe.telephony.line.LineRules;

/**
 * The {@code telephony:} section of the configuration. Immutable; built once by the composition root (or a test) and
 * handed to the adapter.
 *
 * @param ami          where the manager interface is and how the adapter watches it
 * @param context      the dialplan context inbound emergency calls enter, e.g. {@code from-pstn}
 * @param callIdPrefix prefix of the call ids derived from the PBX's Uniqueid, unique per PBX ({@code pbx} by default)
 * @param lines        the ordered line rules
 * @param callTakers   agent interface (e.g. {@code PJSIP/1001}) to call-taker user name
 * @param location     the channel variables carrying the device location
 * @param recording    the channel variable naming a call's recording, and where the recordings are readable
 */
public record TelephonyConfig(AmiSettings ami, String context, String callIdPrefix, List<LineRule> lines,
        Map<String, String> callTakers, LocationVariables location, RecordingSettings recording) {

    public TelephonyConfig {
        if (ami == null) {
            throw new IllegalArgumentException("telephony.ami is required");
        }
        if (context == null || context.isBlank()) {
            throw new IllegalArgumentException("telephony.context (the inbound dialplan context) is required");
        }
        callIdPrefix = callIdPrefix == null || callIdPrefix.isBlank() ? "pbx" : callIdPrefix;
        lines = lines == null ? List.of() : List.copyOf(lines);
        callTakers = callTakers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(callTakers));
        location = location == null ? LocationVariables.none() : location;
        recording = recording == null ? RecordingSettings.defaults() : recording;
    }

    /** Without recording settings: MixMonitor's variable, no directory. */
    public TelephonyConfig(AmiSettings ami, String context, String callIdPrefix, List<LineRule> lines,
                           Map<String, String> callTakers, LocationVariables location) {
        this(ami, context, callIdPrefix, lines, callTakers, location, null);
    }

    public LineRules lineRules() {
        return new LineRules(lines);
    }

    /** A copy pointing the AMI at another port. */
    public TelephonyConfig withAmiPort(int port) {
        return new TelephonyConfig(ami.withPort(port), context, callIdPrefix, lines, callTakers, location, recording);
    }

    /** A copy with these recording settings. */
    public TelephonyConfig withRecording(RecordingSettings settings) {
        return new TelephonyConfig(ami, context, callIdPrefix, lines, callTakers, location, settings);
    }

    /** Reads the {@code telephony:} section of a YAML document (or the whole document when it has no such key). */
    public static TelephonyConfig parse(String yaml) {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try {
            JsonNode root = mapper.readTree(yaml);
            JsonNode section = root.has("telephony") ? root.get("telephony") : root;
            return mapper.treeToValue(section, TelephonyConfig.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid telephony configuration: " + e.getMessage(), e);
        }
    }

    public static TelephonyConfig load(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
