package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanhe.console.CapDocuments.RAINSTORM_DISTRICTS;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.console.model.AlertView;
import org.sanhe.console.model.ReadModel;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.runtime.audit.AuditReader;
import org.sanhe.interop.cap.AlertDistricts;

/**
 * CAP alerts through the API: posted as XML by a supervisor or the feed, refused with the reader's reason, journaled
 * once per message, ended by a cancel or by their expiry (the harness's clock and the runtime's timer agent), listed
 * with their districts, carried by the stream, and equal to a replay of the journal.
 */
class AlertApiTest {

    static final String CAP = "application/cap+xml";
    static final long HOUR = 3_600_000;

    ConsoleHarness h;
    String feed;
    String dispatcher;

    @BeforeEach
    void start(@TempDir Path dir) {
        h = new ConsoleHarness(dir);
        feed = h.api.login("alert-feed");
        dispatcher = h.api.login("dispatcher");
    }

    @AfterEach
    void stop() {
        h.close();
    }

    ApiClient.Reply post(String xml) {
        return h.api.send("POST", "/api/v1/alerts", feed, xml, CAP);
    }

    List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void aXianAlertIsActiveWithTheDistrictsItsAreasTouch() {
        long now = h.clock.millis();
        ApiClient.Reply posted = post(CapDocuments.rainstorm("XA-1", now, now + 2 * HOUR));

        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        JsonNode alert = posted.body();
        assertThat(alert.path("state").asText()).isEqualTo("active");
        assertThat(alert.path("headline").asText()).isEqualTo("暴雨橙色预警（演练）");
        assertThat(texts(alert.path("districts"))).containsExactly(RAINSTORM_DISTRICTS);
        assertThat(alert.path("areas").path(0).path("circles").path(0).path("radiusKm").asDouble()).isEqualTo(3);

        JsonNode active = h.api.get("/api/v1/alerts", dispatcher).body();
        assertThat(active).hasSize(1);
        assertThat(active.path(0).path("id").asLong()).isEqualTo(alert.path("id").asLong());
    }

    @Test
    void theVendoredSamplesImportAndThoseLongPastArriveExpired() {
        for (String name : List.of("australia.cap", "canada.cap", "xian/rainstorm.cap")) {
            ApiClient.Reply posted = post(CapDocuments.sample(name));
            assertThat(posted.status()).as(name + ": " + posted.text()).isEqualTo(201);
            assertThat(posted.body().path("state").asText()).as(name).isEqualTo("expired");
        }
        ApiClient.Reply xian = h.api.get("/api/v1/alerts/3", dispatcher);
        assertThat(texts(xian.body().path("districts"))).containsExactly(RAINSTORM_DISTRICTS);
        assertThat(h.api.get("/api/v1/alerts/1", dispatcher).body().path("sender").asText())
                .isEqualTo("webmaster@rfs.nsw.gov.au");
        assertThat(h.api.get("/api/v1/alerts", dispatcher).body()).isEmpty();
    }

    @Test
    void theSameMessageAgainIsAcceptedOnceAndAnsweredWithTheSameAlert() {
        long now = h.clock.millis();
        String xml = CapDocuments.rainstorm("XA-1", now, now + HOUR);
        ApiClient.Reply first = post(xml);
        long before = h.lastSequence();
        ApiClient.Reply again = h.api.send("POST", "/api/v1/alerts", h.api.login("supervisor"), xml,
                "application/xml; charset=utf-8");

        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(h.lastSequence()).isGreaterThan(before);
        assertThat(h.api.get("/api/v1/alerts", dispatcher).body()).hasSize(1);
        assertThat(h.runtime.read(c -> c.alerts().size()).join()).isEqualTo(1);
    }

    @Test
    void aCancelEndsTheAlertItReferences() {
        long now = h.clock.millis();
        long id = post(CapDocuments.rainstorm("XA-1", now, now + HOUR)).body().path("id").asLong();

        ApiClient.Reply cancel = post(CapDocuments.cancel("XA-1-C", now + 1000, "XA-1", now));

        assertThat(cancel.status()).as(cancel.text()).isEqualTo(201);
        assertThat(cancel.body().path("state").asText()).isEqualTo("recorded");
        assertThat(h.api.get("/api/v1/alerts", dispatcher).body()).isEmpty();
        JsonNode ended = h.api.get("/api/v1/alerts/" + id, dispatcher).body();
        assertThat(ended.path("state").asText()).isEqualTo("cancelled");
        assertThat(ended.path("endedBy").asLong()).isEqualTo(cancel.body().path("id").asLong());
    }

