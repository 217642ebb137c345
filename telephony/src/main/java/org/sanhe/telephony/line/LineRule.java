package org.sanhe.telephony.line;

import java.util.Objects;

/**
 * One rule from configuration: names a line and exactly one condition. {@code exten}, {@code queue} and
 * {@code context} compare with the call's fact; {@code variable} with {@code equals} compares a channel variable.
 *
 * @param line     the line code the rule assigns, e.g. {@code 110}
 * @param exten    the dialled extension that selects the line, or null
 * @param queue    the queue name that selects the line, or null
 * @param variable the channel variable to test, or null (needs {@code equals})
 * @param equals   the value the variable must have
 * @param context  the dialplan context that selects the line, or null
 */
public record LineRule(String line, String exten, String queue, String variable, String equals, String context) {

    public LineRule {
        if (line == null || line.isBlank()) {
            throw new IllegalArgumentException("a line rule needs a line");
        }
        int conditions = count(exten) + count(queue) + count(variable) + count(context);
        if (conditions != 1) {
            throw new IllegalArgumentException("line rule for " + line
                    + " needs exactly one of exten, queue, variable, context; has " + conditions);
        }
        if (variable != null && equals == null) {
            throw new IllegalArgumentException("line rule for " + line + " on variable " + variable + " needs equals");
        }
    }

    public static LineRule onExten(String line, String exten) {
        return new LineRule(line, exten, null, null, null, null);
    }

    public static LineRule onQueue(String line, String queue) {
        return new LineRule(line, null, queue, null, null, null);
    }

    public static LineRule onVariable(String line, String variable, String value) {
        return new LineRule(line, null, null, variable, value, null);
    }

    public static LineRule onContext(String line, String context) {
        return new LineRule(line, null, null, null, null, context);
    }

    /** Whether the call's facts satisfy this rule's condition. */
    public boolean matches(CallFacts facts) {
        if (exten != null) {
            return exten.equals(facts.exten());
        }
        if (queue != null) {
            return queue.equals(facts.queue());
        }
        if (variable != null) {
            return Objects.equals(equals, facts.variable(variable));
        }
        return context.equals(facts.context());
    }

    private static int count(String s) {
        return s == null ? 0 : 1;
    }
}
