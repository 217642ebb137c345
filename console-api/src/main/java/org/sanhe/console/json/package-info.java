/**
 * The console's JSON output, in one style: views are records written by Jackson through the one
 * {@link org.sanhe.console.json.DispatchJson#MAPPER}, with the API's conventions as serialisers on their components
 * ({@link org.sanhe.console.json.ApiTime}: epoch milliseconds as ISO-8601 or null; {@link org.sanhe.console.json.ApiId}:
 * a numeric id or null; {@link org.sanhe.console.json.ApiCode}: an enum constant as {@code en-route}). The core's
 * commands, events and journal entries, shared by the HTTP API, the WebSocket stream and the command-line tools,
 * become objects with an {@code @type} (the record's simple name) and its fields ({@link
 * org.sanhe.console.json.DispatchJson}); times there are epoch milliseconds with an ISO-8601 companion; actors are
 * written {@code user:name} / {@code system:pbx}. Input is read and validated in one place, {@code http.JsonInput}.
 */
package org.sanhe.console.json;
