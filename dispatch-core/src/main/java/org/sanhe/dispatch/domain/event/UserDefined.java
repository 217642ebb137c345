package org.sanhe.dispatch.domain.event;

import java.util.List;

/** A user was added or redefined (the password hash stays in the core). */
public record UserDefined(String username, List<String> roles) implements Event {

    public UserDefined {
        roles = List.copyOf(roles);
    }
}
