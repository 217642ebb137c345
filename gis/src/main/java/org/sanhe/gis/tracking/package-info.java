/**
 * Tracking: where each unit is now and what it is doing, as last reported, and the spatial index that finds the
 * nearest units of an agency among thousands while positions change thousands of times a second. It is a read model
 * fed from outside (position reports, or the core's unit events); it decides nothing and is never read by the core.
 */
package org.sanhe.gis.tracking;
