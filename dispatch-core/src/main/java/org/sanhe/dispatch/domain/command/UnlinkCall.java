package org.sanhe.dispatch.domain.command;

/** Undoes a link between a call and an incident. */
public record UnlinkCall(long incidentId, String callId) implements Command {

    public UnlinkCall {
        Fields.id(incidentId, "incidentId");
        Fields.text(callId, "callId");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.unlinkCall(this);
    }
}
