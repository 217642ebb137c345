package org.sanhe.dispatch.domain.event;

/** A unit left the roster. */
public record UnitRetired(String unitId) implements Event {
}
