package org.sanhe.server.assembly;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sanhe.console.auth.Role;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.DefineUser;
import org.sanhe.dispatch.domain.command.RemoveUser;
import org.sanhe.dispatch.domain.user.User;
import org.sanhe.server.config.UserRecord;

/**
 * The commands that make the journaled users what the configuration lists: a user that is new, or whose roles or
 * configured password hash changed, is defined (a new configured hash replaces a password reset since); a user the
 * configuration no longer lists is removed. A reset password survives restarts with the same configuration.
 */
final class UserSync {

    private UserSync() {
    }

    /** Runs on the core's thread (a read): copies what it needs. */
    static List<Command> commands(Centre centre, List<UserRecord> configured) {
        List<Command> commands = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (UserRecord record : configured) {
            listed.add(record.username());
            List<String> roles = List.copyOf(new TreeSet<>(record.roles().stream()
                    .map(r -> Role.parse(r).orElseThrow().code()).toList()));
            User journaled = centre.users().get(record.username());
            if (journaled == null || !journaled.roles().equals(roles)
                    || !journaled.configuredHash().equals(record.passwordHash())) {
                commands.add(new DefineUser(record.username(), roles, record.passwordHash()));
            }
        }
        centre.users().all().stream().map(User::username).filter(u -> !listed.contains(u))
                .forEach(u -> commands.add(new RemoveUser(u)));
        return commands;
    }
}
