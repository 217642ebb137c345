/**
 * The dispatch domain: everything the centre decides, as pure, deterministic code. Commands in
 * ({@code domain.command}), events out ({@code domain.event}), the centre that applies one to the other
 * ({@code domain.centre}), and one package per concept it decides about: calls, incidents, units (with the
 * assignment of units to incidents), stations, users, timers, duplicate detection, the rules in force and
 * geography. Nothing under this package reads a clock, a file, a socket, the environment or a random source, starts
 * a thread or depends on a library: only the JDK and itself ({@code ArchitectureTest} checks this by package). The
 * machinery that runs it lives under {@code org.sanhe.dispatch.runtime}.
 */
package org.sanhe.dispatch.domain;
