package org.sanhe.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.console.model.CallView;
import org.sanhe.console.model.IncidentView;
import org.sanhe.console.model.ReadModel;
import org.sanhe.console.model.UnitView;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.EndCall;
import org.sanhe.dispatch.domain.command.LocateCaller;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.geo.CallerLocation;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.geo.LocationSource;
import org.sanhe.dispatch.runtime.audit.AuditReader;

/**
 * The read model equals a replay of the journal at the same sequence: after a seeded random mix of commands (the
 * console's own through HTTP, the PBX's straight to the core, refusals included), every view the model holds is the
 * view built from a centre replayed from the journal, field by field and in the same order, and the model's centre
 * has the core's state hash.
 */
class ReadModelReplayTest {

    private static final String[] UNITS = {"P-1", "P-2", "T-1", "F-1"};
    private static final String[] STATUSES = {"en-route", "on-scene", "returning", "available", "out-of-service"};

    @Test
    void theModelIsTheJournalReplayedToItsSequence(@TempDir Path dir) {
        long seed = System.nanoTime();
        try (ConsoleHarness h = new ConsoleHarness(dir)) {
            String token = h.api.login("supervisor");
            Random random = new Random(seed);
            List<Long> incidents = new ArrayList<>();
            for (int step = 0; step < 300; step++) {
                act(h, token, random, incidents, step);
            }
            ReadModel model = h.server.readModel();
            model.current(Runnable::run).join();
            long sequence = model.sequence();
            Centre replayed;
            try (AuditReader reader = AuditReader.open(h.journal)) {
                replayed = reader.replay(AuditReader.untilSequence(sequence)).centre();
            }
            String why = "seed " + seed + ", sequence " + sequence;
            assertThat(replayed.lastSequence()).as(why).isEqualTo(sequence);
            assertThat(List.copyOf(model.calls())).as(why)
                    .isEqualTo(replayed.calls().all().stream().map(CallView::of).toList());
            assertThat(List.copyOf(model.incidents())).as(why)
                    .isEqualTo(replayed.incidents().all().stream().map(i -> IncidentView.of(replayed, i)).toList());
            assertThat(List.copyOf(model.openIncidents())).as(why)
                    .isEqualTo(replayed.incidents().open().stream().map(i -> IncidentView.of(replayed, i)).toList());
            assertThat(List.copyOf(model.units())).as(why)
                    .isEqualTo(replayed.units().all().stream().map(u -> UnitView.of(replayed, u)).toList());
            assertThat(List.copyOf(model.stations())).as(why).isEqualTo(List.copyOf(replayed.stations().all()));
            assertThat(List.copyOf(model.users())).as(why).isEqualTo(List.copyOf(replayed.users().all()));
            assertThat(model.rules()).as(why).isEqualTo(replayed.rules());
            ReadModel.Hashed hashed = model.hashed();
            assertThat(hashed.sequence()).isEqualTo(sequence);
            assertThat(hashed.stateHash()).as(why).isEqualTo(replayed.stateHash())
                    .isEqualTo(h.runtime.read(Centre::stateHash).join());
        }
    }

    private static void act(ConsoleHarness h, String token, Random random, List<Long> incidents, int step) {
        String unit = UNITS[random.nextInt(UNITS.length)];
        long incident = incidents.isEmpty() ? 1 : incidents.get(random.nextInt(incidents.size()));
        String call = "R-" + random.nextInt(step + 1);
        switch (random.nextInt(10)) {
            case 0, 1 -> {
                ApiClient.Reply opened = h.api.post("/api/v1/incidents", token, "{\"type\":\""
                        + (random.nextBoolean() ? "THEFT" : "FIRE") + "\",\"location\":" + IncidentApiTest.AT_CENTRE
                        + (random.nextBoolean() ? ",\"callId\":\"" + call + "\"" : "") + "}");
                if (opened.status() == 201) {
                    incidents.add(opened.body().path("id").asLong());
                }
            }
            case 2 -> h.api.post("/api/v1/incidents/" + incident + "/assignments", token,
                    "{\"unitId\":\"" + unit + "\",\"divert\":" + random.nextBoolean() + "}");
            case 3 -> h.api.post("/api/v1/units/" + unit + "/status", token,
                    "{\"status\":\"" + STATUSES[random.nextInt(STATUSES.length)] + "\"}");
            case 4 -> h.api.post("/api/v1/incidents/" + incident + "/assignments/" + unit + "/release", token, "{}");
            case 5 -> h.api.post("/api/v1/units/" + unit + "/position", token, "{\"lat\":" + (34.2 + random.nextDouble()
                    / 10) + ",\"lon\":" + (108.9 + random.nextDouble() / 10) + "}");
            case 6 -> h.submit(ConsoleHarness.PBX, new OfferCall("R-" + step, "110", "1380000" + step, "ch-r-" + step,
                    null));
            case 7 -> h.submit(ConsoleHarness.PBX, random.nextBoolean() ? new AnswerCall(call, "call-taker", "S1")
                    : new LocateCaller(call, new CallerLocation(new GeoPoint(34.26, 108.94), 50, LocationSource.DEVICE)));
            case 8 -> h.api.post("/api/v1/incidents/" + incident + (random.nextBoolean() ? "/calls" : "/close"), token,
                    "{\"callId\":\"" + call + "\",\"disposition\":\"resolved\"}");
            default -> {
                if (random.nextBoolean()) {
                    h.submit(ConsoleHarness.PBX, new EndCall(call, "hangup"));
                } else {
                    h.api.patch("/api/v1/incidents/" + incident, token, "{\"note\":\"step " + step + "\"}");
                }
            }
        }
    }
}