    @Test
    void anAlertExpiresWhenTheClockPassesItsExpiresAndTheTimerAgentFires() {
        StreamProbe stream = StreamProbe.connect(h.server.port(), dispatcher, "", false);
        long now = h.clock.millis();
        long id = post(CapDocuments.rainstorm("XA-1", now, now + HOUR)).body().path("id").asLong();

        h.clock.advance(HOUR - 1000);
        long calls = h.lastSequence();
        int due = h.runtime.timers().fireDue(); // the harness's queued calls are overdue by now, the alert is not
        stream.reached(calls + due).join();
        assertThat(h.api.get("/api/v1/alerts", dispatcher).body()).hasSize(1);
        h.clock.advance(1000);
        long before = h.lastSequence();
        assertThat(h.runtime.timers().fireDue()).isEqualTo(1);
        stream.reached(before + 1).join();

        assertThat(h.api.get("/api/v1/alerts", dispatcher).body()).isEmpty();
        JsonNode expired = h.api.get("/api/v1/alerts/" + id, dispatcher).body();
        assertThat(expired.path("state").asText()).isEqualTo("expired");
        assertThat(expired.path("endedAt").asText()).isEqualTo(java.time.Instant.ofEpochMilli(now + HOUR).toString());
        List<String> types = new ArrayList<>();
        stream.messages.forEach(m -> m.path("events").forEach(e -> types.add(e.path("@type").asText())));
        assertThat(types).contains("AlertReceived", "AlertExpired");
    }

    @Test
    void everyAlertRecordOnTheStreamMatchesItsClosedSchema() {
        StreamProbe stream = StreamProbe.connect(h.server.port(), dispatcher, "", false);
        long now = h.clock.millis();
        String first = CapDocuments.rainstorm("XA-1", now, now + HOUR);
        assertThat(post(first).status()).isEqualTo(201);
        assertThat(post(first).status()).isEqualTo(200);
        String area = "<area><areaDesc>老城区</areaDesc>" + CapDocuments.CIRCLE + "</area>";
        assertThat(post(CapDocuments.alert("XA-2", "Update", now + 1000, CapDocuments.SENDER + ",XA-1,"
                + CapDocuments.time(now), CapDocuments.info(now + HOUR, area))).status()).isEqualTo(201);
        assertThat(post(CapDocuments.cancel("XA-3", now + 2000, "XA-2", now + 1000)).status()).isEqualTo(201);
        assertThat(post(CapDocuments.rainstorm("XA-4", now + 3000, now + 2 * HOUR)).status()).isEqualTo(201);
        h.clock.advance(2 * HOUR);
        h.runtime.timers().fireDue();

        stream.reached(h.lastSequence()).join(); // fails with the contract's assertion if a message did not match

        List<String> types = new ArrayList<>();
        stream.messages.forEach(m -> {
            types.add(m.path("command").path("@type").asText());
            m.path("events").forEach(e -> types.add(e.path("@type").asText()));
        });
        assertThat(types).contains("ReceiveAlert", "AlertReceived", "AlertRepeated", "AlertUpdated",
                "AlertCancelled", "AlertExpired");
    }

    @Test
    void theStreamsSnapshotHoldsTheActiveAlerts() {
        long now = h.clock.millis();
        post(CapDocuments.rainstorm("XA-1", now, now + HOUR));
        StreamProbe stream = StreamProbe.connect(h.server.port(), dispatcher, "", false);
        stream.reached(h.lastSequence()).join();

        JsonNode snapshot = stream.messages.get(0);
        assertThat(snapshot.path("type").asText()).isEqualTo("snapshot");
        assertThat(snapshot.path("alerts")).hasSize(1);
        assertThat(texts(snapshot.path("alerts").path(0).path("districts"))).containsExactly(RAINSTORM_DISTRICTS);
    }

