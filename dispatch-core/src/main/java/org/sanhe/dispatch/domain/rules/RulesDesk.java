package org.sanhe.dispatch.domain.rules;

import org.sanhe.dispatch.domain.command.DefineRules;
import org.sanhe.dispatch.domain.event.EventSink;
import org.sanhe.dispatch.domain.event.Reject;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.event.RulesDefined;

/**
 * The rules in force, and the rule for changing them: a {@link DefineRules} whose rules have problems is refused;
 * otherwise its rules are in force from that command on. The other desks read {@link #current()} as each command
 * is applied. Created by the centre; called on the centre's writer thread only.
 */
public final class RulesDesk {

    private Rulebook current;

    /** @param initial the rules in force before any {@code DefineRules} (none, or a snapshot's) */
    public RulesDesk(Rulebook initial) {
        this.current = initial;
    }

    /** The rules in force. */
    public Rulebook current() {
        return current;
    }

    public void define(DefineRules c, EventSink out) {
        var problems = c.rules().problems();
        if (!problems.isEmpty()) {
            Reject.with(out, c, RejectReason.INVALID_RULES, String.join("; ", problems));
            return;
        }
        current = new Rulebook(c.rules());
        out.accept(new RulesDefined(c.rules()));
    }
}
