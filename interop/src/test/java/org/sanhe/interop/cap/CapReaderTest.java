package org.sanhe.interop.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.geo.GeoPoint;

class CapReaderTest {

    static final CapReader READER = new CapReader();

    static byte[] sample(String name) {
        try (InputStream in = CapReaderTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CapAlert read(String name) throws InvalidCapException {
        return READER.read(sample(name));
    }

    @Test
    void readsTheAustralianSample() throws InvalidCapException {
        CapAlert alert = read("australia.cap");

        assertThat(alert.key()).isEqualTo(new CapKey("webmaster@rfs.nsw.gov.au",
                "tag:www.rfs.nsw.gov.au2011-10-06:40184", "2011-10-05T23:04:00+10:00"));
        assertThat(alert.sentAt()).isEqualTo(Instant.parse("2011-10-05T13:04:00Z"));
        assertThat(alert.msgType()).isEqualTo("Alert");
        assertThat(alert.infos()).hasSize(2); // the sample repeats its block
        CapInfo info = alert.infos().get(0);
        assertThat(info.categories()).containsExactly("Fire", "Met");
        assertThat(info.event()).isEqualTo("Fire");
        assertThat(info.headline()).isEqualTo("Yerong Creek Structure Fire");
        assertThat(alert.expires()).isEqualTo(Instant.parse("2011-10-06T13:04:00Z"));
        assertThat(alert.areas()).isNotEmpty();
    }

    @Test
    void readsTheCanadianSampleWithItsPolygons() throws InvalidCapException {
        CapAlert alert = read("canada.cap");

        assertThat(alert.areas()).isNotEmpty();
        assertThat(alert.areas()).allSatisfy(area -> assertThat(area.polygons()).allSatisfy(ring -> {
            assertThat(ring.size()).isGreaterThanOrEqualTo(4);
            assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
        }));
    }

    @Test
    void refusesTheInvalidSampleWithTheSchemasMessage() {
        assertThatThrownBy(() -> read("invalid.cap")).isInstanceOfSatisfying(InvalidCapException.class, e -> {
            assertThat(e.code()).isEqualTo("CAP_INVALID");
            assertThat(e.getMessage()).contains("scope");
        });
    }

    @Test
    void refusesAnUpdateThatNamesNothing() {
        assertThatThrownBy(() -> read("canada_errors.cap")).isInstanceOfSatisfying(InvalidCapException.class,
                e -> assertThat(e.code()).isEqualTo("CAP_BAD_REFERENCE"));
    }

    @Test
    void readsReferencesAsKeys() throws InvalidCapException {
        CapAlert update = READER.read(xml("Update", "<references>test@sanhe.example,SANHE-1,2026-07-01T08:00:00+08:00"
                + " other@x,2,2026-07-01T09:00:00+08:00</references>", ""));

        assertThat(update.references()).containsExactly(
                new CapKey("test@sanhe.example", "SANHE-1", "2026-07-01T08:00:00+08:00"),
                new CapKey("other@x", "2", "2026-07-01T09:00:00+08:00"));
    }

    @Test
    void refusesAReferenceThatIsNotATriple() {
        assertThatThrownBy(() -> READER.read(xml("Cancel", "<references>just-an-id</references>", "")))
                .isInstanceOfSatisfying(InvalidCapException.class, e -> {
                    assertThat(e.code()).isEqualTo("CAP_BAD_REFERENCE");
                    assertThat(e.getMessage()).contains("just-an-id");
                });
    }

    @Test
    void readsTheOwnXianAlert() throws InvalidCapException {
        CapAlert alert = read("xian/rainstorm.cap");

        assertThat(alert.infos().get(0).event()).isEqualTo("暴雨");
        assertThat(alert.expires()).isEqualTo(Instant.parse("2026-07-01T12:00:00Z"));
        assertThat(alert.areas()).hasSize(2);
        assertThat(alert.areas().get(0).circles()).containsExactly(new CapCircle(new GeoPoint(34.26, 108.95), 3));
        assertThat(alert.areas().get(1).polygons().get(0)).hasSize(5);
    }

    @Test
    void refusesAPolygonThatIsNotClosed() {
        String area = "<area><areaDesc>open</areaDesc><polygon>34.0,108.0 34.1,108.0 34.1,108.1 34.0,108.1"
                + "</polygon></area>";
        assertThatThrownBy(() -> READER.read(xml("Alert", "", area))).isInstanceOfSatisfying(
                InvalidCapException.class, e -> {
                    assertThat(e.code()).isEqualTo("CAP_BAD_AREA");
                    assertThat(e.getMessage()).contains("not closed").contains("open");
                });
    }

    @Test
    void refusesACircleWithANegativeRadius() {
        String area = "<area><areaDesc>minus</areaDesc><circle>34.26,108.95 -2</circle></area>";
        assertThatThrownBy(() -> READER.read(xml("Alert", "", area))).isInstanceOfSatisfying(
                InvalidCapException.class, e -> {
                    assertThat(e.code()).isEqualTo("CAP_BAD_AREA");
                    assertThat(e.getMessage()).contains("negative");
                });
    }

    @Test
    void refusesCoordinatesOutOfRange() {
        String area = "<area><areaDesc>far</areaDesc><circle>108.95,34.26 2</circle></area>";
        assertThatThrownBy(() -> READER.read(xml("Alert", "", area))).isInstanceOfSatisfying(
                InvalidCapException.class, e -> assertThat(e.code()).isEqualTo("CAP_BAD_AREA"));
    }

    @Test
    void refusesTheWrongNamespace() {
        byte[] cap11 = new String(sample("australia.cap"), StandardCharsets.UTF_8)
                .replace("urn:oasis:names:tc:emergency:cap:1.2", "urn:oasis:names:tc:emergency:cap:1.1")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> READER.read(cap11)).isInstanceOfSatisfying(InvalidCapException.class, e -> {
            assertThat(e.code()).isEqualTo("CAP_WRONG_NAMESPACE");
            assertThat(e.getMessage()).contains("cap:1.1");
        });
    }

    @Test
    void refusesWhatIsNotXml() {
        assertThatThrownBy(() -> READER.read("{\"alert\": 1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidCapException.class, e -> assertThat(e.code()).isEqualTo("CAP_NOT_XML"));
    }

    @Test
    void refusesADoctypeSoNoEntityIsEverResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE alert [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>&x;</identifier></alert>";
        assertThatThrownBy(() -> READER.read(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidCapException.class, e -> {
                    assertThat(e.code()).isEqualTo("CAP_NOT_XML");
                    assertThat(e.getMessage()).containsIgnoringCase("DOCTYPE").doesNotContain("root:");
                });
    }

    /** A minimal valid message of that type, with extra alert-level elements and one info's areas. */
    static byte[] xml(String msgType, String references, String areas) {
        return ("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>SANHE-2</identifier>"
                + "<sender>test@sanhe.example</sender><sent>2026-07-01T09:00:00+08:00</sent><status>Exercise</status>"
                + "<msgType>" + msgType + "</msgType><scope>Public</scope>" + references
                + "<info><category>Met</category><event>Storm</event><urgency>Expected</urgency>"
                + "<severity>Moderate</severity><certainty>Likely</certainty>" + areas + "</info></alert>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
