/** Units at the console: the roster with statuses and positions, status changes and position reports. */
package org.sanhe.console.unit;
