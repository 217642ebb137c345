package org.sanhe.interop.eido;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.incident.Note;
import org.sanhe.dispatch.domain.incident.ReportedCall;

/** Our incidents written as EIDOs validate against NENA's schema, name only its keys, and read back the same. */
class EidoRoundTripTest {

    static final GeoPoint BELL_TOWER = new GeoPoint(34.261_012_3, 108.942_045_6);
    static final ReportedCall FIRST = new ReportedCall("c-1", "119", "13800000001", 1_764_730_000_000L,
            1_764_730_004_000L, "calltaker");
    static final ReportedCall SECOND = new ReportedCall("c-2", "110", "13800000002", 1_764_730_030_000L, 0, null);
    static final Note NOTE = new Note(1_764_730_060_000L, Actor.user("calltaker"), "smoke <2nd> floor & roof");
    static final EidoIncident.Unit ENGINE = new EidoIncident.Unit("F-0301", "Engine 03-1", "fire", "EN_ROUTE",
            List.of("pumper"), 1_764_730_020_000L, 1_764_730_050_000L, 1_764_731_000_000L);
    static final EidoIncident.Unit PATROL = new EidoIncident.Unit("P-0101", "Patrol 01-1", "police", "ON_SCENE",
            List.of(), 1_764_730_025_000L, 1_764_730_400_000L, 1_764_730_900_000L);

    static EidoIncident oneCall() {
        return new EidoIncident(7, "BUILDING_FIRE", "Building fire", 1, true, null, BELL_TOWER, "610103",
                "Bell Tower", 1_764_730_010_000L, 0, List.of(FIRST), List.of(), List.of(NOTE), List.of("fire"), null);
    }

    static EidoIncident multiAgencyClosed() {
        return new EidoIncident(8, "BUILDING_FIRE", "Building fire", 2, false, "RESOLVED", BELL_TOWER, null, null,
                1_764_730_010_000L, 1_764_731_000_000L, List.of(FIRST, SECOND), List.of(ENGINE, PATROL),
                List.of(NOTE), List.of("fire", "police"), null);
    }

    private final EidoWriter writer = new EidoWriter("110.xian.example");
    private final EidoReader reader = new EidoReader(EidoSettings.defaults());

    @Test
    void everyWrittenIncidentValidatesAndNamesOnlyTheSchemasKeys() {
        for (EidoIncident incident : List.of(oneCall(), multiAgencyClosed())) {
            ObjectNode doc = writer.write(incident);
            assertThat(EidoSchema.problems(doc)).as(doc.toPrettyString()).isEmpty();
            assertThat(EidoSchema.unnamedKeys(doc)).isEmpty();
        }
    }

    @Test
    void theKeyWalkCatchesAKeyTheSchemaDoesNotName() {
        ObjectNode doc = writer.write(multiAgencyClosed());
        ((ObjectNode) doc.withArray("callComponent").get(0)).put("callerName", "x");
        doc.with("incidentComponent").put("incidentTyp", "x");
        assertThat(EidoSchema.problems(doc)).isEmpty();
        assertThat(EidoSchema.unnamedKeys(doc)).containsExactlyInAnyOrder("/incidentComponent/incidentTyp",
                "/callComponent/0/callerName");
    }

    @Test
    void theSameIncidentGetsTheSameIdsAndAllComponents() {
        ObjectNode doc = writer.write(multiAgencyClosed());
        assertThat(doc.toString()).isEqualTo(writer.write(multiAgencyClosed()).toString());
        assertThat(doc.path("$id").asText()).isEqualTo("urn:emergency:uid:incidentid:8:110.xian.example");
        assertThat(doc.path("callComponent")).hasSize(2);
        assertThat(doc.path("emergencyResourceComponent")).hasSize(2);
        assertThat(doc.path("dispatchComponent")).hasSize(2);
        assertThat(doc.path("agencyComponent")).hasSize(3);
        assertThat(doc.path("incidentComponent").path("dispositionComponent").path(0)
                .path("dispositionCommonRegistryCode").asText()).isEqualTo("RESOLVED");
        assertThat(doc.path("emergencyResourceComponent").path(1).path("primaryUnitStatusRegistryText").asText())
                .isEqualTo("On Scene");
        assertThat(doc.path("agentComponent").findValuesAsText("$id")).contains("calltaker@110.xian.example");
        assertThat(doc.path("lastUpdateTimeStamp").asText()).isEqualTo("2025-12-03T03:03:20Z");
    }

