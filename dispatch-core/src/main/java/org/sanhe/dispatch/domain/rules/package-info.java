/**
 * The centre's rules, defined by configuration and journaled as a command so that a replay uses the rules of the
 * day it replays: the agencies, the emergency lines and which agency answers each, the incident types with their
 * response plans (run cards), the duplicate-detection policy and the timer durations. Adding a line such as 120 or an
 * agency is a change of rules, not of code.
 */
package org.sanhe.dispatch.domain.rules;
