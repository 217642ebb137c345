/**
 * Public warnings: CAP 1.2 messages (weather, earthquake, flood) received from a warning system, as the centre's
 * journaled facts. The core gets each message already parsed and checked at the edge (the {@code interop} module
 * reads the XML), as data: who sent it, what it is, its areas (WGS-84 polygons and circles) and the document itself.
 * An {@code Alert} or {@code Update} message becomes an active {@link Alert} until it expires (at its
 * {@code expires}, by a core timer), or an {@code Update} or {@code Cancel} referencing it ends it; {@code Ack},
 * {@code Error} and {@code Draft} messages are recorded without effect. The same sender, identifier and sent time
 * received again is the same message: recorded once, answered with the alert it made. These rules live in
 * {@link AlertDesk}, the only code that changes the {@link AlertBook}. Which districts an alert touches is geometry,
 * worked out outside the core.
 */
package org.sanhe.dispatch.domain.alert;
