package org.sanhe.interop.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.alert.AlertCircle;
import org.sanhe.dispatch.domain.alert.AlertKey;
import org.sanhe.dispatch.domain.command.ReceiveAlert;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/** A CAP document becomes the core's {@code ReceiveAlert}: its fields, its areas and the document as it came. */
class CapAlertAdapterTest {

    static final CapAlertAdapter ADAPTER = new CapAlertAdapter(CapReaderTest.READER);

    @Test
    void everyValidSampleBecomesACommandCarryingItsDocument() throws InvalidCapException {
        for (String name : List.of("australia.cap", "canada.cap", "xian/rainstorm.cap")) {
            byte[] xml = CapReaderTest.sample(name);
            ReceiveAlert command = ADAPTER.command(xml);
            CapAlert read = CapReaderTest.read(name);

            assertThat(command.key()).as(name).isEqualTo(new AlertKey(read.key().sender(), read.key().identifier(),
                    read.key().sent()));
            assertThat(command.document()).as(name).isEqualTo(new String(xml, StandardCharsets.UTF_8));
            assertThat(command.areas()).as(name).hasSize(read.areas().size());
            assertThat(command.expiresAt()).as(name).isEqualTo(read.expires().toEpochMilli());
        }
    }

    @Test
    void theXianAlertsFieldsAndShapesAreKeptAsData() throws InvalidCapException {
        ReceiveAlert command = ADAPTER.command(CapReaderTest.sample("xian/rainstorm.cap"));

        assertThat(command.msgType()).isEqualTo("Alert");
        assertThat(command.status()).isEqualTo("Exercise");
        assertThat(command.sentAt()).isEqualTo(Instant.parse("2026-07-01T00:00:00Z").toEpochMilli());
        assertThat(command.expiresAt()).isEqualTo(Instant.parse("2026-07-01T12:00:00Z").toEpochMilli());
        assertThat(command.text().event()).isEqualTo("暴雨");
        assertThat(command.text().headline()).isEqualTo("暴雨橙色预警（演练）");
        assertThat(command.areas().get(0).circles()).containsExactly(new AlertCircle(new GeoPoint(34.26, 108.95), 3));
        assertThat(command.areas().get(1).polygons().get(0)).hasSize(5).startsWith(new GeoPoint(33.95, 107.90));
    }

    @Test
    void theCanadianUpdateReferencesTheAlertItUpdates() throws InvalidCapException {
        ReceiveAlert command = ADAPTER.command(CapReaderTest.sample("canada.cap"));

        assertThat(command.msgType()).isEqualTo("Update");
        assertThat(command.references()).contains(new AlertKey("cap@ec.gc.ca", "2.49.0.1.124.a3f342a4.2012",
                "2012-05-02T21:45:05-00:00"));
    }

    @Test
    void theInvalidSamplesAreRefusedWithTheReadersCode() {
        assertThatThrownBy(() -> ADAPTER.command(CapReaderTest.sample("invalid.cap")))
                .isInstanceOfSatisfying(InvalidCapException.class, e -> {
                    assertThat(e.code()).isEqualTo("CAP_INVALID");
                    assertThat(e.getMessage()).contains("cvc-complex-type.2.4.a", "scope");
                });
    }

    @Test
    void aDocumentInAnotherEncodingIsKeptAsTheTextItDeclares() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><alert>Montréal</alert>";
        assertThat(CapAlertAdapter.document(xml.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(xml);
        String utf8 = "\uFEFF<alert>西安</alert>";
        assertThat(CapAlertAdapter.document(utf8.getBytes(StandardCharsets.UTF_8))).isEqualTo("<alert>西安</alert>");
    }
}
