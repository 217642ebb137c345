package org.sanhe.dispatch.domain.command;

/**
 * A call-taker answered a queued call.
 *
 * @param seat the phone that answered (the PBX agent interface, e.g. {@code PJSIP/1001}), null when unknown.
 *             Added in journal record version 2; entries of version 1 read as null.
 */
public record AnswerCall(String callId, String callTaker, String seat) implements Command {

    public AnswerCall {
        Fields.text(callId, "callId");
        Fields.text(callTaker, "callTaker");
        seat = Fields.optional(seat);
    }

    /** An answer whose seat is not known. */
    public AnswerCall(String callId, String callTaker) {
        this(callId, callTaker, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.answerCall(this);
    }
}
