/**
 * Incidents: events in the city that need a response, opened by a call-taker from a call or by hand, with a type
 * from the rules, a priority, a location and its district, the calls bound to them (several callers often report one
 * event), the units serving them, notes, and a disposition when closed.
 */
package org.sanhe.dispatch.domain.incident;
