package org.sanhe.telephony.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineRulesTest {

    private record Facts(String exten, String queue, String context, Map<String, String> vars) implements CallFacts {
        @Override
        public String variable(String name) {
            return vars.get(name);
        }
    }

    private final LineRules rules = new LineRules(List.of(
            LineRule.onVariable("122", "EMERGENCY_LINE", "122"),
            LineRule.onExten("110", "110"),
            LineRule.onQueue("119", "q119"),
            LineRule.onContext("110", "police-did")));

    @Test
    void firstMatchingRuleWins() {
        assertThat(rules.lineOf(new Facts("110", "q119", "from-pstn", Map.of("EMERGENCY_LINE", "122"))))
                .isEqualTo("122");
        assertThat(rules.lineOf(new Facts("110", "q119", "from-pstn", Map.of()))).isEqualTo("110");
        assertThat(rules.lineOf(new Facts("96119", "q119", "from-pstn", Map.of()))).isEqualTo("119");
        assertThat(rules.lineOf(new Facts("88880000", null, "police-did", Map.of()))).isEqualTo("110");
    }

    @Test
    void noMatchGivesUnknownAndMissingFactsNeverMatch() {
        assertThat(rules.lineOf(new Facts(null, null, null, Map.of()))).isEqualTo(LineRules.UNKNOWN);
        assertThat(rules.lineOf(new Facts("12345", "qmisc", "from-pstn", Map.of("EMERGENCY_LINE", "999"))))
                .isEqualTo(LineRules.UNKNOWN);
        assertThat(rules.variables()).containsExactly("EMERGENCY_LINE");
    }
}
