package org.sanhe.dispatch.event;

import org.sanhe.dispatch.user.SessionActivity;

/** A console session began, was refused or ended (see {@code RecordSessionActivity}); no password, no token. */
public record SessionActivityRecorded(SessionActivity activity, String username, String sessionId, String from)
        implements Event {
}
