package org.sanhe.dispatch.event;

import org.sanhe.dispatch.assignment.Coverage;

/** What an incident's assigned units now cover of its response plan. */
public record CoverageChanged(long incidentId, Coverage coverage) implements Event {
}
