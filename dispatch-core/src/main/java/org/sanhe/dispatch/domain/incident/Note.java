package org.sanhe.dispatch.domain.incident;

import org.sanhe.dispatch.domain.command.Actor;

/** A line in an incident's log: when, by whom, what. */
public record Note(long at, Actor author, String text) {
}
