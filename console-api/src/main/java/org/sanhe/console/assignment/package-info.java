/** Sending units to incidents: {@code POST /api/v1/incidents/{id}/assignments}. */
package org.sanhe.console.assignment;
