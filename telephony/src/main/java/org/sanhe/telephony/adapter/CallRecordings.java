package org.sanhe.telephony.adapter;

import java.util.function.Consumer;
import org.sanhe.dispatch.domain.command.AttachRecording;
import org.sanhe.dispatch.domain.command.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the PBX's recording of a call on the call: the configured channel variable (MixMonitor's
 * {@code MIXMONITOR_FILENAME}) set on the caller channel, or on a leg of the same call (its Linkedid), becomes one
 * {@link AttachRecording}, sent once the call is offered. A name for a channel the adapter does not follow, a second
 * name for the same call, or a blank one is logged and skipped; the core keeps the first name it was given. Used by
 * the agent thread only.
 */
final class CallRecordings {

    private static final Logger LOG = LoggerFactory.getLogger(CallRecordings.class);

    private final String variable;

    CallRecordings(String variable) {
        this.variable = variable;
    }

    boolean reads(String name) {
        return variable.equals(name);
    }

    /**
     * A value of the recording variable for {@code call} (null when the channel belongs to no call the adapter
     * follows); {@code channel} names the channel it was set on, for the log.
     */
    void named(TrackedCall call, String channel, String value, Consumer<Command> out) {
        if (call == null) {
            LOG.info("recording {} on channel {}, which is not a followed call: skipped", value, channel);
            return;
        }
        if (value == null || value.isBlank()) {
            LOG.info("call {}: blank {} skipped", call.callId, variable);
            return;
        }
        if (call.recording != null) {
            if (!call.recording.equals(value)) {
                LOG.warn("call {}: second recording {} skipped; the call keeps {}", call.callId, value,
                        call.recording);
            }
            return;
        }
        call.recording = value;
        if (call.offered()) {
            out.accept(new AttachRecording(call.callId, value));
        }
    }

    /** Right after the offer: the recording named before it, or read from the call's variables (re-sync). */
    void offered(TrackedCall call, Consumer<Command> out) {
        if (call.recording == null) {
            String value = call.variable(variable);
            if (value != null && !value.isBlank()) {
                call.recording = value;
            }
        }
        if (call.recording != null) {
            out.accept(new AttachRecording(call.callId, call.recording));
        }
    }

    String variable() {
        return variable;
    }
}
