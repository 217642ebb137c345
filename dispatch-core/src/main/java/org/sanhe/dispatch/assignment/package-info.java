/**
 * Assignments of units to incidents measured against the incident type's response plan: which needs (agency, count,
 * capabilities) are covered by the units assigned and which are still open. The invariant the core keeps: the units
 * an incident lists are exactly the units whose assignment points at it.
 */
package org.sanhe.dispatch.assignment;
