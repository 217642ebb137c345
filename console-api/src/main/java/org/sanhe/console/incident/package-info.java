/**
 * Incidents at the console: the configured incident types, opening an incident (its district found here, at the
 * edge), listing, reading with its coverage, changing, linking calls and closing.
 */
package org.sanhe.console.incident;
