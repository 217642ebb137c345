/**
 * What makes the demo alive without people or vehicles: callers spread over Xi'an's districts for the simulated PBX
 * ({@link org.sanhe.server.demo.ServiceAreaPoints}), and the demo units, which acknowledge, drive to their incidents
 * and back, reporting through the same commands a vehicle terminal would send
 * ({@link org.sanhe.server.demo.DemoFleetAgent}). Nothing here is used when {@code demo: false}, except the callers'
 * area for a simulator that is enabled.
 */
package org.sanhe.server.demo;
