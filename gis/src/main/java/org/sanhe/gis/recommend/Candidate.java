package org.sanhe.gis.recommend;

import org.sanhe.gis.tracking.TrackedUnit;

/**
 * A unit proposed for a need, with the reasons.
 *
 * @param unit    the unit as it was when ranked
 * @param reasons why, and what to watch for
 */
public record Candidate(TrackedUnit unit, Reasons reasons) {
}
