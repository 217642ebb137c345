package org.sanhe.telephony.line;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ordered line rules: the first that matches names the call's line; none matching gives {@link #UNKNOWN}.
 * Immutable and thread-safe.
 */
public final class LineRules {

    /** The line of a call that matched no rule; the core still accepts it. */
    public static final String UNKNOWN = "UNKNOWN";

    private final List<LineRule> rules;

    public LineRules(List<LineRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public String lineOf(CallFacts facts) {
        for (LineRule rule : rules) {
            if (rule.matches(facts)) {
                return rule.line();
            }
        }
        return UNKNOWN;
    }

    /** The channel variables the rules read, in rule order. */
    public Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        for (LineRule rule : rules) {
            if (rule.variable() != null) {
                names.add(rule.variable());
            }
        }
        return names;
    }

    public List<LineRule> rules() {
        return rules;
    }
}
