package org.sanhe.console.alert;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Route;
import org.sanhe.console.model.AlertView;
import org.sanhe.dispatch.domain.command.ReceiveAlert;
import org.sanhe.dispatch.domain.event.AlertReceived;
import org.sanhe.dispatch.domain.event.AlertRepeated;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.runtime.sequencer.Outcome;
import org.sanhe.interop.cap.CapAlertAdapter;
import org.sanhe.interop.cap.InvalidCapException;

/**
 * {@code POST /api/v1/alerts} takes one CAP 1.2 document ({@code application/cap+xml} or {@code application/xml}, 415
 * otherwise; the console's body limit gives 413), refuses it 400 with the reader's code and message when it is not
 * valid CAP, journals it, and answers the alert: 201 when new, 200 when the same sender, identifier and sent came
 * before (nothing changes then). {@code GET /api/v1/alerts} lists the active alerts, {@code GET /api/v1/alerts/{id}}
 * any alert received. Reading the document (parse, schema validation and checks: about 0.13 ms of CPU for the Xi'an
 * test alert, docs/benchmarks.md section 10) runs on the request's event loop; alerts come a few an hour.
 */
public final class AlertRoutes {

    /** The media types a CAP document may be sent as. */
    public static final List<String> MEDIA_TYPES = List.of("application/cap+xml", "application/xml");

    private final CoreAccess core;
    private final CapAlertAdapter adapter;

    public AlertRoutes(CoreAccess core, CapAlertAdapter adapter) {
        this.core = core;
        this.adapter = adapter;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/v1/alerts", Permission.READ, "The public warnings in force", this::active),
                Route.get("/api/v1/alerts/{id}", Permission.READ, "A public warning received", this::one),
                Route.post("/api/v1/alerts", Permission.RECEIVE_ALERTS, "Receive a CAP 1.2 public warning",
                        this::receive));
    }

    private CompletableFuture<ApiReply> active(ApiRequest request) {
        return core.current(request).thenApply(model -> ApiReply.ok(List.copyOf(model.activeAlerts())));
    }

    private CompletableFuture<ApiReply> one(ApiRequest request) {
        long id = request.idVariable("id", "alert");
        return core.current(request).thenApply(model -> ApiReply.ok(found(model.alert(id), id)));
    }

    private CompletableFuture<ApiReply> receive(ApiRequest request) {
        if (!MEDIA_TYPES.contains(mediaType(request.contentType()))) {
            throw new ApiError(415, "UNSUPPORTED_MEDIA_TYPE", "send the alert as application/cap+xml or "
                    + "application/xml", null);
        }
        ReceiveAlert command;
        try {
            command = adapter.command(request.body());
        } catch (InvalidCapException e) {
            throw new ApiError(400, e.code(), e.getMessage(), null);
        }
        return core.write(request, command).thenApply(this::reply);
    }

    private ApiReply reply(Outcome outcome) {
        for (Event event : outcome.events()) {
            if (event instanceof AlertReceived received) {
                return ApiReply.json(201, found(core.model().alert(received.alert().id()), received.alert().id()));
            }
            if (event instanceof AlertRepeated repeated) {
                return ApiReply.ok(found(core.model().alert(repeated.alertId()), repeated.alertId()));
            }
        }
        throw new IllegalStateException("a received alert without its event: " + outcome.events());
    }

    private static AlertView found(AlertView alert, long id) {
        if (alert == null) {
            throw new ApiError(404, "UNKNOWN_ALERT", "no alert " + id, null);
        }
        return alert;
    }

    /** The media type without parameters, lower case; "" for none. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
