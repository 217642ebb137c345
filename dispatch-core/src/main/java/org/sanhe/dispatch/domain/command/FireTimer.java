package org.sanhe.dispatch.domain.command;

/** The runtime's timer wheel reports that a timer the core scheduled is due. */
public record FireTimer(long timerId) implements Command {

    public FireTimer {
        Fields.id(timerId, "timerId");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.fireTimer(this);
    }
}
