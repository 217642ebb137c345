/**
 * Incidents: events in the city that need a response, opened by a call-taker from a call or by hand, with a type
 * from the rules, a priority, a location and its district, the calls bound to them (several callers often report one
 * event), the units serving them and every unit they ever had ({@link Responder}: its last status there and its
 * times, kept once released), notes, and a disposition when closed. {@link IncidentDesk} holds the rules of
 * incidents and is the only code that changes an {@link Incident}: the unit desk records the incident's side of an
 * assignment through it, and it asks the unit desk back only through {@link Responders}. Mutators are
 * package-private, accessors public.
 */
package org.sanhe.dispatch.domain.incident;
