/**
 * Sending units to incidents ({@code POST /api/v1/incidents/{id}/assignments}), the units recommended for an
 * incident's open needs and a unit's route to it: advice computed on the event loop from the read model and the
 * unit tracker, never on the core's thread.
 */
package org.sanhe.console.assignment;
