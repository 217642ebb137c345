package org.sanhe.dispatch.domain.incident;

import org.sanhe.dispatch.domain.event.EventSink;

/**
 * What the incident desk asks of the desk that assigns units to incidents, so that the rules of incidents need not
 * know how units are kept: free a unit when its incident closes, and say what an incident's units cover of its
 * response plan. The unit desk implements it; called on the centre's writer thread only.
 */
public interface Responders {

    /** Frees the unit serving the incident at {@code now}, with the reason given (null when the incident closes). */
    void release(String unitId, Incident incident, String reason, long now, EventSink out);

    /** Emits what the incident's units now cover of its type's response plan. */
    void publishCoverage(Incident incident, EventSink out);
}
