package org.sanhe.dispatch.incident;

import org.sanhe.dispatch.command.Actor;

/** A line in an incident's log: when, by whom, what. */
public record Note(long at, Actor author, String text) {
}
