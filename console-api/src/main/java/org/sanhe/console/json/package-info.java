/**
 * The JSON form of the core's commands, events and journal entries, shared by the HTTP API, the WebSocket stream
 * and the command-line tools: each record becomes an object with an {@code @type} (its simple name) and its fields;
 * times are epoch milliseconds with an ISO-8601 companion; actors are written {@code user:name} / {@code system:pbx}.
 */
package org.sanhe.console.json;
