package org.sanhe.dispatch.event;

/** A unit left the roster. */
public record UnitRetired(String unitId) implements Event {
}
