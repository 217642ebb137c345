package org.sanhe.dispatch.domain.command;

/** Closes a station. Refused while any unit is based at it: move or retire them first. */
public record CloseStation(String stationId) implements Command {

    public CloseStation {
        Fields.text(stationId, "stationId");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.closeStation(this);
    }
}
