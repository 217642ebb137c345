package org.sanhe.dispatch.domain.command;

/** Takes a unit off the roster for good. Refused while it serves an incident; its id may be registered again. */
public record RetireUnit(String unitId) implements Command {

    public RetireUnit {
        Fields.text(unitId, "unitId");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.retireUnit(this);
    }
}
