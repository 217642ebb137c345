package org.sanhe.dispatch.domain.rules;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One line of a response plan: how many units of an agency, each having at least the listed capabilities.
 *
 * @param agency       agency code
 * @param count        units wanted, at least 1
 * @param capabilities capabilities each unit must have; kept sorted and distinct
 */
public record Need(String agency, int count, List<String> capabilities) {

    public Need {
        Objects.requireNonNull(agency, "agency");
        capabilities = capabilities == null ? List.of() : List.copyOf(new TreeSet<>(capabilities));
    }

    /** Whether a unit of that agency with those capabilities can fill this need. */
    public boolean isMetBy(String unitAgency, List<String> unitCapabilities) {
        return agency.equals(unitAgency) && unitCapabilities.containsAll(capabilities);
    }
}
