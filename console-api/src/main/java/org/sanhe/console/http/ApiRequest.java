package org.sanhe.console.http;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.sanhe.console.auth.Session;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.gis.projection.Datum;

/**
 * A request as a route sees it: copied out of Netty's buffers, so it may travel to other threads.
 *
 * @param variables   the path variables of the route's template
 * @param query       the query parameters
 * @param contentType the Content-Type header, or null
 * @param accept      the Accept header, or null
 * @param body        the body, empty when none
 * @param session     the caller's session, null on public routes
 * @param executor    the channel's event loop: run dependent stages of core futures here
 * @param from        the client's address (IP, without the port), for the session records
 * @param range       the Range header, or null
 */
public record ApiRequest(String method, String path, Map<String, String> variables,
                         Map<String, List<String>> query, String contentType, String accept, byte[] body,
                         Session session, Executor executor, String from, String range) {

    /** Who gives the commands of this request. */
    public Actor actor() {
        if (session == null) {
            throw new IllegalStateException("no session on a public route");
        }
        return session.actor();
    }

    /** The path variable, which the template guarantees. */
    public String variable(String name) {
        return variables.get(name);
    }

    /** The first value of a query parameter, or null. */
    public String query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The {@code datum} query parameter (WGS84 when absent): in which datum to send coordinates; 400 otherwise. */
    public Datum datum() {
        String text = query("datum");
        if (text == null) {
            return Datum.WGS84;
        }
        Datum datum = JsonInput.parseEnum(text, Datum.class);
        if (datum == null) {
            throw ApiError.badField("datum", "datum must be wgs84 or gcj02");
        }
        return datum;
    }

    /** A numeric id from the path; 404 when it is not a positive number, as no such thing can exist. */
    public long idVariable(String name, String what) {
        String text = variable(name);
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the 404 below
        }
        throw new ApiError(404, "UNKNOWN_" + what.toUpperCase(java.util.Locale.ROOT), "no " + what + " " + text,
                null);
    }

    /** The body as a JSON object. */
    public JsonInput json() {
        return JsonInput.parse(contentType, body);
    }
}
