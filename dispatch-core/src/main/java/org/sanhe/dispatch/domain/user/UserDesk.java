package org.sanhe.dispatch.domain.user;

import org.sanhe.dispatch.domain.command.DefineUser;
import org.sanhe.dispatch.domain.command.RemoveUser;
import org.sanhe.dispatch.domain.command.ResetPassword;
import org.sanhe.dispatch.domain.event.EventSink;
import org.sanhe.dispatch.domain.event.PasswordReset;
import org.sanhe.dispatch.domain.event.Reject;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.event.UserDefined;
import org.sanhe.dispatch.domain.event.UserRemoved;

/**
 * The rules of users: defined by the configuration, removed when it drops them, passwords reset by supervisors.
 * Created by the centre over its directory; called on the centre's writer thread only.
 */
public final class UserDesk {

    private final UserDirectory users;

    public UserDesk(UserDirectory users) {
        this.users = users;
    }

    public void define(DefineUser c, EventSink out) {
        User before = users.get(c.username());
        if (before != null && before.roles().equals(c.roles()) && before.configuredHash().equals(c.passwordHash())) {
            Reject.with(out, c, RejectReason.NOTHING_TO_CHANGE, "user " + c.username() + " is already so");
            return;
        }
        User user = new User(c.username(), c.roles(), c.passwordHash(), c.passwordHash());
        users.put(user);
        out.accept(new UserDefined(user.username(), user.roles()));
    }

    public void remove(RemoveUser c, EventSink out) {
        if (users.get(c.username()) == null) {
            Reject.with(out, c, RejectReason.UNKNOWN_USER, "no user " + c.username());
            return;
        }
        users.remove(c.username());
        out.accept(new UserRemoved(c.username()));
    }

    public void resetPassword(ResetPassword c, EventSink out) {
        User user = users.get(c.username());
        if (user == null) {
            Reject.with(out, c, RejectReason.UNKNOWN_USER, "no user " + c.username());
            return;
        }
        users.put(user.withPassword(c.passwordHash()));
        out.accept(new PasswordReset(c.username()));
    }
}
