package org.sanhe.dispatch.domain.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules indexed for lookup by the core. Built once per {@code DefineRules}; never mutated.
 */
public final class Rulebook {

    private final CentreRules rules;
    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final Map<String, IncidentType> types = new LinkedHashMap<>();

    public Rulebook(CentreRules rules) {
        this.rules = rules;
        rules.lines().forEach(line -> lines.put(line.code(), line));
        rules.types().forEach(type -> types.put(type.code(), type));
    }

    public CentreRules rules() {
        return rules;
    }

    /** The line with that code, or null when the centre has no such line. */
    public Line line(String code) {
        return lines.get(code);
    }

    /** The incident type with that code, or null. */
    public IncidentType type(String code) {
        return types.get(code);
    }

    public boolean hasAgency(String agency) {
        return rules.agencies().contains(agency);
    }

    /** 1 for the same type, 0.5 for types declared compatible (either way round), 0 otherwise. */
    public double typeAffinity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        IncidentType ta = types.get(a);
        IncidentType tb = types.get(b);
        boolean compatible = (ta != null && ta.compatible().contains(b)) || (tb != null && tb.compatible().contains(a));
        return compatible ? 0.5 : 0.0;
    }

    /** 1 when calls on that line usually report incidents of that type, else 0. */
    public double lineAffinity(String lineCode, String typeCode) {
        IncidentType type = types.get(typeCode);
        return type != null && type.lines().contains(lineCode) ? 1.0 : 0.0;
    }
}
