package org.sanhe.console.auth;

/** What a route asks of its caller. Each route needs exactly one; {@link Role} decides who holds which. */
public enum Permission {
    /** Anyone, signed in or not (sign-in itself, health, metrics). */
    PUBLIC,
    /**
     * Manage one's own session (sign out): every role holds it, machine accounts too, so that any credential can end
     * the session it opened.
     */
    OWN_SESSION,
    /** Look at the live centre: calls, incidents, units, maps. */
    READ,
    /** Open, change, link and close incidents. */
    HANDLE_INCIDENTS,
    /** Send units, and change their status and position. */
    DISPATCH_UNITS,
    /** Read the journal: timelines, past states, chain verification. */
    AUDIT,
    /** Keep the centre's own data: its stations, units and users. */
    MANAGE_CENTRE,
    /** Hand the centre public warnings (CAP alerts). */
    RECEIVE_ALERTS,
    /** Hand an incident to another centre: its NENA EIDO. */
    EXPORT_INCIDENTS,
    /** Receive an incident from another centre as a NENA EIDO (opens or updates an incident). */
    IMPORT_INCIDENTS
}
