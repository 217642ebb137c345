package org.sanhe.gis.recommend;

import java.util.List;
import org.sanhe.dispatch.domain.rules.Need;

/**
 * The proposal for one open need.
 *
 * @param need            the need (its count is what is still open)
 * @param picked          the units that fill it, fastest first; fewer than {@code need.count()} when too few are
 *                        available
 * @param alternates      the next fastest, in order
 * @param withoutPosition ids of available, suitable units that cannot be ranked because they never reported a
 *                        position
 */
public record NeedRecommendation(Need need, List<Candidate> picked, List<Candidate> alternates,
                                 List<String> withoutPosition) {

    public NeedRecommendation {
        picked = List.copyOf(picked);
        alternates = List.copyOf(alternates);
        withoutPosition = List.copyOf(withoutPosition);
    }

    /** Units still missing after the picked ones. */
    public int shortfall() {
        return need.count() - picked.size();
    }
}
