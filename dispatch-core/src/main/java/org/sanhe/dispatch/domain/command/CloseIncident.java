package org.sanhe.dispatch.domain.command;

import java.util.Objects;
import org.sanhe.dispatch.domain.incident.Disposition;

/** Closes an incident; units still assigned are released. */
public record CloseIncident(long incidentId, Disposition disposition, String note) implements Command {

    public CloseIncident {
        Fields.id(incidentId, "incidentId");
        Objects.requireNonNull(disposition, "disposition");
        note = Fields.optional(note);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.closeIncident(this);
    }
}