    @Test
    void aReleasedUnitKeepsItsLastStatusAndTimesAndIsNoLongerActiveOnTheIncident() {
        EidoIncident.Unit serving = new EidoIncident.Unit("P-0102", "Patrol 01-2", "police", "DISPATCHED", List.of(),
                1_764_730_030_000L, 1_764_730_030_000L, 0);
        EidoIncident incident = multiAgencyClosed();
        List<EidoIncident.Unit> units = List.of(ENGINE, PATROL, serving);
        ObjectNode doc = writer.write(new EidoIncident(incident.id(), incident.type(), incident.typeName(),
                incident.priority(), true, null, incident.location(), incident.district(), incident.address(),
                incident.openedAt(), 0, incident.calls(), units, incident.notes(), incident.agencies(), null));

        JsonNode patrol = doc.path("emergencyResourceComponent").path(1);
        assertThat(patrol.path("emergencyResourceName").asText()).isEqualTo("Patrol 01-1");
        assertThat(patrol.path("unitStatusInternal").toString()).isEqualTo("[\"ON_SCENE\",\"RELEASED\"]");
        assertThat(patrol.path("lastUpdateTimeStamp").asText()).isEqualTo(EidoWriter.time(PATROL.releasedAt()));
        assertThat(patrol.has("activeOnIncidentId")).isFalse();
        assertThat(doc.path("dispatchComponent").path(1).path("lastUpdateTimeStamp").asText())
                .isEqualTo(EidoWriter.time(PATROL.assignedAt()));
        JsonNode active = doc.path("emergencyResourceComponent").path(2);
        assertThat(active.path("unitStatusInternal").toString()).isEqualTo("[\"DISPATCHED\"]");
        assertThat(active.path("activeOnIncidentId").asText()).isEqualTo(doc.path("$id").asText());
        assertThat(EidoSchema.problems(doc)).isEmpty();
        assertThat(EidoSchema.unnamedKeys(doc)).isEmpty();
    }

    @Test
    void whatIsWrittenReadsBackWithTheSameTypeLocationCallsAndNotes() throws InvalidEidoException {
        EidoImport read = reader.read(writer.write(multiAgencyClosed()).toString().getBytes(StandardCharsets.UTF_8),
                Set.of("BUILDING_FIRE")::contains);
        assertThat(read.type()).isEqualTo("BUILDING_FIRE");
        assertThat(read.priority()).isEqualTo(2);
        assertThat(read.location()).isEqualTo(BELL_TOWER);
        assertThat(read.locationFallback()).isFalse();
        assertThat(read.source().documentId()).isEqualTo("urn:emergency:uid:incidentid:8:110.xian.example");
        assertThat(read.source().incidentId()).isEqualTo("8");
        assertThat(read.calls()).extracting(ReportedCall::caller, ReportedCall::line, ReportedCall::startedAt,
                ReportedCall::answeredAt, ReportedCall::answeredBy).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("13800000001", "119", FIRST.startedAt(),
                                FIRST.answeredAt(), "calltaker@110.xian.example"),
                        org.assertj.core.groups.Tuple.tuple("13800000002", "110", SECOND.startedAt(), 0L, null));
        assertThat(read.notes()).containsExactly(new Note(NOTE.at(), Actor.system("calltaker@110.xian.example"),
                NOTE.text()));
    }

    @Test
    void anUnknownTypeGoesThroughTheTableElseToTheDefault() throws InvalidEidoException {
        byte[] doc = writer.write(oneCall()).toString().getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read(doc, Set.of("ROBBERY")::contains).type()).isEqualTo("DISTURBANCE");
        EidoReader mapped = new EidoReader(new EidoSettings("x", Map.of("BUILDING_FIRE", "HIGH_RISE_FIRE"),
                "DISTURBANCE", BELL_TOWER));
        assertThat(mapped.read(doc, Set.of("BUILDING_FIRE")::contains).type()).isEqualTo("HIGH_RISE_FIRE");
    }
}
