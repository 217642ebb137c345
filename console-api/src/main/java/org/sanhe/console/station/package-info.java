/**
 * The centre's stations at the console: listed from the read model, opened, renamed, moved and closed by a supervisor
 * as journaled commands.
 */
package org.sanhe.console.station;
