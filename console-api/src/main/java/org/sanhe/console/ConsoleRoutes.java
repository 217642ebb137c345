package org.sanhe.console;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.sanhe.console.alert.AlertRoutes;
import org.sanhe.console.assignment.AssignmentRoutes;
import org.sanhe.console.assignment.RecommendationRoutes;
import org.sanhe.console.assignment.UnitRouteRoutes;
import org.sanhe.console.audit.AuditRoutes;
import org.sanhe.console.auth.LoginThrottle;
import org.sanhe.console.auth.Sessions;
import org.sanhe.console.call.CallRoutes;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.district.DistrictRoutes;
import org.sanhe.console.health.HealthRoutes;
import org.sanhe.console.http.Route;
import org.sanhe.console.http.Router;
import org.sanhe.console.eido.EidoRoutes;
import org.sanhe.console.incident.IncidentChangeRoutes;
import org.sanhe.console.incident.IncidentRoutes;
import org.sanhe.console.incident.IncidentTypeRoutes;
import org.sanhe.console.incident.TargetRoutes;
import org.sanhe.console.json.DispatchJson;
import org.sanhe.console.layer.LayerRoutes;
import org.sanhe.console.metrics.ConsoleMetrics;
import org.sanhe.console.metrics.MetricsRoutes;
import org.sanhe.console.model.ReadModel;
import org.sanhe.console.openapi.OpenApiRoutes;
import org.sanhe.console.recording.RecordingRoutes;
import org.sanhe.console.session.SessionRoutes;
import org.sanhe.console.station.StationRoutes;
import org.sanhe.console.stream.EventHubAgent;
import org.sanhe.console.stream.StreamRoutes;
import org.sanhe.console.unit.UnitRoutes;
import org.sanhe.console.user.UserRoutes;
import org.sanhe.console.web.WebRoutes;
import org.sanhe.gis.recommend.StraightLineEstimator;
import org.sanhe.interop.cap.AlertDistricts;
import org.sanhe.interop.cap.CapAlertAdapter;
import org.sanhe.interop.cap.CapReader;

/** Every route the console serves, in one list: the router's, and the one the OpenAPI document is checked against. */
final class ConsoleRoutes {

    /** What the routes share, made by {@link ConsoleServer#start}. */
    record Parts(Sessions sessions, Executor loginExecutor, Executor auditExecutor, Executor interopExecutor,
                 EventHubAgent hub,
                 ConsoleMetrics metrics, ReadModel model) {
    }

    private ConsoleRoutes() {
    }

    static List<Route> all(ConsoleSettings settings, ConsoleServices services, Parts parts) {
        CoreAccess core = new CoreAccess(services.runtime(), parts.model(), parts.metrics().coreLatency());
        DispatchJson json = new DispatchJson();
        List<Route> routes = new ArrayList<>();
        routes.addAll(new SessionRoutes(core, parts.sessions(),
                new LoginThrottle(settings.throttling(), services.clock()), parts.loginExecutor()).routes());
        routes.addAll(new CallRoutes(core, services.clock()).routes());
        routes.addAll(new RecordingRoutes(core, services.recordings()).routes());
        routes.addAll(new IncidentTypeRoutes(core).routes());
        routes.addAll(new TargetRoutes(core).routes());
        routes.addAll(new IncidentRoutes(core).routes());
        routes.addAll(new IncidentChangeRoutes(core, services.districts()).routes());
        routes.addAll(new EidoRoutes(core, services.districts(), settings.eido(), parts.interopExecutor()).routes());
        routes.addAll(new AssignmentRoutes(core).routes());
        if (services.recommender() != null) {
            routes.addAll(new RecommendationRoutes(core, services.recommender(), services.clock()).routes());
        }
        routes.addAll(new UnitRouteRoutes(core, services.roads(), StraightLineEstimator.urbanDefaults()).routes());
        routes.addAll(new UnitRoutes(core).routes());
        routes.addAll(new StationRoutes(core, services.districts()).routes());
        routes.addAll(new UserRoutes(core, parts.loginExecutor()).routes());
        routes.addAll(new DistrictRoutes(services.districts()).routes());
        routes.addAll(new AlertRoutes(core, new CapAlertAdapter(new CapReader())).routes());
        routes.addAll(new LayerRoutes(core, services.districts(), services.stations()).routes());
        routes.addAll(new AuditRoutes(core, services.journalDir(), services.runtime().snapshots(), parts.auditExecutor(),
                json, services.clock(), new AlertDistricts(services.districts())).routes());
        routes.addAll(new HealthRoutes(core, services.journalDir(), services.pbxHealth()).routes());
        routes.addAll(new MetricsRoutes(core, parts.metrics(), parts.hub()).routes());
        routes.addAll(new StreamRoutes().routes());
        routes.addAll(new OpenApiRoutes().routes());
        routes.addAll(new WebRoutes(settings.tiles(), settings.cityName(), services.districts(),
                services.roads() != null).routes());
        return routes;
    }

    static Router router(ConsoleSettings settings, ConsoleServices services, Parts parts) {
        return new Router(all(settings, services, parts));
    }
}
