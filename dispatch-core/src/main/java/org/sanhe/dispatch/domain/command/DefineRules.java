package org.sanhe.dispatch.domain.command;

import java.util.Objects;
import org.sanhe.dispatch.domain.rules.CentreRules;

/** Replaces the centre's rules. Journaled like any command, so replay uses the rules that were in force. */
public record DefineRules(CentreRules rules) implements Command {

    public DefineRules {
        Objects.requireNonNull(rules, "rules");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.defineRules(this);
    }
}
