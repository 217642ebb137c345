package org.sanhe.dispatch.domain.event;

/** The PBX's recording of a call is the file {@code fileName}, as the PBX named it. */
public record RecordingAttached(String callId, String fileName) implements Event {
}
