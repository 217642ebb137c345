package org.sanhe.dispatch.domain.incident;

/** How an incident ended. */
public enum Disposition {
    /** Handled by the units sent. */
    RESOLVED,
    /** Nothing had happened (a false or prank report). */
    FALSE_ALARM,
    /** Another incident covers the same event. */
    DUPLICATE,
    /** Handed to another agency or service. */
    REFERRED,
    /** Withdrawn before any response. */
    CANCELLED
}
