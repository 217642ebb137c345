/**
 * Calls: every call from every emergency line, in one ordered stream, from offer to answer and end (or abandon),
 * with its caller, its location when known, who answered it and the incident it is bound to. {@link CallDesk} holds
 * the rules of calls and is the only code that changes a {@link Call} (the incident desk binds calls through it):
 * the entities' mutators are package-private, their accessors public. Everything here runs on the core's single
 * writer thread; everyone else reads through the core's events or snapshots.
 */
package org.sanhe.dispatch.domain.call;
