package org.sanhe.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.client.api.CallsApi;
import org.sanhe.client.api.DispatchApi;
import org.sanhe.client.api.IncidentsApi;
import org.sanhe.client.api.SessionsApi;
import org.sanhe.client.api.UnitsApi;
import org.sanhe.client.invoker.ApiClient;
import org.sanhe.client.invoker.ApiException;
import org.sanhe.client.model.AssignUnitRequest;
import org.sanhe.client.model.Assignment;
import org.sanhe.client.model.Call;
import org.sanhe.client.model.Candidate;
import org.sanhe.client.model.ChangeUnitStatusRequest;
import org.sanhe.client.model.CloseIncidentRequest;
import org.sanhe.client.model.Incident;
import org.sanhe.client.model.OpenIncidentRequest;
import org.sanhe.client.model.OpenIncidentRequestLocation;
import org.sanhe.client.model.SignInRequest;
import org.sanhe.client.model.Unit;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.server.assembly.ExampleCity;
import org.sanhe.server.assembly.ServerAssembly;
import org.sanhe.telephony.simulator.CallSpec;
import org.sanhe.telephony.simulator.SimulatedCall;

/**
 * The example city of {@code config/example-city/} on the real server (real TCP, the PBX simulator over AMI), driven
 * only through the generated client: the call-taker's answered call becomes an incident, the dispatcher assigns the
 * recommended unit, which goes en route and on scene, and the incident is closed; every reply is read into the
 * generated models (dates, enums, nulls), and an error reply into the document's {@code Error}.
 */
class GeneratedClientFlowTest {


    @TempDir
    Path dir;

