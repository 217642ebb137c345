package org.sanhe.dispatch.domain.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything configurable that the core's decisions depend on. Immutable; journaled with {@code DefineRules}.
 *
 * @param agencies   agency codes, e.g. police, traffic, fire
 * @param lines      the emergency lines
 * @param types      the incident types and their response plans
 * @param duplicates duplicate-detection policy
 * @param timers     timer durations
 */
public record CentreRules(List<String> agencies, List<Line> lines, List<IncidentType> types,
                          DuplicatePolicy duplicates, TimerPolicy timers) {

    public static final int MIN_PRIORITY = 1;
    public static final int MAX_PRIORITY = 4;

    public CentreRules {
        agencies = List.copyOf(agencies);
        lines = List.copyOf(lines);
        types = List.copyOf(types);
        Objects.requireNonNull(duplicates, "duplicates");
        Objects.requireNonNull(timers, "timers");
    }

    /** Rules with nothing defined yet: calls are still accepted, on unknown lines. */
    public static CentreRules none() {
        return new CentreRules(List.of(), List.of(), List.of(), DuplicatePolicy.defaults(), TimerPolicy.defaults());
    }

    /** What is wrong with these rules, in words; empty when they are consistent. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> agencySet = distinct(agencies, "agency", problems);
        distinct(lines.stream().map(Line::code).toList(), "line", problems);
        Set<String> typeCodes = distinct(types.stream().map(IncidentType::code).toList(), "incident type", problems);
        for (Line line : lines) {
            if (!agencySet.contains(line.agency())) {
                problems.add("line " + line.code() + " names unknown agency " + line.agency());
            }
        }
        for (IncidentType type : types) {
            checkType(type, agencySet, typeCodes, problems);
        }
        if (duplicates.radiusMeters() < 0 || duplicates.windowMillis() < 0 || duplicates.maxCandidates() < 0) {
            problems.add("duplicate policy values must not be negative");
        }
        if (!(duplicates.totalWeight() > 0)) {
            problems.add("duplicate policy weights must add up to more than 0");
        }
        if (timers.answerMillis() < 0 || timers.acknowledgeMillis() < 0
                || timers.dispatchMillisByPriority().stream().anyMatch(m -> m < 0)) {
            problems.add("timer durations must not be negative");
        }
        return problems;
    }

    private void checkType(IncidentType type, Set<String> agencySet, Set<String> typeCodes, List<String> problems) {
        if (type.defaultPriority() < MIN_PRIORITY || type.defaultPriority() > MAX_PRIORITY) {
            problems.add("incident type " + type.code() + " has default priority " + type.defaultPriority()
                    + ", expected " + MIN_PRIORITY + ".." + MAX_PRIORITY);
        }
        for (Need need : type.plan()) {
            if (!agencySet.contains(need.agency())) {
                problems.add("incident type " + type.code() + " needs unknown agency " + need.agency());
            }
            if (need.count() < 1) {
                problems.add("incident type " + type.code() + " needs " + need.count() + " units of " + need.agency());
            }
        }
        for (String other : type.compatible()) {
            if (!typeCodes.contains(other)) {
                problems.add("incident type " + type.code() + " names unknown compatible type " + other);
            }
        }
    }

    private static Set<String> distinct(List<String> codes, String what, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (code == null || code.isBlank()) {
                problems.add("a blank " + what + " code");
            } else if (!seen.add(code)) {
                problems.add("duplicate " + what + " code " + code);
            }
        }
        return seen;
    }
}
