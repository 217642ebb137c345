package org.sanhe.dispatch.domain.command;

/** Binds a call to an incident, e.g. a second caller reporting the same event. Always the call-taker's decision. */
public record LinkCall(long incidentId, String callId) implements Command {

    public LinkCall {
        Fields.id(incidentId, "incidentId");
        Fields.text(callId, "callId");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.linkCall(this);
    }
}
