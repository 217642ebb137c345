package org.sanhe.dispatch.domain.centre;

import org.sanhe.dispatch.domain.command.DefineUser;
import org.sanhe.dispatch.domain.command.RemoveUser;
import org.sanhe.dispatch.domain.command.ResetPassword;
import org.sanhe.dispatch.domain.event.EventSink;
import org.sanhe.dispatch.domain.event.PasswordReset;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.event.UserDefined;
import org.sanhe.dispatch.domain.event.UserRemoved;
import org.sanhe.dispatch.domain.user.User;

/** The rules of users: defined by the configuration, removed when it drops them, passwords reset by supervisors. */
final class UserDesk {

    private final Centre centre;

    UserDesk(Centre centre) {
        this.centre = centre;
    }

    void define(DefineUser c, EventSink out) {
        User before = centre.users.get(c.username());
        if (before != null && before.roles().equals(c.roles()) && before.configuredHash().equals(c.passwordHash())) {
            Reject.with(out, c, RejectReason.NOTHING_TO_CHANGE, "user " + c.username() + " is already so");
            return;
        }
        User user = new User(c.username(), c.roles(), c.passwordHash(), c.passwordHash());
        centre.users.put(user);
        out.accept(new UserDefined(user.username(), user.roles()));
    }

    void remove(RemoveUser c, EventSink out) {
        if (centre.users.get(c.username()) == null) {
            Reject.with(out, c, RejectReason.UNKNOWN_USER, "no user " + c.username());
            return;
        }
        centre.users.remove(c.username());
        out.accept(new UserRemoved(c.username()));
    }

    void resetPassword(ResetPassword c, EventSink out) {
        User user = centre.users.get(c.username());
        if (user == null) {
            Reject.with(out, c, RejectReason.UNKNOWN_USER, "no user " + c.username());
            return;
        }
        centre.users.put(user.withPassword(c.passwordHash()));
        out.accept(new PasswordReset(c.username()));
    }
}
