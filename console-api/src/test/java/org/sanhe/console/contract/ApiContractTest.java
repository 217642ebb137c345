package org.sanhe.console.contract;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The contract refuses each kind of drift between a reply and the document, and lets a faithful reply through. */
class ApiContractTest {

    private static final String JSON = "application/json; charset=utf-8";
    private static final String INCIDENT = """
            {"id": 1, "type": "ROBBERY", "priority": 2, "status": "%s", "location": {"lat": 34.26, "lon": 108.94},
             "district": "610102", "address": null, "openedAt": "2026-12-02T22:00:00Z", "closedAt": %s,
             "disposition": %s, "originCallId": null, "callIds": [], "unitIds": [], "notes": [],
             "dispatchTargetMillis": 60000,
             "coverage": {"complete": true, "needs": [], "extraUnits": []}, "source": null, "reportedCalls": [],
             "responders": []}""";
    private static final String EVENT = """
            {"type": "event", "sequence": 7, "timestamp": 1764730000000, "time": "2025-12-03T02:46:40Z",
             "actor": "user:alert-feed", "command": {"@type": "TimerFired", "timerId": 3}, "events": [%s]}""";

    private final ApiContract contract = ApiContract.get();

    @Test
    void aFaithfulReplyPasses() {
        assertThatCode(() -> contract.check("GET", "/api/v1/incidents/1", 200, JSON,
                INCIDENT.formatted("open", "null", "null"))).doesNotThrowAnyException();
        assertThatCode(() -> contract.check("POST", "/api/v1/incidents/1/close", 200, JSON,
                INCIDENT.formatted("closed", "\"2026-12-02T22:10:00Z\"", "\"resolved\""))).doesNotThrowAnyException();
    }

    @Test
    void aFieldOfTheWrongTypeOrFormatOrOutsideItsEnumFails() {
        assertThatThrownBy(() -> contract.check("GET", "/api/v1/incidents/1", 200, JSON,
                INCIDENT.formatted("open", "1733176800000", "null"))).hasMessageContaining("closedAt");
        assertThatThrownBy(() -> contract.check("GET", "/api/v1/incidents/1", 200, JSON,
                INCIDENT.formatted("open", "\"yesterday\"", "null"))).hasMessageContaining("closedAt");
        assertThatThrownBy(() -> contract.check("GET", "/api/v1/incidents/1", 200, JSON,
                INCIDENT.formatted("pending", "null", "null"))).hasMessageContaining("status");
    }

    @Test
    void aMissingOrUndeclaredFieldFails() {
        assertThatThrownBy(() -> contract.check("GET", "/api/v1/incidents/1", 200, JSON,
                INCIDENT.formatted("open", "null", "null").replace("\"address\": null,", "")))
                .hasMessageContaining("address");
        assertThatThrownBy(() -> contract.check("GET", "/api/v1/incidents/1", 200, JSON,
                INCIDENT.formatted("open", "null", "null").replace("\"address\"", "\"street\": null, \"address\"")))
                .hasMessageContaining("street");
    }

    @Test
    void anUndeclaredStatusOrMediaTypeFails() {
        assertThatThrownBy(() -> contract.check("GET", "/api/v1/incidents/1", 500, JSON,
                "{\"error\": \"INTERNAL\", \"message\": \"boom\"}")).hasMessageContaining("status 500");
        assertThatThrownBy(() -> contract.check("GET", "/api/v1/incidents/1", 200, "text/plain",
                INCIDENT.formatted("open", "null", "null"))).hasMessageContaining("media type");
        assertThatThrownBy(() -> contract.check("DELETE", "/api/v1/stations/FS-1", 204, JSON, "{}"))
                .hasMessageContaining("declares no content");
    }

    @Test
    void errorsAreJudgedToo() {
        assertThatCode(() -> contract.check("GET", "/api/v1/incidents/1", 404, JSON,
                "{\"error\": \"NOT_FOUND\", \"message\": \"no incident 1\"}")).doesNotThrowAnyException();
        assertThatThrownBy(() -> contract.check("GET", "/api/v1/incidents/1", 404, JSON, "{\"error\": \"NOT_FOUND\"}"))
                .hasMessageContaining("message");
        assertThatThrownBy(() -> contract.check("GET", "/api/v1/incidents/1", 404, JSON, "not found"))
                .hasMessageContaining("not JSON");
    }

    @Test
    void aPathOrMethodTheDocumentLacksMayOnlyBe404Or405() {
        assertThatCode(() -> contract.check("GET", "/api/v1/nothing", 404, JSON,
                "{\"error\": \"NOT_FOUND\", \"message\": \"no such resource\"}")).doesNotThrowAnyException();
        assertThatCode(() -> contract.check("PUT", "/api/v1/incidents", 405, JSON,
                "{\"error\": \"METHOD_NOT_ALLOWED\", \"message\": \"PUT is not allowed here\"}"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> contract.check("PUT", "/api/v1/incidents", 200, JSON, "[]"))
                .hasMessageContaining("only 405");
    }

    @Test
    void aStreamMessageIsJudgedByItsKindAndTheAlertRecordsByTheirClosedSchemas() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThatCode(() -> contract.checkStreamMessage(json.readTree(EVENT.formatted(
                "{\"@type\": \"AlertCancelled\", \"alertId\": 1, \"byAlertId\": 2},"
                + " {\"@type\": \"UnitMoved\", \"unitId\": \"P-1\", \"anything\": true}"))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> contract.checkStreamMessage(json.readTree(EVENT.formatted(
                "{\"@type\": \"AlertCancelled\", \"alertId\": 1}")))).hasMessageContaining("stream message event");
        assertThatThrownBy(() -> contract.checkStreamMessage(json.readTree(EVENT.formatted(
                "{\"@type\": \"AlertExpired\", \"alertId\": 1, \"reason\": \"late\"}"))))
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> contract.checkStreamMessage(json.readTree(
                "{\"type\": \"snapshot\", \"sequence\": 1, \"calls\": [], \"incidents\": [], \"units\": [],"
                + " \"alerts\": [], \"stations\": []}"))).hasMessageContaining("stations");
    }
}
