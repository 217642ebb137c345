package org.sanhe.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sanhe.dispatch.domain.rules.CentreRules;
import org.sanhe.dispatch.domain.rules.DuplicatePolicy;
import org.sanhe.dispatch.domain.rules.IncidentType;
import org.sanhe.dispatch.domain.rules.Line;
import org.sanhe.dispatch.domain.rules.TimerPolicy;

/**
 * Reads the {@code rules:} section, the run-card table, into the core's {@link CentreRules}. The records' own field
 * names are the keys ({@code incidentTypes} holds the rules' {@code types}); the core's consistency check
 * ({@link CentreRules#problems()}) runs here too, so bad rules stop start-up instead of being refused in the journal.
 */
final class RulesReader {

    private RulesReader() {
    }

    static CentreRules read(ConfigTree tree) {
        tree.onlyKeys("rules", Set.of("agencies", "lines", "incidentTypes", "duplicates", "timers"));
        List<String> agencies = list(tree, "rules.agencies", String.class);
        List<Line> lines = list(tree, "rules.lines", Line.class);
        List<IncidentType> types = list(tree, "rules.incidentTypes", IncidentType.class);
        DuplicatePolicy duplicates = tree.bind("rules.duplicates", tree.at("rules.duplicates"),
                DuplicatePolicy.class);
        TimerPolicy timers = tree.bind("rules.timers", tree.at("rules.timers"), TimerPolicy.class);
        if (duplicates == null || timers == null) {
            return CentreRules.none();
        }
        CentreRules rules = new CentreRules(agencies, lines, types, duplicates, timers);
        rules.problems().forEach(problem -> tree.problem("rules", problem));
        return rules;
    }

    private static <T> List<T> list(ConfigTree tree, String key, Class<T> type) {
        List<T> out = new ArrayList<>();
        JsonNode node = tree.at(key);
        if (!node.isArray()) {
            tree.problem(key, "must be a list");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            T value = tree.bind(key + "[" + i + "]", node.get(i), type);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }
}
