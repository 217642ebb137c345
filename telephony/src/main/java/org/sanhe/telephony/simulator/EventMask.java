package org.sanhe.telephony.simulator;

import java.util.Locale;
import java.util.Set;

/**
 * Which event classes a session receives, from the {@code Events} header of Login or the {@code EventMask} of the
 * Events action: {@code on} (all), {@code off} (none), or a comma list of classes such as {@code call,agent}.
 */
record EventMask(boolean all, Set<String> classes) {

    static final EventMask ALL = new EventMask(true, Set.of());
    static final EventMask NONE = new EventMask(false, Set.of());

    static EventMask parse(String value) {
        if (value == null) {
            return ALL;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        switch (v) {
            case "on", "yes", "true", "all" -> {
                return ALL;
            }
            case "off", "no", "false", "" -> {
                return NONE;
            }
            default -> {
                return new EventMask(false, Set.of(v.split("\\s*,\\s*")));
            }
        }
    }

    boolean accepts(String privilegeClass) {
        return all || privilegeClass != null && classes.contains(privilegeClass);
    }

    boolean isOn() {
        return all || !classes.isEmpty();
    }
}
