package org.sanhe.console;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.sanhe.console.assignment.AssignmentRoutes;
import org.sanhe.console.auth.LoginThrottle;
import org.sanhe.console.auth.Sessions;
import org.sanhe.console.call.CallRoutes;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.district.DistrictRoutes;
import org.sanhe.console.http.Route;
import org.sanhe.console.http.Router;
import org.sanhe.console.incident.IncidentChangeRoutes;
import org.sanhe.console.incident.IncidentRoutes;
import org.sanhe.console.incident.IncidentTypeRoutes;
import org.sanhe.console.json.DispatchJson;
import org.sanhe.console.session.SessionRoutes;
import org.sanhe.console.unit.UnitRoutes;

/** Every route the console serves, in one list: the router's, and the one the OpenAPI document is checked against. */
final class ConsoleRoutes {

    private ConsoleRoutes() {
    }

    static Router router(ConsoleSettings settings, ConsoleServices services, Sessions sessions,
                         Executor loginExecutor) {
        CoreAccess core = new CoreAccess(services.runtime());
        DispatchJson json = new DispatchJson();
        List<Route> routes = new ArrayList<>();
        routes.addAll(new SessionRoutes(settings.users(), sessions,
                new LoginThrottle(settings.throttling(), services.clock()), loginExecutor).routes());
        routes.addAll(new CallRoutes(core).routes());
        routes.addAll(new IncidentTypeRoutes(core).routes());
        routes.addAll(new IncidentRoutes(core).routes());
        routes.addAll(new IncidentChangeRoutes(core, services.districts(), json).routes());
        routes.addAll(new AssignmentRoutes(core).routes());
        routes.addAll(new UnitRoutes(core).routes());
        routes.addAll(new DistrictRoutes(services.districts()).routes());
        return new Router(routes);
    }
}
