/**
 * The centre: the dispatch domain as one pure, deterministic state machine,
 * {@code (state, stamped command) -> (state', events)}. It reads no clock, file, socket or random source and starts
 * no thread; time, actor and sequence arrive on the {@link org.sanhe.dispatch.domain.command.Stamped} envelope. Applying the
 * same commands to a new {@link org.sanhe.dispatch.domain.centre.Centre} always gives the same events and the same
 * {@link org.sanhe.dispatch.domain.centre.Centre#stateHash()}. The desks here hold the rules of each kind of command; the
 * entities they change live in their concept packages.
 */
package org.sanhe.dispatch.domain.centre;