    @Test
    void invalidDocumentsAreRefusedWithTheReadersReason() {
        long now = h.clock.millis();
        ApiClient.Reply invalid = post(CapDocuments.sample("invalid.cap"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.error()).isEqualTo("CAP_INVALID");
        assertThat(invalid.body().path("message").asText()).contains("cvc-complex-type.2.4.a", "scope");

        assertThat(post("<alert>not closed").error()).isEqualTo("CAP_NOT_XML");
        ApiClient.Reply namespace = post("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.1\"/>");
        assertThat(namespace.error()).isEqualTo("CAP_WRONG_NAMESPACE");
        assertThat(namespace.body().path("message").asText()).contains("urn:oasis:names:tc:emergency:cap:1.1");
        ApiClient.Reply open = post(CapDocuments.withShape("O-1", now,
                "<polygon>34.2,108.9 34.2,109.0 34.3,109.0 34.3,108.9</polygon>"));
        assertThat(open.status()).isEqualTo(400);
        assertThat(open.error()).isEqualTo("CAP_BAD_AREA");
        assertThat(open.body().path("message").asText()).contains("not closed");
        ApiClient.Reply negative = post(CapDocuments.withShape("N-1", now, "<circle>34.26,108.95 -1</circle>"));
        assertThat(negative.error()).isEqualTo("CAP_BAD_AREA");
        assertThat(negative.body().path("message").asText()).contains("negative");
        assertThat(h.runtime.read(c -> c.alerts().size()).join()).isZero();
    }

    @Test
    void anotherMediaTypeIs415AndATooLargeBodyIs413() {
        long now = h.clock.millis();
        String xml = CapDocuments.rainstorm("XA-1", now, now + HOUR);
        ApiClient.Reply json = h.api.send("POST", "/api/v1/alerts", feed, xml, "application/json");
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.error()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(h.api.send("POST", "/api/v1/alerts", feed, xml, "text/plain").status()).isEqualTo(415);

        String large = xml.replace("Synthetic exercise message.", "x".repeat(ConsoleSettings.DEFAULT_MAX_BODY_BYTES));
        ApiClient.Reply tooLarge = post(large);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.error()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(h.runtime.read(c -> c.alerts().size()).join()).isZero();
    }

    @Test
    void theModelsAlertsAndTheAuditReplayEqualTheJournalReplayed() {
        long now = h.clock.millis();
        post(CapDocuments.rainstorm("XA-1", now, now + HOUR));
        post(CapDocuments.rainstorm("XA-2", now, 0));
        post(CapDocuments.cancel("XA-2-C", now, "XA-2", now));
        post(CapDocuments.rainstorm("XA-1", now, now + HOUR));
        post(CapDocuments.rainstorm("XA-3", now, now + 1000));
        h.clock.advance(1000);
        long before = h.lastSequence();
        int due = h.runtime.timers().fireDue(); // XA-3 expires (and the harness's queued calls are overdue)

        ReadModel model = h.server.readModel();
        model.reached(before + due, Runnable::run).join();
        model.current(Runnable::run).join();
        Centre replayed;
        try (AuditReader reader = AuditReader.open(h.journal)) {
            replayed = reader.replay(AuditReader.untilSequence(model.sequence())).centre();
        }
        AlertDistricts districts = new AlertDistricts(XianGis.DISTRICTS);
        assertThat(List.copyOf(model.activeAlerts()))
                .isEqualTo(replayed.alerts().active().stream().map(a -> AlertView.of(a, districts)).toList())
                .hasSize(1);
        assertThat(model.hashed().stateHash()).isEqualTo(replayed.stateHash())
                .isEqualTo(h.runtime.read(Centre::stateHash).join());
        assertThat(replayed.alerts().all().stream().map(a -> a.key().identifier() + " " + a.state()))
                .containsExactly("XA-1 ACTIVE", "XA-2 CANCELLED", "XA-2-C RECORDED", "XA-3 EXPIRED");

        JsonNode state = h.api.get("/api/v1/audit/state?at=" + model.sequence(), h.api.login("auditor")).body();
        assertThat(state.path("alerts")).hasSize(1);
        assertThat(state.path("alerts").path(0).path("identifier").asText()).isEqualTo("XA-1");
        assertThat(texts(state.path("alerts").path(0).path("districts"))).containsExactly(RAINSTORM_DISTRICTS);
    }
}
