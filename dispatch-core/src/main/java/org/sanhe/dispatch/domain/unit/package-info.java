/**
 * Units and their assignment to incidents. A unit is a vehicle or team of one agency, with capabilities, a home
 * station, a last reported position and a status through the lifecycle available, dispatched, en route, on scene,
 * returning, and out of service; it serves at most one incident at a time. Assignments are measured against the
 * incident type's response plan ({@link Coverage}): which needs (agency, count, capabilities) the assigned units
 * cover and which are still open. The invariant the core keeps: the units an incident lists are exactly the units
 * whose assignment points at it. {@link UnitDesk} holds these rules and is the only code that changes a
 * {@link Unit}; it records the incident's side of an assignment through the incident desk. Mutators are
 * package-private, accessors public.
 */
package org.sanhe.dispatch.domain.unit;
