package org.sanhe.dispatch.domain.unit;

import java.util.List;

/**
 * How far one need of a response plan is met.
 *
 * @param agency       agency code
 * @param capabilities capabilities required of each unit
 * @param required     units the plan asks for
 * @param assigned     units assigned that count towards it (at most {@code required})
 * @param unitIds      those units
 */
public record NeedCoverage(String agency, List<String> capabilities, int required, int assigned,
                           List<String> unitIds) {

    public NeedCoverage {
        capabilities = List.copyOf(capabilities);
        unitIds = List.copyOf(unitIds);
    }

    /** Units still missing. */
    public int open() {
        return required - assigned;
    }
}
