package org.sanhe.dispatch.domain.event;

import org.sanhe.dispatch.domain.user.SessionActivity;

/** A console session began, was refused or ended (see {@code RecordSessionActivity}); no password, no token. */
public record SessionActivityRecorded(SessionActivity activity, String username, String sessionId, String from)
        implements Event {
}
