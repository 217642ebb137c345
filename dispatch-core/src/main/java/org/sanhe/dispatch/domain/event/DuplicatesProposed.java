package org.sanhe.dispatch.domain.event;

import java.util.List;
import org.sanhe.dispatch.domain.duplicate.DuplicateCandidate;

/**
 * Open incidents that may describe the same event as the subject: a new incident ({@code incidentId}) or a call that
 * got a location ({@code callId}). Only a proposal: the call-taker links, or not.
 *
 * @param callId     the subject call, or null
 * @param incidentId the subject incident, or 0
 */
public record DuplicatesProposed(String callId, long incidentId, List<DuplicateCandidate> candidates)
        implements Event {

    public DuplicatesProposed {
        candidates = List.copyOf(candidates);
    }
}
