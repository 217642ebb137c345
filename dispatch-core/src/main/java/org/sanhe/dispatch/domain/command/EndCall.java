package org.sanhe.dispatch.domain.command;

/**
 * A call ended (the caller's channel hung up, or the call-taker released it).
 *
 * @param cause why, e.g. the PBX hang-up cause text {@code Normal Clearing}
 */
public record EndCall(String callId, String cause) implements Command {

    public EndCall {
        Fields.text(callId, "callId");
        cause = cause == null || cause.isBlank() ? "unspecified" : cause;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.endCall(this);
    }
}
