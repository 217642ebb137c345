package org.sanhe.dispatch.domain.event;

import org.sanhe.dispatch.domain.rules.CentreRules;

/** The centre's rules were replaced. */
public record RulesDefined(CentreRules rules) implements Event {
}
