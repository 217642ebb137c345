package org.sanhe.dispatch.domain.duplicate;

/**
 * An open incident that may be the same event, and why.
 *
 * @param incidentId     the candidate
 * @param score          weighted mean of the parts, 0..1, rounded to 3 decimals
 * @param distanceMeters how far apart, rounded to the metre; -1 when the subject has no location
 * @param millisApart    how long since the candidate was opened
 * @param distancePart   1 at the same spot, 0 at the policy's radius or beyond
 * @param timePart       1 now, 0 at the policy's window or beyond
 * @param typePart       1 same type, 0.5 compatible type, 0 otherwise (for a call: 1 when its line fits the type)
 * @param callerPart     1 when a call of the candidate came from the same number
 */
public record DuplicateCandidate(long incidentId, double score, long distanceMeters, long millisApart,
                                 double distancePart, double timePart, double typePart, double callerPart) {
}
