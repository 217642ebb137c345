package org.sanhe.console.model;

import java.util.List;
import org.sanhe.dispatch.domain.unit.Coverage;
import org.sanhe.dispatch.domain.unit.NeedCoverage;

/**
 * What an incident's assigned units cover of its response plan, as the API shows it: {@code complete}, each need
 * with what is {@code open}, and the units beyond the plan. Immutable.
 */
public record CoverageView(boolean complete, List<Need> needs, List<String> extraUnits) {

    public CoverageView {
        needs = List.copyOf(needs);
        extraUnits = List.copyOf(extraUnits);
    }

    /** One line of the plan and the units on it. */
    public record Need(String agency, List<String> capabilities, int required, int assigned, int open,
                       List<String> unitIds) {

        public Need {
            capabilities = List.copyOf(capabilities);
            unitIds = List.copyOf(unitIds);
        }
    }

    public static CoverageView of(Coverage coverage) {
        return new CoverageView(coverage.complete(), coverage.needs().stream()
                .map(n -> new Need(n.agency(), n.capabilities(), n.required(), n.assigned(), n.open(), n.unitIds()))
                .toList(), coverage.extraUnits());
    }

    /** The core's coverage again, for the recommender. */
    public Coverage coverage() {
        return new Coverage(needs.stream().map(n -> new NeedCoverage(n.agency(), n.capabilities(), n.required(),
                n.assigned(), n.unitIds())).toList(), extraUnits);
    }
}
