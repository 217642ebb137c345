/**
 * The composition root: reads the configuration, wires the core, GIS, telephony and console modules together and
 * provides the runnable jar and its command line. It holds no domain logic.
 */
package org.sanhe.server;
