/**
 * Units: the vehicles and teams of each agency, their capabilities, home station, last reported position and status
 * through the lifecycle available, dispatched, en route, on scene, returning, and out of service. A unit serves at
 * most one incident at a time.
 */
package org.sanhe.dispatch.unit;
