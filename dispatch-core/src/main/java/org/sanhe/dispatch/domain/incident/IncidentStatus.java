package org.sanhe.dispatch.domain.incident;

/** Whether an incident still needs attention. */
public enum IncidentStatus { OPEN, CLOSED }
