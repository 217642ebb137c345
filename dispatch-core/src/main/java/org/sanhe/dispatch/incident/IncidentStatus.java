package org.sanhe.dispatch.incident;

/** Whether an incident still needs attention. */
public enum IncidentStatus { OPEN, CLOSED }
