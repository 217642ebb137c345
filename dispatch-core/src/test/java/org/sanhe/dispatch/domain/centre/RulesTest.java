package org.sanhe.dispatch.domain.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanhe.dispatch.domain.centre.Scenario.given;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.command.DefineRules;
import org.sanhe.dispatch.domain.event.CommandRejected;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.event.RulesDefined;
import org.sanhe.dispatch.domain.rules.CentreRules;
import org.sanhe.dispatch.domain.rules.DuplicatePolicy;
import org.sanhe.dispatch.domain.rules.IncidentType;
import org.sanhe.dispatch.domain.rules.Line;
import org.sanhe.dispatch.domain.rules.Need;
import org.sanhe.dispatch.domain.rules.TimerPolicy;

/** The rules are a journaled command: valid ones replace the old, inconsistent ones are refused with the reasons. */
class RulesTest {

    @Test
    void consistentRulesAreDefined() {
        Scenario s = given();
        s.when(Fixtures.defineRules()).then(new RulesDefined(Fixtures.rules()));
        assertThat(s.centre().rules()).isEqualTo(Fixtures.rules());
    }

    @Test
    void inconsistentRulesAreRefusedNamingEveryProblem() {
        CentreRules bad = new CentreRules(List.of("police", "police"),
                List.of(new Line("110", "army", null, null)),
                List.of(new IncidentType("X", null, null, 7, List.of(), List.of(new Need("fire", 0, null)),
                        List.of("Y"))),
                new DuplicatePolicy(-1, 0, 1, 0, 0, 0, 0),
                new TimerPolicy(-5, 0, List.of()));
        CommandRejected rejected = given().when(new DefineRules(bad)).thenRejected(RejectReason.INVALID_RULES)
                .the(CommandRejected.class);
        assertThat(rejected.message()).contains("duplicate agency code police", "unknown agency army",
                "default priority 7", "unknown agency fire", "needs 0 units", "unknown compatible type Y",
                "must not be negative", "weights", "timer durations");
    }
}
