/** The calls of all lines as the console lists them: {@code GET /api/v1/calls}. */
package org.sanhe.console.call;
