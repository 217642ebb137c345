package org.sanhe.dispatch.domain.unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sanhe.dispatch.domain.rules.Need;

/**
 * The coverage of an incident's response plan by its assigned units.
 *
 * @param needs      one entry per need of the plan, in plan order
 * @param extraUnits assigned units that count towards no need (sent beyond the plan)
 */
public record Coverage(List<NeedCoverage> needs, List<String> extraUnits) {

    public Coverage {
        needs = List.copyOf(needs);
        extraUnits = List.copyOf(extraUnits);
    }

    /** Whether every need is met. */
    public boolean complete() {
        return needs.stream().allMatch(n -> n.open() == 0);
    }

    /**
     * Matches assigned units to the plan's needs. Needs that ask for more capabilities are served first, so that a
     * ladder engine is not spent on a plain "fire x1" line while the "fire with ladder" line stays open; units are
     * taken in assignment order.
     */
    public static Coverage of(List<Need> plan, List<Unit> assigned) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -plan.get(i).capabilities().size())
                .thenComparingInt(i -> i));
        Set<Unit> free = new LinkedHashSet<>(assigned);
        List<List<String>> taken = new ArrayList<>();
        plan.forEach(n -> taken.add(new ArrayList<>()));
        for (int i : order) {
            Need need = plan.get(i);
            var it = free.iterator();
            while (it.hasNext() && taken.get(i).size() < need.count()) {
                Unit unit = it.next();
                if (need.isMetBy(unit.agency(), unit.capabilities())) {
                    taken.get(i).add(unit.id());
                    it.remove();
                }
            }
        }
        List<NeedCoverage> needs = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            Need need = plan.get(i);
            needs.add(new NeedCoverage(need.agency(), need.capabilities(), need.count(), taken.get(i).size(),
                    taken.get(i)));
        }
        return new Coverage(needs, free.stream().map(Unit::id).toList());
    }
}
