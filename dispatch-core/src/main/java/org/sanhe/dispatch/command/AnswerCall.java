package org.sanhe.dispatch.command;

/** A call-taker answered a queued call. */
public record AnswerCall(String callId, String callTaker) implements Command {

    public AnswerCall {
        Fields.text(callId, "callId");
        Fields.text(callTaker, "callTaker");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.answerCall(this);
    }
}
