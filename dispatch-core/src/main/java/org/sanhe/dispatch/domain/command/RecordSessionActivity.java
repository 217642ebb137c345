package org.sanhe.dispatch.domain.command;

import java.util.Objects;
import org.sanhe.dispatch.domain.user.SessionActivity;

/**
 * Records a console session's beginning, refusal or end for the auditor. Submitted by the console, never carrying a
 * password or a token: a session is named by its short random id, which is not a credential.
 *
 * <p>Audit-only: the core keeps no state for it (sessions are the console's, not the centre's), accepts it always
 * and only echoes it as {@code SessionActivityRecorded}; it changes nothing but the last sequence, so the state hash
 * of a centre without session records is unchanged.
 *
 * @param username  the user, or the name typed at a failed sign-in
 * @param sessionId the session's public id; null for a failed sign-in
 * @param from      the client's address as the console saw it, or null
 */
public record RecordSessionActivity(SessionActivity activity, String username, String sessionId, String from)
        implements Command {

    public RecordSessionActivity {
        Objects.requireNonNull(activity, "activity");
        Fields.text(username, "username");
        sessionId = Fields.optional(sessionId);
        from = Fields.optional(from);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.recordSessionActivity(this);
    }
}