    @Test
    void aCallBecomesAnIncidentGetsTheRecommendedUnitAndClosesThroughTheGeneratedClientOnly() throws Exception {
        try (ServerAssembly server = ServerAssembly.start(ExampleCity.config(dir), EpochClock.system())) {
            assertThat(server.telephony().awaitResyncs(1, Duration.ofSeconds(30))).isTrue();
            String base = "http://127.0.0.1:" + server.console().port();
            ApiClient callTaker = signedIn(base, "li.na");
            ApiClient dispatcher = signedIn(base, "zhao.min");

            SimulatedCall phoneCall = server.simulator().pbx().placeCall(new CallSpec("13800138000", "110",
                    "from-pstn", Map.of("EMERGENCY_LINE", "110")));
            phoneCall.queue("q110");
            phoneCall.ring("PJSIP/1001");
            phoneCall.answer();
            Incident opened = openFromTheAnsweredCall(callTaker);
            assignTheRecommendedUnitAndClose(dispatcher, opened);

            new SessionsApi(dispatcher).signOut();
            assertThatThrownBy(() -> new IncidentsApi(dispatcher).getIncident(opened.getId()))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.getCode()).isEqualTo(401);
                        assertThat(error(dispatcher, e).getError()).isEqualTo("UNAUTHORIZED");
                    });
        }
    }

    /** The call-taker sees the call answered at her seat and opens the incident from it. */
    private static Incident openFromTheAnsweredCall(ApiClient callTaker) throws ApiException {
        Call call = awaitAnsweredBy(new CallsApi(callTaker), "li.na");
        assertThat(call.getState()).isEqualTo(Call.StateEnum.ANSWERED);
        assertThat(call.getLine()).isEqualTo("110");
        assertThat(call.getAnsweredAt()).isAfterOrEqualTo(call.getOfferedAt());
        assertThat(call.getClosedAt()).isNull();
        assertThat(call.getIncidentId()).isNull();

        Incident opened = new IncidentsApi(callTaker).openIncident(new OpenIncidentRequest().type("ROBBERY")
                .location(new OpenIncidentRequestLocation().lat(52.03).lon(5.05))
                .callId(call.getId()));
        assertThat(opened.getStatus()).isEqualTo(Incident.StatusEnum.OPEN);
        assertThat(opened.getDistrict()).isEqualTo("102");
        assertThat(opened.getCallIds()).containsExactly(call.getId());
        assertThat(opened.getClosedAt()).isNull();
        assertThat(opened.getDisposition()).isNull();
        assertThat(opened.getCoverage().getComplete()).isFalse();
        return opened;
    }

    /** The dispatcher assigns the first recommended unit, which arrives; the incident closes and frees it. */
    private static void assignTheRecommendedUnitAndClose(ApiClient dispatcher, Incident opened) throws ApiException {
        DispatchApi dispatch = new DispatchApi(dispatcher);
        Candidate best = dispatch.recommendUnits(opened.getId()).getNeeds().get(0).getPicked().get(0);
        assertThat(best.getUnitId()).isEqualTo("P-11");
        assertThat(best.getEtaSource()).isEqualTo(Candidate.EtaSourceEnum.STRAIGHT_LINE);
        Assignment assignment = dispatch.assignUnit(opened.getId(), new AssignUnitRequest().unitId("P-11"));
        assertThat(assignment.getDivert()).isFalse();
        assertThat(assignment.getAssignedAt()).isAfterOrEqualTo(opened.getOpenedAt());

        UnitsApi units = new UnitsApi(dispatcher);
        Unit enRoute = units.changeUnitStatus("P-11",
                new ChangeUnitStatusRequest().status(ChangeUnitStatusRequest.StatusEnum.EN_ROUTE));
        assertThat(enRoute.getStatus()).isEqualTo(Unit.StatusEnum.EN_ROUTE);
        assertThat(enRoute.getIncidentId()).isEqualTo(opened.getId());
        assertThat(enRoute.getAcknowledgeDueAt()).isNull();
        units.changeUnitStatus("P-11",
                new ChangeUnitStatusRequest().status(ChangeUnitStatusRequest.StatusEnum.ON_SCENE));

        Incident closed = new IncidentsApi(dispatcher).closeIncident(opened.getId(),
                new CloseIncidentRequest().disposition(CloseIncidentRequest.DispositionEnum.RESOLVED));
        assertThat(closed.getStatus()).isEqualTo(Incident.StatusEnum.CLOSED);
        assertThat(closed.getDisposition()).isEqualTo(Incident.DispositionEnum.RESOLVED);
        assertThat(closed.getClosedAt()).isAfterOrEqualTo(closed.getOpenedAt());
        Unit released = units.listUnits().stream().filter(u -> u.getId().equals("P-11")).findFirst().orElseThrow();
        assertThat(released.getIncidentId()).isNull();
        assertThat(released.getStatus()).isEqualTo(Unit.StatusEnum.RETURNING);
        List<String> commands = new IncidentsApi(dispatcher).getIncidentTimeline(opened.getId()).stream()
                .map(entry -> entry.getCommand().getAtType()).toList();
        assertThat(commands).containsSubsequence("OpenIncident", "AssignUnit", "CloseIncident");
    }

    /** A client of its own for each user: the generated ApiClient sends the bearer token through its interceptor. */
    private static ApiClient signedIn(String base, String username) throws ApiException {
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(base);
        String token = new SessionsApi(anonymous)
                .signIn(new SignInRequest().username(username).password(ExampleCity.PASSWORD)).getToken();
        ApiClient client = new ApiClient();
        client.updateBaseUri(base);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static Call awaitAnsweredBy(CallsApi calls, String callTaker) throws ApiException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            for (Call call : calls.listCalls("active")) {
                if (callTaker.equals(call.getAnsweredBy())) {
                    return call;
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        throw new AssertionError("the call was not answered by " + callTaker + " within 30 s");
    }

    private static org.sanhe.client.model.Error error(ApiClient client, ApiException e) {
        try {
            return client.getObjectMapper().readValue(e.getResponseBody(), org.sanhe.client.model.Error.class);
        } catch (java.io.IOException notTheDocumentsError) {
            throw new AssertionError("not the document's Error: " + e.getResponseBody(), notTheDocumentsError);
        }
    }

}
