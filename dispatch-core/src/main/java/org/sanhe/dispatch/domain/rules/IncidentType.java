package org.sanhe.dispatch.domain.rules;

import java.util.List;
import java.util.Objects;

/**
 * A kind of incident and its response plan (run card).
 *
 * @param code            stable code, e.g. {@code BUILDING_FIRE}
 * @param nameZh          Chinese name
 * @param nameEn          English name
 * @param defaultPriority 1 (most urgent) to 4
 * @param lines           the lines whose calls usually report this type; the console lists these types first
 * @param plan            the units the type needs
 * @param compatible      other type codes that may describe the same event (for duplicate detection)
 */
public record IncidentType(String code, String nameZh, String nameEn, int defaultPriority, List<String> lines,
                           List<Need> plan, List<String> compatible) {

    public IncidentType {
        Objects.requireNonNull(code, "code");
        nameZh = nameZh == null ? code : nameZh;
        nameEn = nameEn == null ? code : nameEn;
        lines = lines == null ? List.of() : List.copyOf(lines);
        plan = plan == null ? List.of() : List.copyOf(plan);
        compatible = compatible == null ? List.of() : List.copyOf(compatible);
    }
}
