package org.sanhe.console.eido;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Route;
import org.sanhe.console.incident.IncidentRoutes;
import org.sanhe.console.model.IncidentView;
import org.sanhe.console.model.ReadModel;
import org.sanhe.dispatch.domain.command.ImportIncident;
import org.sanhe.dispatch.domain.event.IncidentImported;
import org.sanhe.dispatch.runtime.sequencer.Outcome;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.interop.eido.EidoImport;
import org.sanhe.interop.eido.EidoReader;
import org.sanhe.interop.eido.EidoSettings;
import org.sanhe.interop.eido.EidoWriter;
import org.sanhe.interop.eido.InvalidEidoException;

/**
 * NENA EIDO out and in. {@code GET /api/v1/incidents/{id}/eido} (dispatchers and supervisors) answers the incident
 * as one EIDO, written from the read model, as a download. {@code POST /api/v1/incidents/eido} (supervisors, and
 * users with the partner role: another centre's system) validates the body against NENA's schema, maps it
 * ({@link EidoReader}: the type through the configured table; on the interop executor, never an event loop), finds
 * the district here, and journals an {@link ImportIncident}: 201 with the incident it opened, or 200 with the one the
 * same document id opened before, brought up to date. A document that is not an EIDO is a 400 with its code ({@code EIDO_INVALID} carries the
 * schema's messages); an incident already closed here is a 409 {@code INCIDENT_CLOSED}.
 */
public final class EidoRoutes {

    private final CoreAccess core;
    private final DistrictMap districts;
    private final EidoWriter writer;
    private final EidoReader reader;
    private final Executor interop;

    /**
     * @param interop where received documents are parsed and validated, off the event loops (NENA's schema, 3 MB of
     *                YAML, is loaded at the first document)
     */
    public EidoRoutes(CoreAccess core, DistrictMap districts, EidoSettings settings, Executor interop) {
        this.core = core;
        this.districts = districts;
        this.interop = interop;
        this.writer = new EidoWriter(settings.centreId());
        this.reader = new EidoReader(settings);
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/v1/incidents/{id}/eido", Permission.EXPORT_INCIDENTS,
                        "The incident as a NENA EIDO (download)", this::export),
                Route.post("/api/v1/incidents/eido", Permission.IMPORT_INCIDENTS,
                        "Receive an incident from another centre as a NENA EIDO", this::receive));
    }

    private CompletableFuture<ApiReply> export(ApiRequest request) {
        long id = request.idVariable("id", "incident");
        return core.current(request).thenApply(model -> {
            IncidentView incident = IncidentRoutes.view(model, id);
            return ApiReply.ok(writer.write(EidoExport.of(model, incident))).withHeader("Content-Disposition",
                    "attachment; filename=\"incident-" + id + ".eido.json\"");
        });
    }

    private CompletableFuture<ApiReply> receive(ApiRequest request) {
        request.json(); // the media type and JSON checks of every route: 415, MALFORMED_JSON
        return core.current(request).thenApplyAsync(model -> read(request, model), interop).thenComposeAsync(read -> {
            ImportIncident command = new ImportIncident(read.source(), read.type(), read.priority(), read.location(),
                    districts.codeAt(read.location()), read.address(), read.calls(), read.notes());
            return core.write(request, command).thenApply(outcome -> reply(outcome, read));
        }, request.executor());
    }

    /** The import the body asks for, or a 400 with the reader's code; on the interop thread. */
    private EidoImport read(ApiRequest request, ReadModel model) {
        try {
            return reader.read(request.body(), code -> model.rules().types().stream()
                    .anyMatch(t -> t.code().equals(code)));
        } catch (InvalidEidoException e) {
            throw new ApiError(400, e.code(), e.getMessage(), null);
        }
    }

    private ApiReply reply(Outcome outcome, EidoImport read) {
        IncidentImported imported = outcome.events().stream().filter(IncidentImported.class::isInstance)
                .map(IncidentImported.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("an accepted ImportIncident imported nothing"));
        IncidentView incident = IncidentRoutes.view(core.model(), imported.incidentId());
        return ApiReply.json(imported.opened() ? 201 : 200, new ImportedIncident(incident, imported.opened(),
                        read.sourceType(), read.locationFallback()))
                .withHeader("Location", "/api/v1/incidents/" + incident.id());
    }

    /**
     * What receiving answers: the incident, whether this document opened it, the partner's own type as sent, and
     * whether the document gave no coordinates (the incident then stands at the configured fallback point).
     */
    private record ImportedIncident(IncidentView incident, boolean opened, String sourceType,
                                    boolean locationFallback) {
    }
}
