/**
 * The centre: the dispatch domain as one pure, deterministic state machine,
 * {@code (state, stamped command) -> (state', events)}. It reads no clock, file, socket or random source and starts
 * no thread; time, actor and sequence arrive on the {@link org.sanhe.dispatch.domain.command.Stamped} envelope.
 * Applying the same commands to a new {@link Centre} always gives the same events and the same
 * {@link Centre#stateHash()} ({@link StateDigest}). The centre owns the books; its {@link CommandRouter} wires the
 * desks and routes each command to the desk of its concept ({@code CallDesk}, {@code IncidentDesk},
 * {@code UnitDesk}, {@code StationDesk}, {@code UserDesk}, {@code TimerDesk}, {@code RulesDesk}, each in its
 * concept's package). What the centre hands out (books, entities) is for reading only.
 */
package org.sanhe.dispatch.domain.centre;

import org.sanhe.dispatch.domain.call.CallDesk;
import org.sanhe.dispatch.domain.incident.IncidentDesk;
import org.sanhe.dispatch.domain.station.StationDesk;
import org.sanhe.dispatch.domain.timer.TimerDesk;
import org.sanhe.dispatch.domain.unit.UnitDesk;
import org.sanhe.dispatch.domain.user.UserDesk;
