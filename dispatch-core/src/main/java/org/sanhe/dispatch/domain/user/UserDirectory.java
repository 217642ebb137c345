package org.sanhe.dispatch.domain.user;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The console's users, in the order they were defined. Owned by the core's writer thread. */
public final class UserDirectory {

    private final Map<String, User> users = new LinkedHashMap<>();

    /**
     * A directory holding exactly these users, in this order (their definition order), for snapshot restore only.
     *
     * @throws IllegalArgumentException when two users share a name
     */
    public static UserDirectory restored(List<User> users) {
        UserDirectory directory = new UserDirectory();
        users.forEach(directory::restore);
        return directory;
    }

    /** The user, or null. */
    public User get(String username) {
        return users.get(username);
    }

    /** Adds a user, or replaces the one with that name in place. */
    void put(User user) {
        users.put(user.username(), user);
    }

    void remove(String username) {
        users.remove(username);
    }

    /**
     * Adds a user as recorded, for snapshot restore only. Call in the order of {@link #all()}.
     *
     * @throws IllegalArgumentException when a user with that name is already here
     */
    private void restore(User user) {
        if (users.putIfAbsent(user.username(), user) != null) {
            throw new IllegalArgumentException("user " + user.username() + " restored twice");
        }
    }

    public Collection<User> all() {
        return Collections.unmodifiableCollection(users.values());
    }

    public int size() {
        return users.size();
    }
}
