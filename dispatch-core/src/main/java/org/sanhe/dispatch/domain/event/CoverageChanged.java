package org.sanhe.dispatch.domain.event;

import org.sanhe.dispatch.domain.unit.Coverage;

/** What an incident's assigned units now cover of its response plan. */
public record CoverageChanged(long incidentId, Coverage coverage) implements Event {
}
