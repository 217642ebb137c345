package org.sanhe.gis.recommend;

import java.util.List;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * The proposal for an incident.
 *
 * @param location where the incident is (WGS84)
 * @param district the district code there, null outside the service area
 * @param needs    one entry per open need, in the order given
 */
public record Recommendation(GeoPoint location, String district, List<NeedRecommendation> needs) {

    public Recommendation {
        needs = List.copyOf(needs);
    }

    /** Whether every need can be filled. */
    public boolean fillsPlan() {
        return needs.stream().allMatch(n -> n.shortfall() == 0);
    }
}
