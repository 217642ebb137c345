package org.sanhe.dispatch.domain.command;

import java.util.Objects;
import org.sanhe.dispatch.domain.unit.UnitStatus;

/**
 * A unit reports a new status (en route, on scene, back in service...). Dispatching and releasing go through
 * {@link AssignUnit} and {@link ReleaseUnit}.
 */
public record ChangeUnitStatus(String unitId, UnitStatus status) implements Command {

    public ChangeUnitStatus {
        Fields.text(unitId, "unitId");
        Objects.requireNonNull(status, "status");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.changeUnitStatus(this);
    }
}
