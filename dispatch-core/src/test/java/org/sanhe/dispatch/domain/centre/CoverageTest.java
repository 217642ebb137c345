package org.sanhe.dispatch.domain.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanhe.dispatch.domain.centre.Fixtures.FIRE;
import static org.sanhe.dispatch.domain.centre.Fixtures.POLICE;
import static org.sanhe.dispatch.domain.centre.Fixtures.TRAFFIC;
import static org.sanhe.dispatch.domain.centre.Fixtures.defineRules;
import static org.sanhe.dispatch.domain.centre.Fixtures.fire;
import static org.sanhe.dispatch.domain.centre.Fixtures.police;
import static org.sanhe.dispatch.domain.centre.Fixtures.traffic;
import static org.sanhe.dispatch.domain.centre.IncidentRulesTest.open;
import static org.sanhe.dispatch.domain.centre.Scenario.given;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.domain.command.ReleaseUnit;
import org.sanhe.dispatch.domain.event.CoverageChanged;
import org.sanhe.dispatch.domain.unit.Coverage;
import org.sanhe.dispatch.domain.unit.NeedCoverage;

/** Rule 2: an incident always shows which needs of its response plan are covered and which are still open. */
class CoverageTest {

    @Test
    void aCollisionWithFireNeedsThreeAgenciesAndShowsWhatIsStillOpen() {
        Scenario s = given(defineRules(), fire("F1"), traffic("T1"), police("P1"), open("COLLISION_FIRE"),
                new AssignUnit(1, "T1"));
        Coverage coverage = s.when(new AssignUnit(1, "F1")).the(CoverageChanged.class).coverage();
        assertThat(coverage.needs()).containsExactly(
                new NeedCoverage(FIRE, List.of(), 1, 1, List.of("F1")),
                new NeedCoverage(TRAFFIC, List.of(), 1, 1, List.of("T1")),
                new NeedCoverage(POLICE, List.of(), 1, 0, List.of()));
        assertThat(coverage.complete()).isFalse();
        assertThat(coverage.needs().get(2).open()).isEqualTo(1);
    }

    @Test
    void aLadderEngineFillsTheLadderNeedEvenWhenAssignedFirst() {
        Scenario s = given(defineRules(), fire("F1", "ladder"), fire("F2"), fire("F3"), open("HIGH_RISE_FIRE"),
                new AssignUnit(1, "F1"), new AssignUnit(1, "F2"));
        Coverage coverage = s.when(new AssignUnit(1, "F3")).the(CoverageChanged.class).coverage();
        assertThat(coverage.needs()).containsExactly(
                new NeedCoverage(FIRE, List.of(), 2, 2, List.of("F2", "F3")),
                new NeedCoverage(FIRE, List.of("ladder"), 1, 1, List.of("F1")),
                new NeedCoverage(POLICE, List.of(), 1, 0, List.of()));
    }

    @Test
    void unitsBeyondThePlanAreListedAsExtra() {
        Scenario s = given(defineRules(), police("P1"), police("P2"), open("THEFT"), new AssignUnit(1, "P1"));
        Coverage coverage = s.when(new AssignUnit(1, "P2")).the(CoverageChanged.class).coverage();
        assertThat(coverage.complete()).isTrue();
        assertThat(coverage.extraUnits()).containsExactly("P2");
    }

    @Test
    void releasingAUnitReopensItsNeed() {
        Scenario s = given(defineRules(), police("P1"), open("THEFT"), new AssignUnit(1, "P1"));
        Coverage coverage = s.when(new ReleaseUnit(1, "P1")).the(CoverageChanged.class).coverage();
        assertThat(coverage.needs()).containsExactly(new NeedCoverage(POLICE, List.of(), 1, 0, List.of()));
    }
}
