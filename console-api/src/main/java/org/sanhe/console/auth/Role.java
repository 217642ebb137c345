package org.sanhe.console.auth;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The roles of the centre and the role matrix: an auditor reads and never writes; a call-taker opens and links
 * incidents but does not send units; a dispatcher also sends units and changes their status and exports incidents
 * as EIDOs; a supervisor may do everything. Two roles are for machines: an alert feed (a warning system's account)
 * posts public warnings and nothing else; a partner (another centre's system, configured as a user with this role)
 * may only import incidents as EIDOs. Every role may sign itself out ({@link Permission#OWN_SESSION}).
 */
public enum Role {
    CALL_TAKER(EnumSet.of(Permission.READ, Permission.HANDLE_INCIDENTS)),
    DISPATCHER(EnumSet.of(Permission.READ, Permission.HANDLE_INCIDENTS, Permission.DISPATCH_UNITS,
            Permission.EXPORT_INCIDENTS)),
    AUDITOR(EnumSet.of(Permission.READ, Permission.AUDIT)),
    SUPERVISOR(EnumSet.allOf(Permission.class)),
    /** A machine: a warning system's feed that posts CAP alerts, and may do nothing else. */
    ALERT_FEED(EnumSet.of(Permission.RECEIVE_ALERTS)),
    /** Another centre's system (a CAD-to-CAD bridge): it may only hand us incidents. */
    PARTNER(EnumSet.of(Permission.IMPORT_INCIDENTS));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        permissions.add(Permission.PUBLIC);
        permissions.add(Permission.OWN_SESSION);
        this.permissions = permissions;
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }

    /** The role's name in the API and configuration, e.g. {@code call-taker}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The role named {@code call-taker}, {@code calltaker}, {@code CALL_TAKER}... or empty. */
    public static Optional<Role> parse(String code) {
        String name = squeeze(code);
        for (Role role : values()) {
            if (squeeze(role.name()).equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private static String squeeze(String code) {
        return code.strip().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
    }
}
