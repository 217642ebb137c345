package org.sanhe.dispatch.domain.command;

/**
 * The PBX records a call into a file: {@code fileName} is the name exactly as the PBX gave it (for Asterisk, the
 * value of {@code MIXMONITOR_FILENAME}). The core keeps it as evidence and does not interpret it; whoever reads the
 * file resolves it against the directory it trusts and refuses names that leave it. Allowed after the call ended.
 */
public record AttachRecording(String callId, String fileName) implements Command {

    public AttachRecording {
        Fields.text(callId, "callId");
        Fields.text(fileName, "fileName");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.attachRecording(this);
    }
}
