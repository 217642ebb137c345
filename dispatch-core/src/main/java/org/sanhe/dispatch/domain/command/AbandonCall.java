package org.sanhe.dispatch.domain.command;

/**
 * The caller hung up while the call was still queued.
 *
 * @param holdMillis how long the caller waited, as the PBX measured it
 */
public record AbandonCall(String callId, long holdMillis) implements Command {

    public AbandonCall {
        Fields.text(callId, "callId");
        if (holdMillis < 0) {
            throw new IllegalArgumentException("holdMillis must not be negative, was " + holdMillis);
        }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.abandonCall(this);
    }
}
