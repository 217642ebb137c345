/**
 * Calls: every call from every emergency line, in one ordered stream, from offer to answer and end (or abandon),
 * with its caller, its location when known, who answered it and the incident it is bound to. Entities here are
 * mutated only by the core's single writer thread; everyone else reads them through the core's events or snapshots.
 */
package org.sanhe.dispatch.domain.call;
