package org.sanhe.dispatch.event;

import org.sanhe.dispatch.rules.CentreRules;

/** The centre's rules were replaced. */
public record RulesDefined(CentreRules rules) implements Event {
}
