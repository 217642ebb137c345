/**
 * Events: what the dispatch core says happened, in the past tense, as records under the sealed
 * {@link Event} interface. A command yields zero or more events; a refused command yields
 * exactly one {@link CommandRejected} with a stable {@link RejectReason} and nothing else,
 * and leaves the state unchanged. Incident ids are numbers from 1; 0 in an incident id field means "none".
 */
package org.sanhe.dispatch.domain.event;
