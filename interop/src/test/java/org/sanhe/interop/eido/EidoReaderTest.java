package org.sanhe.interop.eido;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.incident.ReportedCall;

/** NENA's own sample imports; what is not an EIDO is refused with a code and the reason. */
class EidoReaderTest {

    private final EidoReader reader = new EidoReader(EidoSettings.defaults());

    static byte[] nenaSample() throws IOException {
        try (InputStream in = EidoReaderTest.class.getClassLoader()
                .getResourceAsStream("org/sanhe/interop/eido/nena/Samples/sample-call-transfer.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void nenasSampleImportsAtTheFallbackWithItsCivicAddressAndCall() throws Exception {
        EidoImport read = reader.read(nenaSample(), code -> false);
        assertThat(read.source().documentId()).isEqualTo("urn:emergency:uid:incidentid:a56e556d871:bcf.state.pa.us");
        assertThat(read.source().issuer()).isEqualTo("idx.state.pa.us");
        assertThat(read.source().agency()).isEqualTo("state.pa.us");
        assertThat(read.type()).isEqualTo("DISTURBANCE");
        assertThat(read.sourceType()).isNull();
        assertThat(read.locationFallback()).isTrue();
        assertThat(read.location()).isEqualTo(EidoSettings.defaults().fallbackLocation());
        assertThat(read.address()).isEqualTo("42, W, Cellular, Street, Wilmington, DE, US");
        assertThat(read.calls()).extracting(ReportedCall::id, ReportedCall::line, ReportedCall::caller,
                ReportedCall::answeredBy).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "urn:emergency:uid:callid:a56e556d871:bcf.state.pa.us", "sos@state.pa.us",
                        "sip:8195551212@osp.com", "tjones.atroop@state.pa.us"));
        assertThat(read.calls().get(0).answeredAt() - read.calls().get(0).startedAt()).isEqualTo(120_000);
    }

    @Test
    void notJsonMissingRequiredComponentsAndABadPointAreRefusedWithTheirCodes() throws Exception {
        assertThatThrownBy(() -> reader.read("{not json".getBytes(StandardCharsets.UTF_8), c -> true))
                .isInstanceOf(InvalidEidoException.class).extracting("code").isEqualTo("EIDO_NOT_JSON");
        assertThatThrownBy(() -> reader.read("[1]".getBytes(StandardCharsets.UTF_8), c -> true))
                .extracting("code").isEqualTo("EIDO_NOT_JSON");
        assertThatThrownBy(() -> reader.read("{\"eidoVersion\":\"2.0\"}".getBytes(StandardCharsets.UTF_8),
                c -> true)).isInstanceOf(InvalidEidoException.class).extracting("code").isEqualTo("EIDO_INVALID");
        assertThatThrownBy(() -> reader.read("{\"eidoVersion\":\"2.0\"}".getBytes(StandardCharsets.UTF_8),
                c -> true)).hasMessageContaining("issuingElementIdentification");
        ObjectNode doc = new EidoWriter("x.example").write(EidoRoundTripTest.oneCall());
        ObjectNode location = (ObjectNode) doc.withArray("locationComponent").get(0);
        location.put("locationByValue", location.get("locationByValue").asText().replace("34.2610123 ", "north "));
        assertThatThrownBy(() -> reader.read(doc.toString().getBytes(StandardCharsets.UTF_8), c -> true))
                .isInstanceOf(InvalidEidoException.class).extracting("code").isEqualTo("EIDO_BAD_VALUE");
    }

    @Test
    void componentsDefinedInNiemFilesAreValidatedToo() throws Exception {
        ObjectNode doc = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(nenaSample());
        ObjectNode vehicle = doc.putArray("vehicleComponent").addObject();
        vehicle.put("$id", "v-1").put("lastUpdateTimeStamp", "2021-04-30T14:43:49Z");
        vehicle.putObject("updatedByAgencyReference").put("$ref", "state.pa.us");
        vehicle.putArray("vehicleRelationshipType").add("Involved");
        vehicle.put("vehicleRelationshipTimeStamp", "2021-04-30T14:43:49Z");
        vehicle.putObject("ncVehicleComponent");
        vehicle.putObject("jCommercialVehicleComponent");
        assertThat(EidoSchema.problems(doc)).isEmpty();
        vehicle.putArray("vehicleRelationshipType");
        assertThat(EidoSchema.problems(doc)).anyMatch(p -> p.contains("vehicleRelationshipType"));
    }

    @Test
    void aPidfWithADoctypeIsRefusedNotExpanded() {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<presence xmlns=\"urn:ietf:params:xml:ns:pidf\">&e;</presence>";
        assertThatThrownBy(() -> PidfLocation.parse(evil)).isInstanceOf(InvalidEidoException.class)
                .hasMessageContaining("DOCTYPE");
    }
}
