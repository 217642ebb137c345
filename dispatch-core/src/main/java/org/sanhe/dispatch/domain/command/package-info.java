/**
 * Commands: the imperative inputs of the dispatch core and the only way its state changes. Each command is a record
 * under the sealed {@link Command} interface; the core switches over them, so the compiler
 * catches a command nobody handles. A command travels in a {@link Stamped} envelope that
 * carries the journal sequence, the timestamp and the {@link Actor}, stamped once at the
 * edge; the core never reads a clock. Record constructors reject structurally broken input (missing fields, out of
 * range coordinates) with {@link java.lang.IllegalArgumentException} or {@link java.lang.NullPointerException}; the
 * core rejects what breaks a rule with a {@code CommandRejected} event.
 */
package org.sanhe.dispatch.domain.command;
